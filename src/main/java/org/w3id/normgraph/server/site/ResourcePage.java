package org.w3id.normgraph.server.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The HTML page of one resource of the graph: its names, its codes and other properties, its links to Wikidata
 * and other sites, and every stance and sourced mention it takes part in, each with the document, the line and the
 * words of the source.
 */
public final class ResourcePage {

    /** Properties that lead to the same thing, or to a page about it, on other sites. */
    private static final Set<Node> ELSEWHERE = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), RDFS.seeAlso.asNode(), DCTerms.source.asNode());

    private static final String STANCES = """
            PREFIX ng:   <https://w3id.org/normgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?position ?holder ?relation ?about ?group ?source ?document ?line ?at ?words ?evidence WHERE {
              { ?position ng:holder ?entity } UNION { ?position ng:about ?entity }
              UNION { ?position prov:wasDerivedFrom ?entity }
              ?position ng:holder ?holder ; ng:relation ?relation ; ng:about ?about .
              { ?position a ng:Position . BIND (?position AS ?source) }
              UNION { ?position a ng:DerivedPosition ; ng:viaGroup ?group ; prov:wasDerivedFrom ?source }
              ?source prov:wasDerivedFrom ?document .
              ?document a ng:SourceDocument .
              OPTIONAL { ?source ng:actorLine ?line }
              OPTIONAL { ?source ng:evidenceStartLine ?at }
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

    private static final String STATEMENTS = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            SELECT ?statement ?date ?forum ?forumShort ?session ?text ?document ?line ?recording ?offset WHERE {
              ?statement a ng:Statement ; ng:speaker ?entity ; prov:wasDerivedFrom ?document .
              ?document a ng:SourceDocument .
              OPTIONAL { ?statement dcterms:date ?date }
              OPTIONAL { ?statement ng:forum ?forum
                         OPTIONAL { ?forum skos:altLabel ?forumShort FILTER (lang(?forumShort) = "en") } }
              OPTIONAL { ?statement ng:session ?session }
              OPTIONAL { ?statement ng:text ?text }
              OPTIONAL { ?statement ng:evidenceStartLine ?line }
              OPTIONAL { ?statement ng:footnote ?note . ?note ng:recording ?recording .
                         OPTIONAL { ?note ng:offsetSeconds ?offset } }
            }
            ORDER BY STR(?date) ?document ?line ?statement""";

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
        EditionsTable.append(body, model, entity, html, labels);
        boolean provision = graph.contains(entity, RDF.type.asNode(), NG.DraftProvision.asNode());
        boolean network = provision && ProvisionSections.hasStances(graph, entity);
        if (provision) {
            ProvisionSections.quotation(body, graph, entity, html, labels);
        }
        if (network) {
            network(body);
            body.append(DataLinks.of(html, ProvisionSections.query(graph, entity), ExportView.STANCES));
        } else if (provision) {
            body.append("<p class=\"muted\">No stance on this provision is read from the corpus. The <a href=\"")
                    .append(Html.attribute(html.local(SiteServlet.VIEWS)))
                    .append("\">views</a> list the provisions that States proposed, supported or opposed.</p>\n");
        }
        // A long document is summarised by its parts first; the counts need the rows of the tables below.
        Optional<DocumentOutline> outline = DocumentOutline.of(model, entity, html, labels);
        StringBuilder stances = new StringBuilder();
        StringBuilder mentions = new StringBuilder();
        stances(stances, outline);
        mentions(mentions, outline);
        outline.ifPresent(o -> body.append(o.contents(List.of("stances", "mentions"))));
        statements(body);
        body.append(stances);
        description(body);
        body.append(mentions);
        linkedFrom(body);
        return network ? html.page(labels.plain(entity) + " – normgraph", body.toString(), "sparql.js",
                "vendor/cytoscape/dist/cytoscape.min.js", "provision.js")
                : html.page(labels.plain(entity) + " – normgraph", body.toString());
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

    private String cell(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? "" : html.node(value.asNode(), labels);
    }

    /** The document, linked, with the line: where a reader finds the words in the source. */
    private String source(QuerySolution row, String line) {
        // The document by the last step of its IRI, its title a hover away: a two-line title in every row of a
        // table would bury the rows.
        String document = row.getResource("document").getURI();
        String name = "<span title=\"" + Html.attribute(labels.plain(row.getResource("document").asNode())) + "\">"
                + Html.text(document.substring(document.lastIndexOf('/') + 1)) + "</span>";
        return html.link(document, name) + (row.contains(line) ? ", line " + Html.text(row.getLiteral(line)
                .getLexicalForm()) : "");
    }

    private void stances(StringBuilder body, Optional<DocumentOutline> outline) {
        List<QuerySolution> rows = EntityQuery.select(model, entity, STANCES);
        if (rows.isEmpty()) {
            return;
        }
        // On an actor's own page, the actor of every row is the page's: the column would repeat it.
        boolean ownPage = rows.stream().allMatch(r -> r.getResource("holder").asNode().equals(entity)
                && !r.contains("group"));
        String head = "<tr>" + (ownPage ? "" : "<th>who</th>")
                + "<th>stance</th><th>on</th><th>source</th><th>the source's words</th></tr>\n";
        List<Map.Entry<Integer, String>> table = new ArrayList<>();
        Map<String, Integer> byRelation = new TreeMap<>();
        int derived = 0;
        Map<Node, Integer> byHolder = new java.util.LinkedHashMap<>();
        for (QuerySolution row : rows) {
            if (row.contains("group")) {
                derived++;
            } else {
                byRelation.merge(row.getResource("relation").getLocalName(), 1, Integer::sum);
            }
            byHolder.merge(row.getResource("holder").asNode(), 1, Integer::sum);
            // Where the stance's words stand: an actor may be named only by the heading of its reply.
            Integer line = row.contains("at") ? row.getLiteral("at").getInt()
                    : row.contains("line") ? row.getLiteral("line").getInt() : null;
            if (line != null && !row.contains("group")) {
                outline.ifPresent(o -> o.count("stances", row.getResource("relation").getLocalName(), line));
            }
            String who = cell(row, "holder") + (row.contains("group")
                    ? "<br><span class=\"muted\">as a member of " + cell(row, "group") + " ("
                            + html.link(row.getResource("position").getURI(), "derived") + ")</span>" : "");
            String words = (row.contains("words") ? "<q>" + cell(row, "words") + "</q><br>" : "")
                    + "<span class=\"evidence\">" + cell(row, "evidence") + "</span>";
            table.add(new java.util.AbstractMap.SimpleEntry<>(line, "<tr>" + (ownPage ? "" : "<td>" + who + "</td>")
                    + "<td>" + cell(row, "relation") + "</td><td>" + cell(row, "about") + "</td><td>"
                    + source(row, "line") + "<br>" + html.link(row.getResource("source").getURI(), "position")
                    + "</td><td>" + words + "</td></tr>\n"));
        }
        // Counts first: "18 stances: 12 oppose, 6 propose"; a long table also by actor, the rows folded.
        StringBuilder summary = new StringBuilder("<p>").append(plural(rows.size() - derived, "stance"))
                .append(" that the sources state").append(byRelation.isEmpty() ? "" : ": ")
                .append(String.join(", ", byRelation.entrySet().stream().map(e -> e.getValue() + " "
                        + (e.getValue() == 1 ? e.getKey() : e.getKey().replaceFirst("s$", ""))).toList()))
                .append(derived == 0 ? "" : "; and " + derived + " derived for member States from the stance of"
                        + " their group (graph derived/member-stances, which a query counts unless it leaves it out)")
                .append(".</p>\n");
        if (rows.size() > FoldedSection.FOLD) {
            summary.append("<p class=\"by-actor\">By actor: ").append(String.join(" · ", byHolder.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue()).map(e -> html.node(e.getKey(), labels) + " "
                            + e.getValue()).toList())).append("</p>\n");
        }
        FoldedSection.append(body, "Stances", summary.toString(), "stances", head, table, outline);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A draft article's network: the actors around it, an edge for each stance coloured by its relation and linked
     * to its evidence; drawn by assets/provision.js from the SPARQL endpoint.
     */
    private void network(StringBuilder body) {
        body.append("<h2>Who stood where <span lang=\"zh-Hans\">各方立场</span></h2>\n<p class=\"legend\">"
                + "<span class=\"swatch proposes\"></span> proposes 提出 <span class=\"swatch supports\"></span> "
                + "supports 支持 <span class=\"swatch opposes\"></span> opposes 反对 · "
                + "<label><input type=\"checkbox\" id=\"network-members\"> show the members of a group that the "
                + "text names with its member States, through the group</label></p>\n<div id=\"network\" "
                + "class=\"network\" data-provision=\"").append(Html.attribute(entity.getURI()))
                .append("\"></div>\n<div id=\"network-edge\" class=\"statement\" hidden></div>\n"
                        + "<p class=\"muted\">Click an actor for its page, an edge for the sentence that states the "
                        + "stance. The table of stances below holds the same.</p>\n");
    }

    /** What the entity said, in time order, each with its forum, session, words and the recording's minute. */
    private void statements(StringBuilder body) {
        List<QuerySolution> rows = EntityQuery.select(model, entity, STATEMENTS);
        if (rows.isEmpty()) {
            return;
        }
        body.append("<h2>Statements in time order <span lang=\"zh-Hans\">发言（按时间）</span></h2>\n"
                + "<div class=\"scroll\"><table id=\"statements\">\n<tr><th>date</th><th>forum, session</th><th>the words</th>"
                + "<th>source</th></tr>\n");
        for (QuerySolution row : rows) {
            String date = row.contains("date") ? Html.text(row.getLiteral("date").getLexicalForm()) : "";
            // The forum by its short name (OEWG, AHC), the document by its name in the IRI: a table row stays short.
            String where = (row.contains("forumShort") ? html.link(row.getResource("forum").getURI(),
                    Html.text(row.getLiteral("forumShort").getLexicalForm())) : cell(row, "forum"))
                    + (row.contains("session") ? "<br>" + cell(row, "session") : "");
            String document = row.getResource("document").getURI();
            String source = html.link(document, Html.text(document.substring(document.lastIndexOf('/') + 1)))
                    + (row.contains("line") ? ", line " + Html.text(row.getLiteral("line").getLexicalForm()) : "");
            String recording = "";
            if (row.contains("recording")) {
                String iri = row.getResource("recording").getURI();
                recording = row.contains("offset")
                        ? "<br>" + html.link(Recordings.at(iri, row.getLiteral("offset").getInt()),
                                "UN Web TV from " + Recordings.minute(row.getLiteral("offset").getInt()))
                        : "<br>" + html.link(iri, "UN Web TV");
            }
            body.append("<tr><td>").append(html.link(row.getResource("statement").getURI(),
                    date.isEmpty() ? "undated" : date)).append("</td><td>").append(where)
                    .append("</td><td class=\"evidence\">").append(cell(row, "text")).append("</td><td>")
                    .append(source).append(recording).append("</td></tr>\n");
        }
        body.append("</table></div>\n");
    }

    private void mentions(StringBuilder body, Optional<DocumentOutline> outline) {
        List<QuerySolution> rows = EntityQuery.select(model, entity, MENTIONS);
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<Integer, String>> table = new ArrayList<>();
        for (QuerySolution row : rows) {
            Integer line = row.contains("line") ? row.getLiteral("line").getInt() : null;
            if (line != null) {
                outline.ifPresent(o -> o.count("mentions", "", line));
            }
            table.add(new java.util.AbstractMap.SimpleEntry<>(line, "<tr><td>" + cell(row, "subject") + "</td><td>"
                    + cell(row, "property") + "</td><td>" + source(row, "line") + "</td><td class=\"evidence\">"
                    + cell(row, "evidence") + "</td></tr>\n"));
        }
        FoldedSection.append(body, "Sourced mentions", "<p>" + plural(rows.size(), "place") + " in the sources.</p>\n",
                "mentions", "<tr><th>what</th><th>how</th><th>source</th><th>the source's words</th></tr>\n", table,
                outline);
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
            FoldedSection.append(body, "Linked from", "", rows.size(),
                    "<table>\n" + String.join("\n", rows) + "\n</table>\n");
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
