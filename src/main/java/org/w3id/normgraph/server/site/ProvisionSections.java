package org.w3id.normgraph.server.site;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;

/** The parts of a draft provision's page: its quoted title and text, whether it has stances, the query behind it. */
final class ProvisionSections {

    private ProvisionSections() {
    }

    /** The provision's title and text as the corpus quotes them, with the document and lines, or why there are none. */
    static void quotation(StringBuilder body, Graph graph, Node entity, Html html, Labels labels) {
        List<Node> quotations = objects(graph, entity, NG.quotation.asNode());
        if (quotations.isEmpty()) {
            body.append("<p class=\"muted\">The corpus names this provision but quotes neither its title nor its"
                    + " text; the sources below say what was said about it.</p>\n");
            return;
        }
        Node quotation = quotations.get(0);
        for (Node title : objects(graph, entity, DCTerms.title.asNode())) {
            body.append("<p class=\"provision-title\" lang=\"zh-Hans\">")
                    .append(Html.text(title.getLiteralLexicalForm())).append("</p>\n");
        }
        graph.find(quotation, NG.text.asNode(), Node.ANY).forEachRemaining(text -> body.append(
                "<blockquote class=\"provision-text\" lang=\"zh-Hans\">")
                .append(Html.text(text.getObject().getLiteralLexicalForm())).append("</blockquote>\n"));
        List<Node> documents = graph.find(quotation, PROV.wasDerivedFrom.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).toList();
        List<Node> first = graph.find(quotation, NG.evidenceStartLine.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).toList();
        List<Node> last = graph.find(quotation, NG.evidenceEndLine.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).toList();
        if (!documents.isEmpty() && !first.isEmpty() && !last.isEmpty()) {
            String from = first.get(0).getLiteralLexicalForm();
            String to = last.get(0).getLiteralLexicalForm();
            body.append("<p class=\"muted\">Quoted in ").append(html.node(documents.get(0), labels))
                    .append(from.equals(to) ? ", line " + from : ", lines " + from + "–" + to).append(".</p>\n");
        }
    }

    /** The canned query of positions on a provision, asked of this provision's article number. */
    static String query(Graph graph, Node entity) {
        String article = objects(graph, entity, NG.articleNumber.asNode()).stream().map(Node::getLiteralLexicalForm)
                .findFirst().orElse("");
        String canned = CannedQueries.text("positions-on-provision.rq");
        return canned.replaceFirst("VALUES \\?article \\{ \"[^\"]*\" \\}",
                java.util.regex.Matcher.quoteReplacement("VALUES ?article { \"" + article + "\" }"));
    }

    /** Whether a stance is about the provision or one of its parts. */
    static boolean hasStances(Graph graph, Node entity) {
        if (graph.contains(Node.ANY, NG.about.asNode(), entity)) {
            return true;
        }
        return graph.find(Node.ANY, DCTerms.isPartOf.asNode(), entity).toList().stream()
                .anyMatch(part -> graph.contains(Node.ANY, NG.about.asNode(), part.getSubject()));
    }

    private static List<Node> objects(Graph graph, Node entity, Node property) {
        return graph.find(entity, property, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
    }
}
