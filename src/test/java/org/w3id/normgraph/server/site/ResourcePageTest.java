package org.w3id.normgraph.server.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Whatever the data hold, a page shows it as text: no markup, no script, no link that is not http(s). */
public class ResourcePageTest {

    private static final Node STATE = NodeFactory.createURI("https://w3id.org/normgraph/id/state/XSS");

    @Test
    void labelsAndLinksFromTheDataCannotInjectMarkupOrScript() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(STATE, RDFS.label.asNode(), NodeFactory.createLiteralLang("<script>alert(1)</script>", "en"));
        graph.add(STATE, RDFS.comment.asNode(), NodeFactory.createLiteralString("\"><img src=x onerror=alert(2)>"));
        graph.add(STATE, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(3)"));
        graph.add(STATE, RDFS.seeAlso.asNode(), NodeFactory.createURI("https://example.org/\"onmouseover=\"x"));

        String page = ResourcePage.render(graph, STATE, new Html(""));

        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("href=\"javascript:"), page);
        assertFalse(page.contains("\"onmouseover=\"x"), page);
        assertTrue(page.contains("href=\"https://example.org/&#34;onmouseover=&#34;x\""), page);
    }
}
