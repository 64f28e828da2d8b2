package org.w3id.normgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class NQuadsDumpTest {

    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/normgraph/graph/test");
    private static final Node SUBJECT = NodeFactory.createURI("https://w3id.org/normgraph/id/test");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    @Test
    void linesAreInUtf8ByteOrderNotJavaStringOrder() {
        // U+FF01 (！) is EF BC 81 in UTF-8 and sorts before U+20000 (𠀀, F0 A0 80 80); as UTF-16, String.compareTo
        // puts U+20000 (a surrogate pair, D840 DC00) first.
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(GRAPH, SUBJECT, LABEL, NodeFactory.createLiteralString("\uD840\uDC00"));
        data.add(GRAPH, SUBJECT, LABEL, NodeFactory.createLiteralString("\uFF01"));
        String[] lines = new String(NQuadsDump.sortedNQuads(data), StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"\uFF01\""), lines[0]);
        assertTrue(lines[1].contains("\"\uD840\uDC00\""), lines[1]);
    }

    @Test
    void aBlankNodeIsRefusedBecauseItsLabelWouldChange() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(GRAPH, SUBJECT, LABEL, NodeFactory.createBlankNode());
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> NQuadsDump.sortedNQuads(data));
        assertTrue(error.getMessage().contains("blank node"), error.getMessage());
        assertTrue(error.getMessage().contains("https://w3id.org/normgraph/id/test"), error.getMessage());
    }
}
