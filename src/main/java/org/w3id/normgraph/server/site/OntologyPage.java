package org.w3id.normgraph.server.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The HTML page of the ontology, generated from its graph (ontology/normgraph.ttl as built): every class, property
 * and other term with its English and Chinese labels and definitions, and its place among the others. Each term has
 * an anchor named by its local name, so that its IRI (…/ontology#State) leads to it.
 */
public final class OntologyPage {

    private record Section(String title, List<Node> terms) {
    }

    private final Graph ontology;
    private final Html html;
    private final Labels labels;

    private OntologyPage(Graph ontology, Html html) {
        this.ontology = ontology;
        this.html = html;
        this.labels = new Labels(ontology);
    }

    static String render(Graph ontology, Html html) {
        return new OntologyPage(ontology, html).render();
    }

    private String render() {
        Node self = ontology.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()).toList().stream()
                .map(Triple::getSubject).findFirst().orElse(NodeFactory.createURI(Html.ONTOLOGY));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(labels.html(self)).append("</h1>\n<p><code>").append(Html.text(self.getURI()))
                .append("</code>");
        values(self, OWL.versionInfo.asNode()).forEach(v -> body.append(" · version ").append(Html.text(
                v.getLiteralLexicalForm())));
        values(self, DCTerms.license.asNode()).forEach(v -> body.append(" · licence ")
                .append(html.link(v.getURI(), Html.text(v.getURI()))));
        body.append("</p>\n");
        values(self, DCTerms.description.asNode()).forEach(d -> body.append("<p>").append(html.node(d, labels))
                .append("</p>\n"));
        body.append("<p class=\"muted\">For machines: <a href=\"?format=ttl\">Turtle</a> · "
                + "<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");

        List<Node> classes = terms(OWL.Class.asNode());
        List<Node> properties = new ArrayList<>(terms(OWL.ObjectProperty.asNode()));
        properties.addAll(terms(OWL.DatatypeProperty.asNode()));
        properties.sort(Comparator.comparing(Node::getURI));
        List<Node> others = ontology.find(Node.ANY, Node.ANY, Node.ANY).toList().stream().map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(NG.NS)).distinct()
                .filter(n -> !classes.contains(n) && !properties.contains(n))
                .sorted(Comparator.comparing(Node::getURI)).toList();
        List<Section> sections = List.of(new Section("Classes", classes), new Section("Properties", properties),
                new Section("Other terms", others));

        body.append("<nav>\n");
        for (Section section : sections) {
            body.append("<p><b>").append(section.title()).append(":</b> ").append(String.join(" · ",
                    section.terms().stream().map(t -> "<a href=\"#" + Html.attribute(local(t)) + "\">"
                            + Html.text(local(t)) + "</a>").toList())).append("</p>\n");
        }
        body.append("</nav>\n");
        for (Section section : sections) {
            body.append("<h2>").append(section.title()).append("</h2>\n");
            section.terms().forEach(term -> term(body, term));
        }
        return html.page(labels.plain(self), body.toString());
    }

    private List<Node> terms(Node type) {
        return ontology.find(Node.ANY, RDF.type.asNode(), type).toList().stream().map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(NG.NS)).sorted(Comparator.comparing(Node::getURI))
                .toList();
    }

    private List<Node> values(Node subject, Node property) {
        return ontology.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static String local(Node term) {
        return term.getURI().substring(NG.NS.length());
    }

    private void term(StringBuilder body, Node term) {
        body.append("<section id=\"").append(Html.attribute(local(term))).append("\">\n<h3>")
                .append(labels.html(term)).append(" <code class=\"muted\">ng:").append(Html.text(local(term)))
                .append("</code></h3>\n");
        for (Node definition : values(term, SKOS.definition.asNode())) {
            body.append("<p>").append(html.node(definition, labels)).append("</p>\n");
        }
        body.append("<dl>\n");
        relation(body, term, RDF.type.asNode(), "is a");
        relation(body, term, RDFS.subClassOf.asNode(), "subclass of");
        relation(body, term, RDFS.subPropertyOf.asNode(), "subproperty of");
        relation(body, term, RDFS.domain.asNode(), "domain");
        relation(body, term, RDFS.range.asNode(), "range");
        body.append("</dl>\n</section>\n");
    }

    private void relation(StringBuilder body, Node term, Node property, String name) {
        List<Node> targets = values(term, property);
        if (!targets.isEmpty()) {
            body.append("<dt>").append(name).append("</dt><dd>").append(String.join(", ", targets.stream()
                    .map(t -> html.link(t.getURI(), Html.text(Labels.compact(t)))).toList())).append("</dd>\n");
        }
    }
}
