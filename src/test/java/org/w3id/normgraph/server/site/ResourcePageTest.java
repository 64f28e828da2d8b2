package org.w3id.normgraph.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** An address breaks between its steps, never inside a word of it; a checksum every 16 characters. */
    @Test
    void aLongRunWithoutSpacesBreaksOnlyBetweenItsSteps() {
        assertEquals("https:<wbr>/<wbr>/<wbr>w3id.<wbr>org/<wbr>normgraph/<wbr>id/<wbr>document/<wbr>un-<wbr>sg-<wbr>"
                + "report-<wbr>2022", Html.breakable("https://w3id.org/normgraph/id/document/un-sg-report-2022"));
        String sha256 = "96159b6fc53b3150c927f51a703403c777c29401c03d5c8ad7ec281aee40794b";
        assertEquals("96159b6fc53b3150<wbr>c927f51a703403c7<wbr>77c29401c03d5c8a<wbr>d7ec281aee40794b",
                Html.breakable(sha256));
        assertEquals("a&lt;b/<wbr>&amp;<wbr>c", Html.breakable("a<b/&c"));

        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(STATE, NodeFactory.createURI("https://w3id.org/normgraph/ontology#checksum"),
                NodeFactory.createLiteralString(sha256));
        assertTrue(ResourcePage.render(graph, STATE, new Html("")).contains("<span class=\"iri\">"
                + Html.breakable(sha256) + "</span>"));
    }
}
