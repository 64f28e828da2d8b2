package org.w3id.normgraph.server.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.server.data.DumpServlet;
import org.w3id.normgraph.server.data.ServedDump;

/**
 * The VoID and DCAT description of the served dataset as a page for a browser: its named graphs with their sizes
 * and what each holds, the endpoint, the dump and its checksum, and the description itself in Turtle.
 */
final class DatasetDescriptionPage {

    private static final String VOID = "http://rdfs.org/ns/void#";

    private DatasetDescriptionPage() {
    }

    static String render(Model description, Html html) {
        StringBuilder body = new StringBuilder("<h1>The dataset <span lang=\"zh-Hans\">数据集说明</span></h1>\n"
                + "<p>The dataset described in VoID and DCAT, as a crawler or a data catalogue reads it. For machines: "
                + "<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · "
                + "<a href=\"?format=nt\">N-Triples</a>.</p>\n<p>The SPARQL endpoint: <code>")
                .append(Html.text(html.local("/normgraph/sparql"))).append("</code> (<a href=\"")
                .append(Html.attribute(html.local(SiteServlet.QUERY))).append("\">query page</a>) · <a href=\"")
                .append(Html.attribute(html.local(DumpServlet.PATH + ServedDump.NAME))).append("\">the dump</a> · <a href=\"")
                .append(Html.attribute(html.local(DumpServlet.PATH + ServedDump.NAME + ".sha256")))
                .append("\">its checksum</a> · <a href=\"").append(Html.attribute(html.local("/export/")))
                .append("\">exports</a></p>\n");
        List<Resource> graphs = description.listSubjectsWithProperty(RDF.type,
                description.createResource(VOID + "Dataset")).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().contains("/graph/"))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (!graphs.isEmpty()) {
            body.append("<h2>Named graphs <span lang=\"zh-Hans\">命名图</span></h2>\n<div class=\"scroll\"><table>\n"
                    + "<tr><th>graph</th><th class=\"number\">triples</th><th>what it holds</th></tr>\n");
            for (Resource graph : graphs) {
                Statement triples = graph.getProperty(description.createProperty(VOID + "triples"));
                Statement what = graph.getProperty(DCTerms.description);
                body.append("<tr><td><code>").append(Html.text(graph.getURI())).append("</code></td><td class=\"number\">")
                        .append(triples == null ? "" : Html.text(triples.getLiteral().getLexicalForm()))
                        .append("</td><td>").append(what == null ? "" : Html.text(what.getString()))
                        .append("</td></tr>\n");
            }
            body.append("</table></div>\n");
        }
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, description, Lang.TURTLE);
        body.append("<h2>The description in Turtle</h2>\n<pre class=\"scroll\">")
                .append(Html.text(turtle.toString(StandardCharsets.UTF_8))).append("</pre>\n");
        return html.page("The dataset – normgraph", body.toString());
    }
}
