package org.w3id.normgraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The published shapes ({@code ontology/shapes.ttl}) checked on a build: on each document's graph as it is read
 * ({@link #validateNodes}), then across documents on what was stored ({@link #checkAcrossDocuments}). A broken
 * shape fails the build in one line that names the constraint and where.
 */
public final class GraphChecks {

    private GraphChecks() {
    }

    /**
     * The checks that span documents, on the whole stored graph: the shapes again for every node whose
     * description is spread over several graphs, every node of the graphs that describe the corpus, and every
     * node that broke a shape within its own document.
     */
    static void checkAcrossDocuments(DatasetGraph stored, GraphBuild.CheckedDocuments documents, List<Node> spread) {
        Set<Node> nodes = new LinkedHashSet<>(spread);
        for (Graph graph : documents.corpusGraphs()) {
            graph.find().forEachRemaining(t -> {
                nodes.add(t.getSubject());
                if (!t.getObject().isLiteral()) {
                    nodes.add(t.getObject());
                }
            });
        }
        nodes.addAll(documents.openViolations());
        Graph union = stored.getUnionGraph();
        ValidationReport report = validateNodes(documents.shapes(), union, nodes);
        if (!report.conforms()) {
            throw failure(report, ModelFactory.createModelForGraph(union));
        }
    }

    /** Subjects that stand in more than one graph (for a store in memory; a TDB2 store reads its index). */
    static List<Node> subjectsInSeveralGraphs(DatasetGraph graphs) {
        Map<Node, Node> firstGraph = new HashMap<>();
        Set<Node> shared = new LinkedHashSet<>();
        graphs.find().forEachRemaining(quad -> {
            Node first = firstGraph.putIfAbsent(quad.getSubject(), quad.getGraph());
            if (first != null && !first.equals(quad.getGraph())) {
                shared.add(quad.getSubject());
            }
        });
        return new ArrayList<>(shared);
    }

    /**
     * The shapes' verdict on the given nodes, each checked against every shape that targets it in {@code data}: the
     * report of Jena's validator, node by node, with the SPARQL constraints that one query can screen for all the
     * nodes at once ({@link SparqlConstraintScreen}) checked by Jena only on the nodes that the screen returns.
     */
    static ValidationReport validateNodes(Shapes shapes, Graph data, Collection<Node> nodes) {
        ValidationContext context = ValidationContext.create(shapes, data);
        ShapeTargets targets = new ShapeTargets(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            List<Node> focusNodes = nodes.stream().filter(node -> targets.isFocusNode(shape, node)).toList();
            List<SparqlConstraint> screened = shape.deactivated() ? List.of()
                    : SparqlConstraintScreen.screenable(shape);
            Set<Node> suspects = new HashSet<>();
            screened.forEach(c -> suspects.addAll(SparqlConstraintScreen.suspects(c, data, focusNodes)));
            Shape unscreened = screened.isEmpty() ? shape : SparqlConstraintScreen.without(shape, screened);
            for (Node node : focusNodes) {
                VLib.validateShape(context, data, suspects.contains(node) ? shape : unscreened, node);
            }
        }
        return context.generateReport();
    }

    /** Fails, in one line that names the first broken constraint and where, if the graph breaks the published shapes. */
    public static void validate(Dataset dataset) {
        Shapes shapes = Shapes.parse(GraphBuild.bundledTurtle("/ontology/shapes.ttl").getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionModel().getGraph());
        if (!report.conforms()) {
            throw failure(report, dataset.getUnionModel());
        }
    }

    private static BuildException failure(ValidationReport report, Model data) {
        var first = report.getEntries().iterator().next();
        var focus = data.asRDFNode(first.focusNode());
        String where = focus.isResource() && focus.asResource().hasProperty(NG.evidenceStartLine)
                ? " (line " + focus.asResource().getProperty(NG.evidenceStartLine).getInt() + " of its document)" : "";
        return new BuildException("the graph breaks " + report.getEntries().size() + " SHACL constraint(s) of"
                + " ontology/shapes.ttl; the first: expected " + first.message().replace('\n', ' ') + " for "
                + first.resultPath() + " of " + first.focusNode() + where + ", found "
                + (first.value() == null ? "none" : first.value().toString()));
    }
}
