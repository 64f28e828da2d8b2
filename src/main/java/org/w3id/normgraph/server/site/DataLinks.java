package org.w3id.normgraph.server.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.w3id.normgraph.export.ExportFormat;
import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.server.data.ExportServlet;

/**
 * The line under a view that leads to its data: the SPARQL query behind it, opened in the query page (its share
 * link, {@code /query#query=…}), and the exports of the networks it shows, in every format.
 */
final class DataLinks {

    private DataLinks() {
    }

    static String of(Html html, String query, ExportView... views) {
        StringBuilder line = new StringBuilder("<p class=\"data-links\">Data <span lang=\"zh-Hans\">数据</span>: <a href=\"")
                .append(Html.attribute(queryHref(html, query))).append("\">the SPARQL query behind it</a>");
        for (ExportView view : views) {
            line.append(" · <code>").append(Html.text(view.label())).append("</code>");
            String separator = " ";
            for (ExportFormat format : ExportFormat.values()) {
                for (String suffix : ExportServlet.suffixes(format)) {
                    line.append(separator).append("<a download href=\"")
                            .append(Html.attribute(html.local(ExportServlet.PATH + view.label() + suffix))).append("\">")
                            .append(Html.text(name(format, suffix))).append("</a>");
                    separator = ", ";
                }
            }
        }
        return line.append(" (<a href=\"").append(Html.attribute(html.local(ExportServlet.PATH)))
                .append("\">all exports</a>)</p>\n").toString();
    }

    /** The query page with {@code query} in its editor, as its share link opens it. */
    static String queryHref(Html html, String query) {
        return html.local(SiteServlet.QUERY) + "#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String name(ExportFormat format, String suffix) {
        return switch (format) {
            case GRAPHML -> "GraphML";
            case GEXF -> "GEXF";
            case CYJS -> "Cytoscape JSON";
            case CSV -> suffix.contains("nodes") ? "CSV nodes" : "CSV edges";
        };
    }
}
