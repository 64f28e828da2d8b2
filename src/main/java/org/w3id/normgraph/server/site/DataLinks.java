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
            line.append(" · <code>").append(Html.text(view.label())).append("</code> ").append(files(html, view, ", "));
        }
        return line.append(" (<a href=\"").append(Html.attribute(html.local(ExportServlet.PATH)))
                .append("\">all exports</a>)</p>\n").toString();
    }

    /** A download link for each file of a view's export, in every format, joined by {@code separator}. */
    static String files(Html html, ExportView view, String separator) {
        StringBuilder links = new StringBuilder();
        for (ExportFormat format : ExportFormat.values()) {
            for (String suffix : ExportServlet.suffixes(format)) {
                links.append(links.length() == 0 ? "" : separator).append("<a href=\"")
                        .append(Html.attribute(html.local(ExportServlet.PATH + view.label() + suffix)))
                        .append("\" download>").append(Html.text(name(format, suffix))).append("</a>");
            }
        }
        return links.toString();
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
