package org.w3id.normgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An exported file read back with parsers that normgraph's writers do not use (the JDK's DOM, commons-csv's
 * parser, Jena's JSON parser), checking each format's structure on the way: every node and edge attribute by name,
 * every value as text, {@code label} for a node's label, {@code source}, {@code target}, {@code type} and
 * {@code weight} for an edge. Files in different formats of the same view must read back as equal networks.
 */
record ExportedNetwork(Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {

    static final Set<String> GRAPHML_TYPES = Set.of("boolean", "int", "long", "float", "double", "string");
    static final Set<String> GEXF_TYPES = Set.of("integer", "long", "double", "float", "boolean", "string");

    static ExportedNetwork fromGraphMl(byte[] bytes) {
        Document document = parse(bytes);
        Element root = document.getDocumentElement();
        assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        Map<String, String[]> keys = new HashMap<>();
        for (Element key : children(root, "key")) {
            String type = key.getAttribute("attr.type");
            assertTrue(GRAPHML_TYPES.contains(type), "GraphML key type " + type);
            assertNull(keys.put(key.getAttribute("id"), new String[] {key.getAttribute("for"),
                    key.getAttribute("attr.name"), type}), "key declared twice: " + key.getAttribute("id"));
        }
        List<Element> graphs = children(root, "graph");
        assertEquals(1, graphs.size());
        Element graph = graphs.get(0);
        assertTrue(Set.of("directed", "undirected").contains(graph.getAttribute("edgedefault")));
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (Element node : children(graph, "node")) {
            String id = node.getAttribute("id");
            assertTrue(id.matches("[\\p{L}\\p{N}._:-]+"), "GraphML ids are NMTOKENs: " + id);
            assertNull(nodes.put(id, graphMlData(node, "node", keys)), "node twice: " + id);
        }
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (Element edge : children(graph, "edge")) {
            Map<String, String> values = graphMlData(edge, "edge", keys);
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            assertNull(edges.put(edge.getAttribute("id"), values), "edge twice: " + edge.getAttribute("id"));
        }
        assertEquals(nodes.size() + edges.size(), children(graph, "node").size() + children(graph, "edge").size());
        return checked(nodes, edges);
    }

    private static Map<String, String> graphMlData(Element element, String domain, Map<String, String[]> keys) {
        Map<String, String> values = new TreeMap<>();
        for (Element data : children(element, "data")) {
            String[] key = keys.get(data.getAttribute("key"));
            if (key == null) {
                fail("data with an undeclared key " + data.getAttribute("key"));
            }
            assertEquals(domain, key[0], "key " + data.getAttribute("key") + " used on a " + domain);
            if (key[2].equals("int")) {
                Integer.parseInt(data.getTextContent());
            }
            assertNull(values.put(key[1], data.getTextContent()), "two values of " + key[1]);
        }
        return values;
    }

    static ExportedNetwork fromGexf(byte[] bytes) {
        Document document = parse(bytes);
        Element root = document.getDocumentElement();
        assertEquals("http://www.gexf.net/1.2draft", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.2", root.getAttribute("version"));
        Element graph = only(root, "graph");
        assertEquals("static", graph.getAttribute("mode"));
        Map<String, Map<String, String>> declared = new HashMap<>();
        for (Element attributes : children(graph, "attributes")) {
            Map<String, String> types = new HashMap<>();
            for (Element attribute : children(attributes, "attribute")) {
                assertTrue(GEXF_TYPES.contains(attribute.getAttribute("type")));
                assertEquals(attribute.getAttribute("id"), attribute.getAttribute("title"));
                types.put(attribute.getAttribute("id"), attribute.getAttribute("type"));
            }
            declared.put(attributes.getAttribute("class"), types);
        }
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (Element node : children(only(graph, "nodes"), "node")) {
            Map<String, String> values = gexfValues(node, declared.get("node"));
            values.put("label", node.getAttribute("label"));
            assertNull(nodes.put(node.getAttribute("id"), values));
        }
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (Element edge : children(only(graph, "edges"), "edge")) {
            Map<String, String> values = gexfValues(edge, declared.get("edge"));
            assertEquals(values.get("type"), edge.getAttribute("label"));
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            values.put("weight", Integer.toString((int) Double.parseDouble(edge.getAttribute("weight"))));
            assertNull(edges.put(edge.getAttribute("id"), values));
        }
        return checked(nodes, edges);
    }

    private static Map<String, String> gexfValues(Element element, Map<String, String> declared) {
        Map<String, String> values = new TreeMap<>();
        for (Element attvalues : children(element, "attvalues")) {
            for (Element attvalue : children(attvalues, "attvalue")) {
                String name = attvalue.getAttribute("for");
                String type = declared.get(name);
                if (type == null) {
                    fail("attvalue for an undeclared attribute " + name);
                }
                if (type.equals("integer")) {
                    Integer.parseInt(attvalue.getAttribute("value"));
                }
                assertNull(values.put(name, attvalue.getAttribute("value")));
            }
        }
        return values;
    }

    static ExportedNetwork fromCytoscapeJson(byte[] bytes) {
        JsonObject root = JSON.parse(new String(bytes, StandardCharsets.UTF_8));
        JsonObject elements = root.get("elements").getAsObject();
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (JsonValue node : elements.get("nodes").getAsArray()) {
            Map<String, String> values = jsonData(node.getAsObject().get("data").getAsObject());
            assertNull(nodes.put(values.remove("id"), values));
        }
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (JsonValue edge : elements.get("edges").getAsArray()) {
            Map<String, String> values = jsonData(edge.getAsObject().get("data").getAsObject());
            assertNull(edges.put(values.remove("id"), values));
        }
        return checked(nodes, edges);
    }

    private static Map<String, String> jsonData(JsonObject data) {
        Map<String, String> values = new TreeMap<>();
        for (String key : data.keys()) {
            JsonValue value = data.get(key);
            values.put(key, value.isString() ? value.getAsString().value()
                    : value.isNumber() ? value.getAsNumber().value().toString()
                    : value.toString());
        }
        return values;
    }

    static ExportedNetwork fromCsv(byte[] nodeList, byte[] edgeList) {
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (Map<String, String> record : csv(nodeList, List.of("ID", "Label", "Type"))) {
            String id = record.remove("ID");
            record.put("label", record.remove("Label"));
            record.put("kind", record.remove("Type"));
            assertNull(nodes.put(id, record));
        }
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (Map<String, String> record : csv(edgeList, List.of("From", "To", "Type", "Weight", "ID"))) {
            String id = record.remove("ID");
            record.put("source", record.remove("From"));
            record.put("target", record.remove("To"));
            record.put("type", record.remove("Type"));
            record.put("weight", record.remove("Weight"));
            assertNull(edges.put(id, record));
        }
        return checked(nodes, edges);
    }

    private static List<Map<String, String>> csv(byte[] bytes, List<String> firstColumns) {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader().build())) {
            assertEquals(firstColumns, parser.getHeaderNames().subList(0, firstColumns.size()));
            return parser.getRecords().stream().map(record -> {
                Map<String, String> values = new TreeMap<>();
                for (String column : parser.getHeaderNames()) {
                    String value = record.get(column);
                    if (!value.isEmpty()) {
                        values.put(column, value);
                    }
                }
                return values;
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every edge joins two nodes of the network, and has a type and a weight. */
    private static ExportedNetwork checked(Map<String, Map<String, String>> nodes,
            Map<String, Map<String, String>> edges) {
        edges.forEach((id, edge) -> {
            assertTrue(nodes.containsKey(edge.get("source")), "edge " + id + " from an unknown node");
            assertTrue(nodes.containsKey(edge.get("target")), "edge " + id + " to an unknown node");
            assertTrue(edge.containsKey("type") && edge.containsKey("weight"), "edge " + id + " lacks type or weight");
        });
        nodes.forEach((id, node) -> assertTrue(node.containsKey("label") && node.containsKey("kind"),
                "node " + id + " lacks label or kind"));
        return new ExportedNetwork(nodes, edges);
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getLocalName().equals(name)
                    && parent.getNamespaceURI().equals(child.getNamespaceURI())) {
                found.add(child);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }
}
