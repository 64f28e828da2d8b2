package org.w3id.normgraph.server.data;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dump/normgraph.nq.gz}: the whole dataset as sorted, gzipped N-Quads, and
 * {@code /dump/normgraph.nq.gz.sha256} its checksum. The file is sent as it is (not as a content encoding), so that
 * what a client saves is what the checksum is of.
 */
public final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/dump/";

    private final transient ServedDump dump;

    public DumpServlet(ServedDump dump) {
        this.dump = dump;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        DatasetGraph data = ServedData.of(request);
        byte[] body;
        if (name.equals(ServedDump.NAME)) {
            body = dump.gzipped(data);
            response.setContentType("application/gzip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + ServedDump.NAME + "\"");
        } else if (name.equals(ServedDump.NAME + ".sha256")) {
            body = dump.checksumLine(data).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/plain; charset=utf-8");
        } else {
            PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "normgraph has no dump "
                    + request.getRequestURI() + "; the dump is " + PATH + ServedDump.NAME + "\n");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
