package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.vocabulary.NG;

/** The build's own focus-node lookup picks exactly the nodes that Jena's SHACL validator picks. */
class ShapeTargetsTest {

    private static final Shapes SHAPES = Shapes.parse(GraphBuild.bundledTurtle("/ontology/shapes.ttl").getGraph());

    @Test
    void everyNodeOfTheBundledGraphIsTargetedByTheShapesThatJenaWouldCheckItAgainst() {
        Graph data = GraphBuild.fromCorpus(Path.of("corpus"), m -> { }).getUnionModel().getGraph();
        Set<Node> nodes = new LinkedHashSet<>();
        data.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getObject());
        });
        ShapeTargets targets = new ShapeTargets(SHAPES, data);
        List<String> differences = new ArrayList<>();
        int focused = 0;
        for (Shape shape : SHAPES.getTargetShapes()) {
            for (Node node : nodes) {
                boolean expected = VLib.isFocusNode(shape, node, data);
                focused += expected ? 1 : 0;
                if (targets.isFocusNode(shape, node) != expected) {
                    differences.add(shape.getShapeNode() + " " + node + ": expected " + expected);
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(focused > 2_000, "the bundled graph has thousands of focus nodes, found " + focused);
    }

    @Test
    void anInstanceOfASubclassIsTargetedByTheShapeOfItsSuperclassAndALiteralByNone() {
        Graph data = GraphFactory.createDefaultGraph();
        Node subclass = NodeFactory.createURI("https://example.org/ReportedPosition");
        Node subsubclass = NodeFactory.createURI("https://example.org/QuotedReportedPosition");
        Node position = NodeFactory.createURI("https://example.org/position/1");
        data.add(Triple.create(subclass, RDFS.subClassOf.asNode(), NG.Position.asNode()));
        data.add(Triple.create(subsubclass, RDFS.subClassOf.asNode(), subclass));
        data.add(Triple.create(position, RDF.type.asNode(), subsubclass));
        Shape positionShape = SHAPES.getTargetShapes().stream()
                .filter(s -> s.getShapeNode().getURI().endsWith("#Position")).findFirst().orElseThrow();
        ShapeTargets targets = new ShapeTargets(SHAPES, data);
        assertTrue(VLib.isFocusNode(positionShape, position, data));
        assertTrue(targets.isFocusNode(positionShape, position));
        Node literal = NodeFactory.createLiteralString("https://example.org/position/1");
        for (Shape shape : SHAPES.getTargetShapes()) {
            assertFalse(targets.isFocusNode(shape, literal), shape.toString());
        }
    }
}
