package org.w3id.normgraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Edge;
import org.w3id.normgraph.export.ExportGraph.Node;

/**
 * GEXF 1.2 (the {@code 1.2draft} namespace, which Gephi and networkx read): a static graph whose node and edge
 * attributes are declared with their names as ids and titles; the node's label is its English label, the edge's
 * label its type, and the edge's weight its {@code weight}. No date in {@code meta}, so that the same graph gives
 * the same bytes.
 */
final class GexfWriter {

    static final String NS = "http://www.gexf.net/1.2draft";

    private GexfWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws XMLStreamException {
        Xml xml = Xml.open(out);
        xml.root("gexf", NS, NS + "/gexf.xsd");
        xml.attribute("version", "1.2");
        xml.start("meta");
        xml.textElement("creator", "normgraph");
        xml.textElement("description", "normgraph export, view " + graph.view());
        xml.end(false);
        xml.start("graph").attribute("mode", "static")
                .attribute("defaultedgetype", graph.directed() ? "directed" : "undirected");
        declare(xml, "node", graph.nodeAttributes());
        List<Attribute> edgeAttributes = new java.util.ArrayList<>();
        edgeAttributes.add(new Attribute("type", ExportGraph.Type.STRING));
        edgeAttributes.addAll(graph.edgeAttributes());
        declare(xml, "edge", edgeAttributes);
        xml.start("nodes");
        for (Node node : graph.nodes()) {
            xml.start("node").attribute("id", node.id()).attribute("label", node.label());
            values(xml, graph.nodeAttributes(), node.values());
            xml.end(false);
        }
        xml.end(false);
        xml.start("edges");
        for (Edge edge : graph.edges()) {
            xml.start("edge").attribute("id", edge.id()).attribute("source", edge.source())
                    .attribute("target", edge.target()).attribute("label", edge.type())
                    .attribute("weight", Integer.toString(edge.weight()));
            Map<String, Object> values = new java.util.HashMap<>(edge.values());
            values.put("type", edge.type());
            values(xml, edgeAttributes, values);
            xml.end(false);
        }
        xml.end(false);
        xml.end(false);
        xml.end(false);
        xml.close();
    }

    private static void declare(Xml xml, String domain, List<Attribute> attributes) throws XMLStreamException {
        xml.start("attributes").attribute("class", domain).attribute("mode", "static");
        for (Attribute attribute : attributes) {
            xml.empty("attribute").attribute("id", attribute.name()).attribute("title", attribute.name())
                    .attribute("type", attribute.type().gexf);
        }
        xml.end(false);
    }

    private static void values(Xml xml, List<Attribute> attributes, Map<String, Object> values)
            throws XMLStreamException {
        xml.start("attvalues");
        for (Attribute attribute : attributes) {
            Object value = values.get(attribute.name());
            if (value != null) {
                xml.empty("attvalue").attribute("for", attribute.name()).attribute("value", value.toString());
            }
        }
        xml.end(false);
    }
}
