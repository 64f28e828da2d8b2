package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import java.util.List;
import java.util.Map;

/**
 * The SPARQL editor at {@code /query}: YASGUI, served by this server (assets/vendor/yasgui) and set up by
 * {@code assets/query.js} to ask this server's endpoint alone, with no autocompletion that would ask other hosts
 * (normgraph's own names are completed from this endpoint, {@code assets/query-complete.js}).
 * The editor opens with the query that the URL carries ({@code #query=…} or {@code ?query=…}, as the share link
 * writes it), else the example that {@code ?example=FILE} names, else the last query edited in this browser, else
 * {@link #FIRST}. Every canned query is offered in a searchable gallery, grouped by question ({@link ExampleGallery});
 * results are shown with labels ({@code assets/query-results.js}), as a chart of their numbers
 * ({@code query-chart.js}), as a world map of their States ({@code query-map.js}) or as a network of their IRIs
 * ({@code query-network.js}).
 */
public final class QueryPage {

    /** The example the editor opens with: the project's example question. */
    static final String FIRST = "states-opposing-article-10-bis.rq";

    private QueryPage() {
    }

    /** {@code serviceHosts}: the endpoints that a SERVICE clause may call on this server (none by default). */
    static String render(Html html, List<CannedQueries.CannedQuery> queries, List<String> serviceHosts) {
        StringBuilder body = new StringBuilder();
        body.append("<link rel=\"stylesheet\" href=\"").append(Html.attribute(html.asset("vendor/yasgui/build/yasgui.min.css")))
                .append("\">\n<link rel=\"stylesheet\" href=\"").append(Html.attribute(html.asset("query.css")))
                .append("\">\n<div class=\"query-head\"><h1>Query <span lang=\"zh-Hans\">查询</span></h1>\n")
                .append("<a class=\"to-examples\" href=\"#gallery\">Examples <span lang=\"zh-Hans\">示例</span> (")
                .append(queries.size()).append(")</a></div>\n")
                .append("<div class=\"query-layout\">\n<div class=\"query-work\">\n")
                .append("<div id=\"yasgui\"></div>\n")
                .append(tools())
                .append("<div id=\"query-notice\" class=\"notice\" role=\"status\" hidden></div>\n")
                .append("<div id=\"query-error\" class=\"query-error\" role=\"alert\" hidden></div>\n")
                .append("<p class=\"muted about-endpoint\">Write SPARQL, or pick an example; <kbd>Ctrl</kbd>+"
                        + "<kbd>Enter</kbd> or the triangle runs it. Results show labels; a name opens its page "
                        + "here, and "
                        + "<em>IRIs</em> shows the IRIs themselves. The endpoint is <code>")
                .append(Html.text(html.local("/" + ServedData.DATASET + "/sparql"))).append("</code>.</p>\n")
                .append("</div>\n");
        gallery(body, ExampleGallery.of(queries), serviceHosts);
        body.append("</div>\n");
        return html.page("Query – normgraph", body.toString(), "vendor/yasgui/build/yasgui.min.js",
                "vendor/echarts/dist/echarts.min.js", "vendor/cytoscape/dist/cytoscape.min.js",
                "vendor/topojson-client/topojson-client.min.js", "sparql.js", "query-results.js", "query-chart.js",
                "query-map.js", "query-network.js", "query-complete.js", "query.js");
    }

    /** Share, label language and downloads, under the editor. */
    private static String tools() {
        return "<div class=\"query-tools\">\n"
                + "<button type=\"button\" id=\"share\">Share link <span lang=\"zh-Hans\">分享链接</span>"
                + "</button>\n"
                + "<input id=\"share-link\" type=\"url\" readonly aria-label=\"Link to this query\" hidden>\n"
                + "<label>Labels <span lang=\"zh-Hans\">标签</span> <select id=\"label-language\">"
                + "<option value=\"en\">English</option><option value=\"zh\">中文</option></select></label>\n"
                + "<span class=\"downloads\">Download <span lang=\"zh-Hans\">下载</span>: "
                + "<a id=\"download-csv\" data-format=\"csv\" href=\"#\">CSV</a> · "
                + "<a id=\"download-tsv\" data-format=\"tsv\" href=\"#\">TSV</a> · "
                + "<a id=\"download-json\" data-format=\"json\" href=\"#\">JSON</a>"
                + "<span class=\"graph-downloads\" hidden> · "
                + "<a id=\"download-ttl\" data-format=\"ttl\" href=\"#\">Turtle</a> · "
                + "<a id=\"download-jsonld\" data-format=\"json-ld\" href=\"#\">JSON-LD</a></span></span>\n"
                + "</div>\n";
    }

    private static void gallery(StringBuilder body, Map<ExampleGallery.Group, List<ExampleGallery.Example>> groups,
            List<String> serviceHosts) {
        body.append("<section id=\"gallery\" class=\"gallery\" aria-labelledby=\"gallery-title\">\n")
                .append("<h2 id=\"gallery-title\">Examples <span lang=\"zh-Hans\">示例</span></h2>\n")
                .append("<input type=\"search\" id=\"example-search\" placeholder=\"Search the examples 搜索示例\" "
                        + "aria-label=\"Search the examples\">\n")
                .append("<p id=\"example-none\" class=\"muted\" hidden>No example matches. "
                        + "<span lang=\"zh-Hans\">没有匹配的示例。</span></p>\n")
                .append("<div id=\"examples\" data-first=\"").append(Html.attribute(FIRST))
                .append("\" data-service-hosts=\"").append(Html.attribute(String.join(" ", serviceHosts)))
                .append("\">\n");
        for (Map.Entry<ExampleGallery.Group, List<ExampleGallery.Example>> group : groups.entrySet()) {
            body.append("<section class=\"example-group\" data-group=\"").append(group.getKey().id)
                    .append("\">\n<h3>")
                    .append(Html.text(group.getKey().english)).append(" <span lang=\"zh-Hans\">")
                    .append(Html.text(group.getKey().chinese)).append("</span></h3>\n<ul>\n");
            for (ExampleGallery.Example example : group.getValue()) {
                CannedQueries.CannedQuery query = example.query();
                body.append("<li class=\"example-item\"><a class=\"example\" data-file=\"")
                        .append(Html.attribute(query.file())).append("\" href=\"?example=")
                        .append(Html.attribute(query.file())).append("\">")
                        .append(Html.text(query.title().isEmpty() ? query.file() : query.title())).append("</a>");
                if (!example.english().isEmpty()) {
                    body.append("<span class=\"description\">").append(Html.text(example.english()))
                            .append("</span><span class=\"description\" lang=\"zh-Hans\">")
                            .append(Html.text(example.chinese())).append("</span>");
                }
                if (query.text().contains("SERVICE")) {
                    body.append("<span class=\"needs-service\">Asks another service <span lang=\"zh-Hans\">"
                            + "需要外部服务</span></span>");
                }
                body.append("<code class=\"muted\">").append(Html.text(query.file()))
                        .append("</code><pre class=\"example-text\" hidden>").append(Html.text(query.text()))
                        .append("</pre></li>\n");
            }
            body.append("</ul>\n</section>\n");
        }
        body.append("</div>\n</section>\n");
    }
}
