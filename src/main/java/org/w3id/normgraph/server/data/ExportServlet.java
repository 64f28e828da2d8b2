package org.w3id.normgraph.server.data;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.export.ExportFile;
import org.w3id.normgraph.export.ExportFormat;
import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.export.GraphExport;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /export/VIEW.graphml}, {@code VIEW.gexf}, {@code VIEW.cyjs}, {@code VIEW-nodes.csv} and
 * {@code VIEW-edges.csv}: the same bytes as {@code normgraph export --view VIEW --format …}. Each file is made on its
 * first request and kept, as the database does not change while it is served; {@code /export/} lists them.
 */
public final class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/export/";

    private final transient Map<String, ExportFile> made = new HashMap<>();
    /** The dataset that {@link #made} was made from: {@code serve --watch} may switch to another version. */
    private transient DatasetGraph madeFrom;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.isEmpty()) {
            PlainText.send(response, HttpServletResponse.SC_OK, String.join("\n", fileNames()) + "\n");
            return;
        }
        for (ExportView view : ExportView.values()) {
            for (ExportFormat format : ExportFormat.values()) {
                for (String suffix : suffixes(format)) {
                    if (name.equals(view.label() + suffix)) {
                        send(response, name, file(ServedData.of(request), view, format, name));
                        return;
                    }
                }
            }
        }
        PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "normgraph has no export "
                + request.getRequestURI() + "; the exports are " + PATH + "VIEW.graphml, VIEW.gexf, VIEW.cyjs, "
                + "VIEW-nodes.csv and VIEW-edges.csv for VIEW one of " + ExportView.known() + "\n");
    }

    private synchronized ExportFile file(DatasetGraph data, ExportView view, ExportFormat format, String name) {
        if (data != madeFrom) {
            made.clear();
            madeFrom = data;
        }
        if (!made.containsKey(name)) {
            for (ExportFile file : GraphExport.files(data, view, format)) {
                made.put(view.label() + file.suffix(), file);
            }
        }
        return made.get(name);
    }

    private static void send(HttpServletResponse response, String name, ExportFile file) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(file.bytes().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(file.bytes());
        }
    }

    /** The suffixes of the files that a format makes, known without making them. */
    public static List<String> suffixes(ExportFormat format) {
        return format == ExportFormat.CSV ? List.of("-nodes.csv", "-edges.csv") : List.of("." + format.label());
    }

    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (ExportView view : ExportView.values()) {
            for (ExportFormat format : ExportFormat.values()) {
                suffixes(format).forEach(suffix -> names.add(PATH + view.label() + suffix));
            }
        }
        return names;
    }
}
