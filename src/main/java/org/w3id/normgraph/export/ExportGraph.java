package org.w3id.normgraph.export;

import java.util.List;
import java.util.Map;

/**
 * A network read from the database, ready to be written in any {@link ExportFormat}: nodes and edges sorted by id,
 * each with the values of the attributes that the graph declares (a value that a node or edge lacks is left out,
 * not written as an empty one).
 *
 * @param view           the name of the view that made it ({@code stances}, …)
 * @param directed       whether edges go from source to target (stances) or not (agreement)
 * @param nodeAttributes the attributes that nodes may carry besides their id and label, in output order
 * @param edgeAttributes the attributes that edges may carry besides source, target, type and weight, in output order
 */
public record ExportGraph(String view, boolean directed, List<Attribute> nodeAttributes,
        List<Attribute> edgeAttributes, List<Node> nodes, List<Edge> edges) {

    public ExportGraph {
        nodeAttributes = List.copyOf(nodeAttributes);
        edgeAttributes = List.copyOf(edgeAttributes);
        nodes = nodes.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        edges = edges.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** A declared attribute; its type decides how GraphML and GEXF declare it. */
    public record Attribute(String name, Type type) {
    }

    public enum Type {
        STRING("string", "string"), INTEGER("int", "integer"), BOOLEAN("boolean", "boolean");

        final String graphml;
        final String gexf;

        Type(String graphml, String gexf) {
            this.graphml = graphml;
            this.gexf = gexf;
        }
    }

    /**
     * @param id     a stable id made from the IRI ({@link NodeIds})
     * @param label  the English label, which visualization tools show
     * @param values attribute values by attribute name (String, Integer or Boolean)
     */
    public record Node(String id, String label, Map<String, Object> values) {
        public Node {
            values = Map.copyOf(values);
        }
    }

    /**
     * @param type   what the edge says ({@code opposes}, {@code agreement}, {@code spoke-on} …)
     * @param weight the edge's weight for layout and filtering: 1 for a stance, a count otherwise
     */
    public record Edge(String id, String source, String target, String type, int weight, Map<String, Object> values) {
        public Edge {
            values = Map.copyOf(values);
        }
    }
}
