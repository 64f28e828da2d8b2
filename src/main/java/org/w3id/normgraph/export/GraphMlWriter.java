package org.w3id.normgraph.export;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Edge;
import org.w3id.normgraph.export.ExportGraph.Node;
import org.w3id.normgraph.export.ExportGraph.Type;

/**
 * GraphML 1.0: keys {@code n-NAME} for node attributes ({@code label} first, then the view's) and {@code e-NAME}
 * for edge attributes ({@code type}, {@code weight}, then the view's), each with its {@code attr.name} and
 * {@code attr.type}, so that Gephi, Cytoscape and networkx read them under their names and types.
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {
    }

    static void write(ExportGraph graph, OutputStream out) throws XMLStreamException {
        Xml xml = Xml.open(out);
        xml.root("graphml", NS, NS + "/1.0/graphml.xsd");
        key(xml, "node", new Attribute("label", Type.STRING));
        for (Attribute attribute : graph.nodeAttributes()) {
            key(xml, "node", attribute);
        }
        key(xml, "edge", new Attribute("type", Type.STRING));
        key(xml, "edge", new Attribute("weight", Type.INTEGER));
        for (Attribute attribute : graph.edgeAttributes()) {
            key(xml, "edge", attribute);
        }
        xml.start("graph").attribute("id", graph.view())
                .attribute("edgedefault", graph.directed() ? "directed" : "undirected");
        for (Node node : graph.nodes()) {
            xml.start("node").attribute("id", node.id());
            data(xml, "n-label", node.label());
            values(xml, "n-", graph.nodeAttributes(), node.values());
            xml.end(false);
        }
        for (Edge edge : graph.edges()) {
            xml.start("edge").attribute("id", edge.id()).attribute("source", edge.source())
                    .attribute("target", edge.target());
            data(xml, "e-type", edge.type());
            data(xml, "e-weight", Integer.toString(edge.weight()));
            values(xml, "e-", graph.edgeAttributes(), edge.values());
            xml.end(false);
        }
        xml.end(false);
        xml.end(false);
        xml.close();
    }

    private static void key(Xml xml, String domain, Attribute attribute) throws XMLStreamException {
        xml.empty("key").attribute("id", domain.charAt(0) + "-" + attribute.name()).attribute("for", domain)
                .attribute("attr.name", attribute.name()).attribute("attr.type", attribute.type().graphml);
    }

    private static void values(Xml xml, String prefix, List<Attribute> attributes, java.util.Map<String, Object> values)
            throws XMLStreamException {
        for (Attribute attribute : attributes) {
            Object value = values.get(attribute.name());
            if (value != null) {
                data(xml, prefix + attribute.name(), value.toString());
            }
        }
    }

    private static void data(Xml xml, String key, String text) throws XMLStreamException {
        xml.start("data").attribute("key", key);
        xml.writer().writeCharacters(text);
        xml.end(true);
    }
}
