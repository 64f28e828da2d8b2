package org.w3id.normgraph.server.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.server.data.ExportServlet;
import org.w3id.normgraph.server.limits.PlainText;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /export/}: the exports that {@link ExportServlet} serves, as a page for a browser (each view, what it
 * holds, a link per format) and as a plain list of addresses for a machine, chosen by the request's Accept header.
 */
public final class ExportsIndexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<ExportView, String> WHAT = Map.of(
            ExportView.STANCES, "Actors and the draft provisions they proposed, supported or opposed: one edge per"
                    + " stated position, with the line, the sentence and the document.",
            ExportView.AGREEMENT, "Actors linked by the draft provisions on which both stated a stance: on the same"
                    + " side, or on opposite sides.",
            ExportView.SPEAKERS_TOPICS, "Speakers and the topics and norms of their statements and replies.");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            PlainText.send(response, HttpServletResponse.SC_OK, String.join("\n", ExportServlet.fileNames()) + "\n");
            return;
        }
        Html html = new Html(request.getContextPath());
        StringBuilder body = new StringBuilder("<h1>Exports <span lang=\"zh-Hans\">导出</span></h1>\n<p>The networks"
                + " of the graph for visualization tools, read from the served database with SPARQL (the same bytes as"
                + " <code>normgraph export --view VIEW --format FORMAT</code>). Only stances that a sentence states"
                + " count: the member-State stances derived from a group's stance are left out.</p>\n<table>\n"
                + "<tr><th>view</th><th>what it holds</th><th>files</th></tr>\n");
        for (ExportView view : ExportView.values()) {
            body.append("<tr><td><code>").append(Html.text(view.label())).append("</code></td><td>")
                    .append(Html.text(WHAT.getOrDefault(view, ""))).append("</td><td>")
                    .append(DataLinks.files(html, view, "<br>")).append("</td></tr>\n");
        }
        body.append("</table>\n<p class=\"muted\">For a machine: <code>curl ")
                .append(Html.text(request.getRequestURL().toString()))
                .append("</code> lists the addresses, one a line.</p>\n");
        byte[] page = html.page("Exports – normgraph", body.toString()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(page.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(page);
        }
    }
}
