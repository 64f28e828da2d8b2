package org.w3id.normgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.NG;

/**
 * The HTML page of one resource of the graph: its names, its codes and other properties, its links to Wikidata
 * and other sites, and every stance and sourced mention it takes part in, each with the document, the line and the
 * words of the source.
 */
final class ResourcePage {

    /** Properties that lead to the same thing, or to a page about it, on other sites. */
    private static final Set<Node> ELSEWHERE = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), RDFS.seeAlso.asNode(), DCTerms.source.asNode());

    private static final String STANCES = """
            PREFIX ng:   <https://w3id.org/normgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?position ?holder ?relation ?about ?group ?source ?document ?line ?words ?evidence WHERE {
              { ?position ng:holder ?entity } UNION { ?position ng:about ?entity }
              UNION { ?position prov:wasDerivedFrom ?entity }
              ?position ng:holder ?holder ; ng:relation ?relation ; ng:about ?about .
              { ?position a ng:Position . BIND (?position AS ?source) }
              UNION { ?position a ng:DerivedPosition ; ng:viaGroup ?group ; prov:wasDerivedFrom ?source }
              ?source prov:wasDerivedFrom ?document .
              ?document a ng:SourceDocument .
              OPTIONAL { ?source ng:actorLine ?line }
              OPTIONAL { ?source ng:actorText ?words }
              OPTIONAL { ?source ng:evidenceText ?evidence }
            }
            ORDER BY ?document ?line ?position""";

    private static final String MENTIONS = """
            PREFIX ng:   <https://w3id.org/normgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?subject ?property ?document ?line ?evidence WHERE {
              ?subject ?property ?entity ; ng:evidenceText ?evidence ; prov:wasDerivedFrom ?document .
              ?document a ng:SourceDocument .
              OPTIONAL { ?subject ng:evidenceStartLine ?line }
              FILTER NOT EXISTS { ?subject a ng:Position }
            }
            ORDER BY ?document ?line ?subject ?property""";

    private final Graph graph;
    private final Model model;
    private final Node entity;
    private final Html html;
    private final Labels labels;

    private ResourcePage(Graph graph, Node entity, Html html) {
        this.graph = graph;
        this.model = ModelFactory.createModelForGraph(graph);
        this.entity = entity;
        this.html = html;
        this.labels = new Labels(graph);
    }

    /** The page of {@code entity}, described by {@code graph} (the union of the served graphs). */
    static String render(Graph graph, Node entity, Html html) {
        return new ResourcePage(graph, entity, html).render();
    }

    private String render() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(labels.html(entity)).append("</h1>\n");
        body.append("<p><code>").append(Html.text(entity.getURI())).append("</code>");
        List<Node> types = objects(RDF.type.asNode());
        if (!types.isEmpty()) {
            body.append(" · ").append(String.join(", ", types.stream().map(t -> html.node(t, labels)).toList()));
        }
        body.append("</p>\n<p class=\"muted\">For machines: <a href=\"?format=ttl\">Turtle</a> · "
                + "<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
        elsewhere(body);
        description(body);
        stances(body);
        mentions(body);
        linkedFrom(body);
        return Html.page(labels.plain(entity) + " – normgraph", body.toString());
    }

    private List<Node> objects(Node property) {
        return graph.find(entity, property, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private void elsewhere(StringBuilder body) {
        List<String> links = new ArrayList<>();
        for (Triple t : sorted(graph.find(entity, Node.ANY, Node.ANY).toList())) {
            String target = t.getObject().isURI() ? t.getObject().getURI() : "";
            if (ELSEWHERE.contains(t.getPredicate()) && !target.startsWith(Iris.BASE)
                    && html.href(target).isPresent()) {
                String name = target.startsWith(Iris.WIKIDATA_ENTITY)
                        ? "Wikidata " + target.substring(Iris.WIKIDATA_ENTITY.length()) : target;
                links.add("<li>" + html.link(target, Html.text(name)) + " <span class=\"muted\">("
                        + Html.text(labels.plain(t.getPredicate())) + ")</span></li>");
            }
        }
        if (!links.isEmpty()) {
            body.append("<h2>Elsewhere</h2>\n<ul>\n").append(String.join("\n", links)).append("\n</ul>\n");
        }
    }

    private void description(StringBuilder body) {
        Map<String, List<String>> rows = new TreeMap<>();
        Map<String, Node> predicates = new TreeMap<>();
        for (Triple t : sorted(graph.find(entity, Node.ANY, Node.ANY).toList())) {
            String key = labels.plain(t.getPredicate()).toLowerCase(Locale.ROOT) + "\u0000"
                    + t.getPredicate().getURI();
            predicates.put(key, t.getPredicate());
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(html.node(t.getObject(), labels));
        }
        body.append("<h2>Description</h2>\n<table>\n");
        rows.forEach((key, values) -> body.append("<tr><th>")
                .append(html.link(predicates.get(key).getURI(), labels.html(predicates.get(key))))
                .append("</th><td>").append(String.join("<br>", values)).append("</td></tr>\n"));
        body.append("</table>\n");
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution execution = QueryExecution.model(model).query(query)
                .substitution("entity", model.asRDFNode(entity)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private String cell(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? "" : html.node(value.asNode(), labels);
    }

    /** The document, linked, with the line: where a reader finds the words in the source. */
    private String source(QuerySolution row, String line) {
        return cell(row, "document") + (row.contains(line) ? ", line " + Html.text(row.getLiteral(line)
                .getLexicalForm()) : "");
    }

    private void stances(StringBuilder body) {
        List<QuerySolution> rows = select(STANCES);
        if (rows.isEmpty()) {
            return;
        }
        body.append("<h2>Stances</h2>\n<table>\n<tr><th>who</th><th>stance</th><th>on</th><th>source</th>"
                + "<th>the source's words</th></tr>\n");
        for (QuerySolution row : rows) {
            String who = cell(row, "holder") + (row.contains("group")
                    ? "<br><span class=\"muted\">as a member of " + cell(row, "group") + " ("
                            + html.link(row.getResource("position").getURI(), "derived") + ")</span>" : "");
            String words = (row.contains("words") ? "<q>" + cell(row, "words") + "</q><br>" : "")
                    + "<span class=\"evidence\">" + cell(row, "evidence") + "</span>";
            body.append("<tr><td>").append(who).append("</td><td>").append(cell(row, "relation"))
                    .append("</td><td>").append(cell(row, "about")).append("</td><td>")
                    .append(source(row, "line")).append("<br>")
                    .append(html.link(row.getResource("source").getURI(), "position"))
                    .append("</td><td>").append(words).append("</td></tr>\n");
        }
        body.append("</table>\n");
    }

    private void mentions(StringBuilder body) {
        List<QuerySolution> rows = select(MENTIONS);
        if (rows.isEmpty()) {
            return;
        }
        body.append("<h2>Sourced mentions</h2>\n<table>\n<tr><th>what</th><th>how</th><th>source</th>"
                + "<th>the source's words</th></tr>\n");
        for (QuerySolution row : rows) {
            body.append("<tr><td>").append(cell(row, "subject")).append("</td><td>").append(cell(row, "property"))
                    .append("</td><td>").append(source(row, "line")).append("</td><td class=\"evidence\">")
                    .append(cell(row, "evidence")).append("</td></tr>\n");
        }
        body.append("</table>\n");
    }

    /** Incoming links that neither table above shows: group membership, parts of a draft, and the like. */
    private void linkedFrom(StringBuilder body) {
        List<String> rows = new ArrayList<>();
        for (Triple t : sorted(graph.find(Node.ANY, Node.ANY, entity).toList())) {
            Node subject = t.getSubject();
            if (!shownInATable(subject)) {
                rows.add("<tr><td>" + html.node(subject, labels) + "</td><td>"
                        + html.node(t.getPredicate(), labels) + "</td></tr>");
            }
        }
        if (!rows.isEmpty()) {
            body.append("<h2>Linked from</h2>\n<table>\n").append(String.join("\n", rows)).append("\n</table>\n");
        }
    }

    private boolean shownInATable(Node subject) {
        return graph.contains(subject, RDF.type.asNode(), NG.Position.asNode())
                || graph.contains(subject, RDF.type.asNode(), NG.DerivedPosition.asNode())
                || graph.contains(subject, NG.evidenceText.asNode(), Node.ANY);
    }

    private static List<Triple> sorted(List<Triple> triples) {
        return triples.stream().sorted(Comparator.comparing(Triple::toString)).toList();
    }
}
