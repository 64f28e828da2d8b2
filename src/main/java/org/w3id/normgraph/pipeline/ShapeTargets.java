package org.w3id.normgraph.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.system.G;

/**
 * Which shapes target a node, as {@link VLib#isFocusNode(Shape, Node, Graph)} decides, but with each class target's
 * subclasses looked up once per data graph and each node's types once, rather than both again for every node and
 * shape: checked node by node, a document of ten thousand nodes against twenty shapes spent a fifth of the build
 * walking the ontology's class tree.
 */
final class ShapeTargets {

    private final Graph data;
    private final Map<Target, Set<Node>> classesOfTarget = new HashMap<>();
    private final Map<Node, Set<Node>> typesOfNode = new HashMap<>();

    ShapeTargets(Shapes shapes, Graph data) {
        this.data = data;
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() == TargetType.targetClass
                        || target.getTargetType() == TargetType.implicitClass) {
                    classesOfTarget.computeIfAbsent(target, t -> G.subClasses(data, t.getObject()));
                }
            }
        }
    }

    /** Whether {@code shape} targets {@code node} in the data graph. */
    boolean isFocusNode(Shape shape, Node node) {
        for (Target target : shape.getTargets()) {
            if (targets(target, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean targets(Target target, Node node) {
        Node object = target.getObject();
        return switch (target.getTargetType()) {
            case targetClass, implicitClass -> !Collections.disjoint(
                    typesOfNode.computeIfAbsent(node, n -> G.typesOfNodeAsSet(data, n)), classesOfTarget.get(target));
            case targetNode -> object.equals(node);
            case targetObjectsOf -> data.contains(Node.ANY, object, node);
            case targetSubjectsOf -> data.contains(node, object, Node.ANY);
            default -> VLib.isFocusNode(target, node, data);
        };
    }
}
