package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import java.util.List;

/**
 * The SPARQL editor at {@code /query}: YASGUI, served by this server (assets/vendor/yasgui) and set up by
 * {@code assets/query.js} to ask this server's endpoint alone, with no autocompletion that would ask other hosts.
 * Every canned query is offered as a runnable example titled by the question it answers; the editor opens with
 * {@link #FIRST}, or the example that {@code ?example=FILE} names.
 */
public final class QueryPage {

    /** The example the editor opens with: the project's example question. */
    static final String FIRST = "states-opposing-article-10-bis.rq";

    private QueryPage() {
    }

    static String render(Html html, List<CannedQueries.CannedQuery> examples) {
        StringBuilder body = new StringBuilder();
        body.append("<link rel=\"stylesheet\" href=\"").append(Html.attribute(html.asset("vendor/yasgui/build/yasgui.min.css")))
                .append("\">\n<h1>Query <span lang=\"zh-Hans\">查询</span></h1>\n")
                .append("<p>Write SPARQL, or pick one of the questions below; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> or the "
                        + "triangle runs it. IRIs in the results open their pages here. The endpoint is <code>")
                .append(Html.text(html.local("/" + ServedData.DATASET + "/sparql"))).append("</code>.</p>\n");
        body.append("<details class=\"examples\" open><summary>Examples <span lang=\"zh-Hans\">示例</span> ("
                + examples.size() + ")</summary>\n<ul id=\"examples\" data-first=\"")
                .append(Html.attribute(FIRST)).append("\">\n");
        for (CannedQueries.CannedQuery example : examples) {
            body.append("<li><a class=\"example\" data-file=\"").append(Html.attribute(example.file()))
                    .append("\" href=\"?example=").append(Html.attribute(example.file())).append("\">")
                    .append(Html.text(example.title().isEmpty() ? example.file() : example.title()))
                    .append("</a> <code class=\"muted\">").append(Html.text(example.file()))
                    .append("</code><pre class=\"example-text\" hidden>").append(Html.text(example.text()))
                    .append("</pre></li>\n");
        }
        body.append("</ul>\n</details>\n<div id=\"yasgui\"></div>\n<p class=\"downloads\">Download the results of "
                + "the query in the editor <span lang=\"zh-Hans\">下载查询结果</span>: "
                + "<a id=\"download-csv\" data-format=\"csv\" href=\"#\">CSV</a> · "
                + "<a id=\"download-tsv\" data-format=\"tsv\" href=\"#\">TSV</a> · "
                + "<a id=\"download-json\" data-format=\"json\" href=\"#\">JSON</a></p>\n");
        return html.page("Query – normgraph", body.toString(), "vendor/yasgui/build/yasgui.min.js", "query.js");
    }
}
