package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import org.w3id.normgraph.server.data.ServedDump;
import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The site's own HTML pages, each drawn from the served dataset in a read transaction. */
public final class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String QUERY = "/query";
    static final String VIEWS = "/views";
    static final String TIMELINE = VIEWS + "/timeline";
    static final String STANCE_MAP = VIEWS + "/stance-map";

    private final transient ServedDump dump;
    private final List<String> serviceHosts;

    SiteServlet(ServedDump dump, List<String> serviceHosts) {
        this.dump = dump;
        this.serviceHosts = List.copyOf(serviceHosts);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        DatasetGraph data = ServedData.of(request);
        Html html = new Html(request.getContextPath());
        String server = serverBase(request);
        Optional<String> page = Txn.calculateRead(data, () -> switch (path) {
            case "", "/" -> Optional.of(LandingPage.render(data, html, server, dump));
            case QUERY -> Optional.of(QueryPage.render(html, CannedQueries.load(), serviceHosts));
            case VIEWS, VIEWS + "/" -> Optional.of(ViewsPage.render(data, html));
            case TIMELINE -> Optional.of(ViewsPage.timeline(html));
            case STANCE_MAP -> Optional.of(ViewsPage.stanceMap(data, html, request.getParameter("draft")));
            default -> Optional.empty();
        });
        if (page.isEmpty()) {
            PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "normgraph has nothing at "
                    + request.getRequestURI() + "\n");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(page.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** This server as the request reached it: scheme, host, port and context path. */
    static String serverBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
