package org.w3id.normgraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Edge;
import org.w3id.normgraph.export.ExportGraph.Node;

/**
 * Cytoscape.js elements JSON ({@code {"data": {…}, "elements": {"nodes": […], "edges": […]}}}), which
 * {@code cy.json()} and Cytoscape desktop's {@code .cyjs} import read: every node's {@code data} has its {@code id},
 * {@code label} and attributes, every edge's its {@code id}, {@code source}, {@code target}, {@code type},
 * {@code weight} and attributes. Written with Jena's JSON writer.
 */
final class CytoscapeJsonWriter {

    private CytoscapeJsonWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) {
        JsonObject root = new JsonObject();
        JsonObject about = new JsonObject();
        about.put("name", "normgraph " + graph.view());
        about.put("view", graph.view());
        about.put("directed", graph.directed());
        root.put("data", about);
        JsonArray nodes = new JsonArray();
        for (Node node : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", node.id());
            data.put("label", node.label());
            values(data, graph.nodeAttributes(), node.values());
            JsonObject element = new JsonObject();
            element.put("data", data);
            nodes.add(element);
        }
        JsonArray edges = new JsonArray();
        for (Edge edge : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", edge.id());
            data.put("source", edge.source());
            data.put("target", edge.target());
            data.put("type", edge.type());
            data.put("weight", edge.weight());
            values(data, graph.edgeAttributes(), edge.values());
            JsonObject element = new JsonObject();
            element.put("data", data);
            edges.add(element);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        JSON.write(out, root);
    }

    private static void values(JsonObject data, List<Attribute> attributes, Map<String, Object> values) {
        for (Attribute attribute : attributes) {
            Object value = values.get(attribute.name());
            if (value instanceof Integer number) {
                data.put(attribute.name(), number.longValue());
            } else if (value instanceof Boolean bool) {
                data.put(attribute.name(), bool);
            } else if (value != null) {
                data.put(attribute.name(), value.toString());
            }
        }
    }
}
