package org.w3id.normgraph.server.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.rdf.Prefixes;

/**
 * What a page calls a node: its English and Chinese label (rdfs:label, else skos:prefLabel, else dcterms:title),
 * or its prefixed name where it has none. Looked up once per node and page.
 */
public final class Labels {

    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode());
    private static final String EN = "en";
    private static final String ZH = "zh-Hans";

    private final Graph graph;
    private final Map<Node, Map<String, String>> byNode = new HashMap<>();

    Labels(Graph graph) {
        this.graph = graph;
    }

    /** Language tag → label, the first property of {@link #LABEL_PROPERTIES} that has one, lexically first. */
    private Map<String, String> labels(Node node) {
        return byNode.computeIfAbsent(node, n -> {
            Map<String, String> found = new HashMap<>();
            for (Node property : LABEL_PROPERTIES) {
                graph.find(n, property, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                        .sorted(Comparator.comparing(Node::getLiteralLexicalForm))
                        .forEach(l -> found.putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm()));
            }
            return found;
        });
    }

    Optional<String> get(Node node, String language) {
        return Optional.ofNullable(labels(node).get(language));
    }

    /** One plain-text name: English, else Chinese, else any label, else what a stance says, else the IRI. */
    String plain(Node node) {
        Map<String, String> labels = labels(node);
        if (labels.containsKey(EN)) {
            return labels.get(EN);
        }
        if (labels.containsKey(ZH)) {
            return labels.get(ZH);
        }
        return labels.keySet().stream().sorted().findFirst().map(labels::get)
                .or(() -> stance(node)).orElseGet(() -> compact(node));
    }

    /** Positions have no label of their own: "Austria opposes Article 10 bis, as a member of European Union". */
    private Optional<String> stance(Node position) {
        Optional<Node> holder = object(position, NG.holder);
        Optional<Node> relation = object(position, NG.relation);
        Optional<Node> about = object(position, NG.about);
        if (holder.isEmpty() || relation.isEmpty() || about.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plain(holder.get()) + " " + plain(relation.get()) + " " + plain(about.get())
                + object(position, NG.viaGroup).map(group -> ", as a member of " + plain(group)).orElse(""));
    }

    private Optional<Node> object(Node subject, Property property) {
        return graph.find(subject, property.asNode(), Node.ANY).toList().stream().map(Triple::getObject).findFirst();
    }

    /**
     * The English and the Chinese label side by side where both exist, as escaped HTML. A thing with a Chinese
     * label alone also shows, for readers of English, what it is: its type's English label, else its IRI.
     */
    String html(Node node) {
        Optional<String> zh = get(node, ZH);
        String first = Html.text(plain(node));
        if (zh.isPresent() && get(node, EN).isEmpty() && zh.get().equals(plain(node))) {
            return "<span lang=\"zh-Hans\">" + first + "</span> <span class=\"muted\">(" + englishType(node).map(Html::text)
                    .orElseGet(() -> Html.breakable(compact(node))) + ")</span>";
        }
        return zh.isPresent() && !zh.get().equals(plain(node))
                ? first + " <span lang=\"zh-Hans\">" + Html.text(zh.get()) + "</span>" : first;
    }

    /** The English label of the node's type, the first in IRI order that has one. */
    private Optional<String> englishType(Node node) {
        return graph.find(node, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).sorted(Comparator.comparing(Node::toString)).map(type -> get(type, EN))
                .flatMap(Optional::stream).findFirst();
    }

    static String compact(Node node) {
        return node.isURI() ? Prefixes.STANDARD.shortForm(node.getURI()) : node.toString();
    }
}
