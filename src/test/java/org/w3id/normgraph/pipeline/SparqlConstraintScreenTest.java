package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The build's validation, with SPARQL constraints screened by one query for all focus nodes, reports exactly what
 * Jena's validator reports when it runs every constraint node by node: on the bundled graph with broken stances, and
 * on constraints that one query cannot screen.
 */
class SparqlConstraintScreenTest {

    private static final Shapes SHAPES = Shapes.parse(GraphBuild.bundledTurtle("/ontology/shapes.ttl").getGraph());

    private static Graph bundled;

    @BeforeAll
    static void buildTheBundledGraph() {
        bundled = GraphBuild.fromCorpus(Path.of("corpus"), m -> { }).getUnionModel().getGraph();
    }

    @Test
    void everySparqlConstraintOfThePublishedShapesIsScreenedByOneQuery() {
        long constraints = SHAPES.getTargetShapes().stream().mapToLong(shape -> shape.getConstraints().stream()
                .filter(c -> c instanceof org.apache.jena.shacl.engine.constraint.SparqlConstraint).count()).sum();
        long screenable = SHAPES.getTargetShapes().stream()
                .mapToLong(shape -> SparqlConstraintScreen.screenable(shape).size()).sum();
        assertEquals(4, constraints);
        assertEquals(constraints, screenable);
    }

    @Test
    void brokenStancesOfTheBundledGraphGetJenasOwnReport() {
        Model data = ModelFactory.createModelForGraph(copy(bundled));
        // An opposition whose direct edge is gone: its position, and the positions derived from it for the
        // group's members, no longer have their edge.
        QuerySolution group = first(data, """
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?position ?holder ?object WHERE {
                  ?position a ng:Position ; ng:withMemberStates true ; ng:holder ?holder ; ng:relation ng:opposes ;
                            ng:about ?object .
                  ?derived ng:viaGroup ?holder .
                } ORDER BY ?position LIMIT 1""");
        data.remove(group.getResource("holder"), NG.opposes, group.getResource("object"));
        // A State's edge whose position is gone: the edge has no source.
        QuerySolution stance = first(data, """
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?position WHERE {
                  ?position a ng:Position ; ng:holder ?holder ; ng:relation ng:supports .
                  ?holder a ng:State .
                } ORDER BY ?position LIMIT 1""");
        data.removeAll(stance.getResource("position"), NG.relation, null);
        // A derived position that no longer follows from its source.
        QuerySolution derived = first(data, """
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?derived ?relation WHERE {
                  ?derived a ng:DerivedPosition ; ng:relation ?relation .
                  FILTER (?relation != ng:proposes)
                } ORDER BY DESC(?derived) LIMIT 1""");
        Resource derivedPosition = derived.getResource("derived");
        data.removeAll(derivedPosition, NG.relation, null);
        data.add(derivedPosition, NG.relation, NG.proposes);

        List<String> jena = nodeByNode(SHAPES, data.getGraph());
        List<String> build = described(GraphChecks.validateNodes(SHAPES, data.getGraph(), nodes(data.getGraph()))
                .getEntries());
        assertEquals(jena, build);
        for (String message : List.of("no matching direct edge from its holder",
                "a stance edge has no ng:Position that gives its source", "does not follow from its source",
                "the derived position has no matching direct edge")) {
            assertTrue(build.stream().anyMatch(entry -> entry.contains(message)), message + " in " + build);
        }
    }

    @Test
    void aConstraintThatOneQueryCannotScreenIsLeftToJenaNodeByNode() {
        Shapes shapes = Shapes.parse(turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <https://example.org/> .
                ex:NeedsP a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ sh:message "no ex:p" ;
                        sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <https://example.org/p> ?x } }" ] .
                ex:AtMostOneQ a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ sh:message "two ex:q" ;
                        sh:select "SELECT $this WHERE { $this <https://example.org/q> ?a , ?b FILTER (?a != ?b) } LIMIT 1" ] .
                """));
        Graph data = turtle("""
                @prefix ex: <https://example.org/> .
                ex:a a ex:Thing ; ex:p 1 ; ex:q 1 , 2 .
                ex:b a ex:Thing ; ex:q 3 , 4 .
                ex:c a ex:Thing ; ex:p 2 .
                """);
        for (Shape shape : shapes.getTargetShapes()) {
            assertEquals(List.of(), SparqlConstraintScreen.screenable(shape), shape.toString());
        }
        List<String> jena = nodeByNode(shapes, data);
        assertFalse(jena.isEmpty());
        assertEquals(jena, described(GraphChecks.validateNodes(shapes, data, nodes(data)).getEntries()));
    }

    @Test
    void aScreenedConstraintFindsEveryBrokenNodeAndNoOther() {
        Shapes shapes = Shapes.parse(turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <https://example.org/> .
                ex:QMatchesP a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ sh:message "ex:q without the same ex:p" ;
                        sh:select "SELECT $this ?v WHERE { $this <https://example.org/q> ?v FILTER NOT EXISTS { $this <https://example.org/p> ?v } }" ] .
                """));
        Graph data = turtle("""
                @prefix ex: <https://example.org/> .
                ex:a a ex:Thing ; ex:p 1 ; ex:q 1 .
                ex:b a ex:Thing ; ex:p 1 ; ex:q 2 .
                ex:c a ex:Thing .
                ex:d ex:q 5 .
                """);
        Shape shape = shapes.getTargetShapes().iterator().next();
        assertEquals(1, SparqlConstraintScreen.screenable(shape).size());
        List<String> build = described(GraphChecks.validateNodes(shapes, data, nodes(data)).getEntries());
        assertEquals(nodeByNode(shapes, data), build);
        assertEquals(1, build.size());
        assertTrue(build.get(0).startsWith("https://example.org/b "), build.toString());
    }

    /** Jena's report, every constraint of every shape run for each of its focus nodes. */
    private static List<String> nodeByNode(Shapes shapes, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Set<Node> nodes = nodes(data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node node : nodes) {
                if (VLib.isFocusNode(shape, node, data)) {
                    VLib.validateShape(context, data, shape, node);
                }
            }
        }
        return described(context.generateReport().getEntries());
    }

    private static List<String> described(Iterable<ReportEntry> entries) {
        List<String> described = new ArrayList<>();
        entries.forEach(e -> described.add(e.focusNode() + " " + e.resultPath() + " " + e.value() + " "
                + e.sourceConstraintComponent() + " " + e.severity().level() + " " + e.message()));
        return described;
    }

    private static Set<Node> nodes(Graph data) {
        Set<Node> nodes = new LinkedHashSet<>();
        data.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getObject());
        });
        return nodes;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static QuerySolution first(Model data, String query) {
        try (QueryExecution execution = QueryExecution.model(data).query(query).build()) {
            return execution.execSelect().next();
        }
    }

    private static Graph turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(text), null, "TTL");
        return model.getGraph();
    }
}
