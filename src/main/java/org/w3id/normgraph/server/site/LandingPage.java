package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import org.w3id.normgraph.server.data.DumpServlet;
import org.w3id.normgraph.server.data.ServedDump;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The landing page at {@code /}: what the dataset is (its documents with dates and checksums, and what it counts,
 * all computed from the database), how to cite it (the dump and its SHA-256), where the SPARQL endpoint is, and the
 * way into the editor, the views and the linked data.
 */
public final class LandingPage {

    static final String PREFIXES = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            """;

    /** What the landing page counts: English and Chinese name, and the query that counts it as ?n. */
    private record Count(String english, String chinese, String query) {
    }

    private static final List<Count> COUNTS = List.of(
            new Count("source documents", "来源文件", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:SourceDocument }"),
            new Count("States described (reference data)", "国家（参考数据）",
                    "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:State }"),
            new Count("States that the documents show taking a stance or speaking", "文件中表态或发言的国家",
                    "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:State . { ?p a ng:Position ; ng:holder ?x } "
                            + "UNION { ?s a ng:Statement ; ng:speaker ?x } }"),
            new Count("statements", "发言", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:Statement }"),
            new Count("stances stated in the documents", "文件所述立场",
                    "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:Position }"),
            new Count("stances of member States derived through their group", "经集团推导的成员国立场",
                    "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:DerivedPosition }"),
            new Count("draft provisions (articles and their parts)", "草案条款",
                    "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:DraftProvision }"));

    private static final String DOCUMENTS = PREFIXES + """
            SELECT ?document ?title ?date ?publisher ?sha256 ?file ?language WHERE {
              ?document a ng:SourceDocument .
              OPTIONAL { ?document dcterms:title ?title }
              OPTIONAL { ?document dcterms:date ?date }
              OPTIONAL { ?document dcterms:publisher ?publisher }
              OPTIONAL { ?document ng:sha256 ?sha256 }
              OPTIONAL { ?document ng:sourceFile ?file }
              OPTIONAL { ?document dcterms:language ?language }
            }
            ORDER BY ?document""";

    private static final String ONTOLOGY_VERSION = PREFIXES + """
            SELECT ?version WHERE { ?o a owl:Ontology ; owl:versionInfo ?version } ORDER BY ?version LIMIT 1""";

    private LandingPage() {
    }

    static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static String value(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    static String render(DatasetGraph data, Html html, String server, ServedDump dump) {
        Model model = ModelFactory.createModelForGraph(data.getUnionGraph());
        String endpoint = server + "/" + ServedData.DATASET + "/sparql";
        String dumpUrl = server + DumpServlet.PATH + ServedDump.NAME;
        String sha256 = dump.sha256(data);
        String version = select(model, ONTOLOGY_VERSION).stream().map(r -> value(r, "version")).findFirst()
                .orElse("");
        StringBuilder body = new StringBuilder();
        body.append("""
                <h1>normgraph <span lang="zh-Hans">联合国网络外交知识图谱</span></h1>
                <p>Chinese documents of UN cyber diplomacy read into a knowledge graph: who proposed, supported or
                opposed which draft article, who said what in which forum and session, and for every fact the
                document, the line and the words that say so.
                <span lang="zh-Hans">联合国网络外交中文文件的知识图谱：每一事实均注明文件、行号与原文。</span></p>
                <p class="actions"><a class="button" href="%s">Ask a question in SPARQL <span lang="zh-Hans">SPARQL
                查询</span></a> <a class="button" href="%s">Views <span lang="zh-Hans">视图</span></a></p>
                """.formatted(Html.attribute(html.local(SiteServlet.QUERY)),
                Html.attribute(html.local(SiteServlet.VIEWS))));

        body.append("<h2>What it holds <span lang=\"zh-Hans\">数据内容</span></h2>\n<table class=\"counts\">\n");
        for (Count count : COUNTS) {
            String n = select(model, PREFIXES + count.query()).stream().map(r -> value(r, "n")).findFirst()
                    .orElse("0");
            body.append("<tr><th>").append(Html.text(count.english())).append(" <span lang=\"zh-Hans\">")
                    .append(Html.text(count.chinese())).append("</span></th><td class=\"number\">")
                    .append(Html.text(n)).append("</td></tr>\n");
        }
        body.append("</table>\n");

        body.append("<h2>Documents <span lang=\"zh-Hans\">来源文件</span></h2>\n<div class=\"scroll\"><table>\n"
                + "<tr><th>document</th><th>date</th><th>publisher</th><th>SHA-256 of the text</th></tr>\n");
        // One row per document: a document with titles in several languages shows the English one, the others
        // under it.
        Map<String, List<QuerySolution>> documents = new LinkedHashMap<>();
        select(model, DOCUMENTS).forEach(row -> documents.computeIfAbsent(row.getResource("document").getURI(),
                d -> new ArrayList<>()).add(row));
        documents.forEach((iri, rows) -> {
            List<Literal> titles = rows.stream().map(r -> r.get("title")).filter(n -> n != null && n.isLiteral())
                    .map(RDFNode::asLiteral).distinct()
                    .sorted(Comparator.comparing((Literal l) -> !l.getLanguage().equals("en"))
                            .thenComparing(Literal::getLexicalForm)).toList();
            QuerySolution row = rows.get(0);
            body.append("<tr><td>").append(html.link(iri, Html.text(titles.isEmpty() ? iri
                    : titles.get(0).getLexicalForm())));
            titles.stream().skip(1).forEach(other -> body.append("<br><span lang=\"")
                    .append(Html.attribute(other.getLanguage())).append("\">").append(Html.text(other.getLexicalForm()))
                    .append("</span>"));
            body.append("<br><span class=\"muted\"><code>").append(Html.text(value(row, "file")))
                    .append("</code> · ").append(Html.text(value(row, "language"))).append("</span></td><td>")
                    .append(Html.text(value(row, "date"))).append("</td><td>")
                    .append(Html.text(value(row, "publisher"))).append("</td><td><code class=\"hash\">")
                    .append(Html.text(value(row, "sha256"))).append("</code></td></tr>\n");
        });
        body.append("</table></div>\n");

        body.append("<h2>How to cite <span lang=\"zh-Hans\">引用方式</span></h2>\n<p>Cite the dump by its checksum: "
                + "the same database gives the same bytes.</p>\n<blockquote class=\"citation\">normgraph"
                + (version.isEmpty() ? "" : " (ontology version " + Html.text(version) + ")")
                + ", N-Quads dump <code>" + Html.text(ServedDump.NAME) + "</code>, SHA-256 <code class=\"hash\">"
                + Html.text(sha256) + "</code>, " + Html.text(dumpUrl) + "</blockquote>\n<p><a href=\""
                + Html.attribute(html.local(DumpServlet.PATH + ServedDump.NAME)) + "\">Download the dump</a> · <a href=\""
                + Html.attribute(html.local(DumpServlet.PATH + ServedDump.NAME + ".sha256"))
                + "\">its checksum</a> (<code>sha256sum -c</code>) · <a href=\""
                + Html.attribute(html.local("/.well-known/void")) + "\">VoID and DCAT description</a> · <a href=\""
                + Html.attribute(html.local("/export/")) + "\">networks for visualization tools</a> (GraphML, GEXF,"
                + " Cytoscape JSON, CSV)</p>\n");

        body.append("<h2>SPARQL endpoint <span lang=\"zh-Hans\">SPARQL 端点</span></h2>\n<p><code class=\"endpoint\">")
                .append(Html.text(endpoint)).append("</code></p>\n<pre>curl -H 'Accept: text/csv' --data-urlencode "
                        + "query@queries/states-opposing-article-10-bis.rq ")
                .append(Html.text(endpoint)).append("</pre>\n");

        body.append("<h2>Where to go <span lang=\"zh-Hans\">导航</span></h2>\n<ul>\n<li><a href=\"")
                .append(Html.attribute(html.local(SiteServlet.QUERY)))
                .append("\">Query editor</a>: the canned questions, runnable, with tables to download</li>\n<li><a href=\"")
                .append(Html.attribute(html.local(SiteServlet.VIEWS)))
                .append("\">Views</a>: who stood where on each draft article, the stance map of a draft, the "
                        + "timeline of statements, the States</li>\n<li>Every IRI <code>https://w3id.org/normgraph/id/…"
                        + "</code> has its page at <code>/id/…</code></li>\n<li><a href=\"")
                .append(Html.attribute(html.local("/ontology"))).append("\">Ontology</a> (classes and properties, "
                        + "in English and Chinese)</li>\n</ul>\n");
        return html.page("normgraph – UN cyber diplomacy as a sourced knowledge graph", body.toString());
    }
}
