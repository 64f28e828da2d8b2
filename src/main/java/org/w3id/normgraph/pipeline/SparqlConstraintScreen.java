package org.w3id.normgraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * Which of many focus nodes may break a node shape's SPARQL constraints, found with one query per constraint
 * instead of one per node. Jena's validator runs a SHACL-SPARQL constraint once for each focus node, with
 * {@code $this} pre-bound, and sets up a query execution every time: about a thousand per document, most of a cold
 * build's validation. Here the constraint's query runs once, with the focus nodes as {@code VALUES} for
 * {@code $this}; only the nodes it returns are then checked by Jena itself, constraint by constraint as before, so
 * the report is Jena's own.
 *
 * <p>That one query finds every node that its per-node runs would find only where {@code $this} stands in a triple
 * pattern at the top of the query's group, whose other parts are filters, binds and {@code VALUES} for other
 * variables, with no limit, offset, grouping or aggregate: then each row of the pre-bound query is a row of the
 * joined one and the other way round. Any other constraint is left to Jena, node by node.
 */
final class SparqlConstraintScreen {

    private static final Var THIS = Var.alloc("this");
    /** The other variables that SHACL-SPARQL pre-binds, which the one query would leave unbound. */
    private static final Pattern PRE_BOUND_BESIDES_THIS = Pattern.compile("[?$](currentShape|shapesGraph|PATH)\\b");

    private SparqlConstraintScreen() {
    }

    /** The SPARQL constraints of a node shape that one query can check for many focus nodes. */
    static List<SparqlConstraint> screenable(Shape shape) {
        List<SparqlConstraint> screenable = new ArrayList<>();
        if (shape instanceof NodeShape) {
            for (Constraint constraint : shape.getConstraints()) {
                if (constraint instanceof SparqlConstraint sparql && bindsThisAtTop(sparql.getQuery())) {
                    screenable.add(sparql);
                }
            }
        }
        return screenable;
    }

    /**
     * The same shape without the given constraints, for the focus nodes that passed their screen: Jena checks it
     * as it would the whole shape.
     */
    static Shape without(Shape shape, Collection<? extends Constraint> screened) {
        List<Constraint> rest = new ArrayList<>(shape.getConstraints());
        rest.removeAll(screened);
        return new NodeShape(shape.getShapeGraph(), shape.getShapeNode(), shape.deactivated(), shape.getSeverity(),
                shape.getMessages(), shape.getTargets(), rest, shape.getPropertyShapes());
    }

    /** The focus nodes for which {@code constraint}'s query has at least one row in {@code data}. */
    static Set<Node> suspects(SparqlConstraint constraint, Graph data, List<Node> focusNodes) {
        Set<Node> suspects = new HashSet<>();
        if (focusNodes.isEmpty()) {
            return suspects;
        }
        Query query = constraint.getQuery().cloneQuery();
        List<Binding> rows = new ArrayList<>(focusNodes.size());
        focusNodes.forEach(node -> rows.add(BindingFactory.binding(THIS, node)));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(THIS), rows));
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(group::addElement);
        query.setQueryPattern(group);
        query.setQueryResultStar(false);
        query.getProject().clear();
        query.addResultVar(THIS);
        try (QueryExec execution = QueryExec.graph(data).query(query).build()) {
            RowSet answers = execution.select();
            while (answers.hasNext()) {
                Node node = answers.next().get(THIS);
                if (node != null) {
                    suspects.add(node);
                }
            }
        }
        return suspects;
    }

    private static boolean bindsThisAtTop(Query query) {
        if (!query.isSelectType() || query.hasLimit() || query.hasOffset() || query.hasGroupBy()
                || query.hasAggregators() || query.hasHaving() || query.hasValues()
                || !(query.getQueryPattern() instanceof ElementGroup group)) {
            return false;
        }
        if (PRE_BOUND_BESIDES_THIS.matcher(query.toString()).find()) {
            return false;
        }
        boolean bound = false;
        for (Element element : group.getElements()) {
            if (element instanceof ElementPathBlock block) {
                for (TriplePath triple : block.getPattern().getList()) {
                    bound |= THIS.equals(triple.getSubject()) || THIS.equals(triple.getObject());
                }
            } else if (element instanceof ElementTriplesBlock block) {
                bound |= block.getPattern().getList().stream()
                        .anyMatch(t -> THIS.equals(t.getSubject()) || THIS.equals(t.getObject()));
            } else if (element instanceof ElementData data) {
                if (data.getVars().contains(THIS)) {
                    return false;
                }
            } else if (element instanceof ElementBind bind) {
                if (THIS.equals(bind.getVar())) {
                    return false;
                }
            } else if (!(element instanceof ElementFilter)) {
                return false;
            }
        }
        return bound;
    }
}
