package org.w3id.normgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Type;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The attributes of the nodes of every view, read from the database: what kind of thing the node is, its labels in
 * English (the node's label) and Chinese, its IRI, and where the graph has them its ISO 3166 alpha-3 code, UN
 * region, Wikidata ID, and for a draft provision its draft, article and part. Where the graph holds two values of
 * one property for a node (it should not), the smallest is taken, so that the output stays the same.
 */
final class NodeDescriptions {

    static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("kind", Type.STRING),
            new Attribute("label_zh", Type.STRING),
            new Attribute("iri", Type.STRING),
            new Attribute("iso3", Type.STRING),
            new Attribute("region", Type.STRING),
            new Attribute("wikidata", Type.STRING),
            new Attribute("draft", Type.STRING),
            new Attribute("article", Type.STRING),
            new Attribute("part", Type.STRING));

    /** Kinds by class, the first that a node has wins (a norm is also a SKOS concept). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(NG.NS + "State", "state");
        KINDS.put(NG.NS + "Group", "group");
        KINDS.put(NG.NS + "Territory", "territory");
        KINDS.put(NG.NS + "Office", "office");
        KINDS.put(NG.NS + "Organization", "organization");
        KINDS.put(NG.NS + "Report", "report");
        KINDS.put(NG.NS + "DraftProvision", "provision");
        KINDS.put(NG.NS + "Norm", "norm");
        KINDS.put("http://www.w3.org/2004/02/skos/core#Concept", "topic");
    }

    private NodeDescriptions() {
    }

    static List<ExportGraph.Node> describe(DatasetGraph data, Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        String values = Sparql.values("node", iris);
        Map<String, Set<String>> types = all(data, values, "?node a ?value");
        Map<String, String> english = first(data, values,
                "{ ?node skos:prefLabel ?value } UNION { ?node rdfs:label ?value } FILTER (lang(?value) = \"en\")");
        Map<String, String> chinese = first(data, values,
                "{ ?node skos:prefLabel ?value } UNION { ?node rdfs:label ?value } FILTER (lang(?value) = \"zh-Hans\")");
        Map<String, String> preferredEnglish = first(data, values,
                "?node skos:prefLabel ?value FILTER (lang(?value) = \"en\")");
        Map<String, String> preferredChinese = first(data, values,
                "?node skos:prefLabel ?value FILTER (lang(?value) = \"zh-Hans\")");
        Map<String, String> iso3 = first(data, values, "?node ng:iso3166Alpha3 ?value");
        Map<String, String> region = first(data, values, "?node ng:unRegion ?value");
        Map<String, String> wikidata = first(data, values,
                "?node owl:sameAs ?value FILTER (STRSTARTS(STR(?value), \"" + Iris.WIKIDATA_ENTITY + "\"))");
        Map<String, String> draft = first(data, values, "?node ng:draftText ?value");
        Map<String, String> article = first(data, values, "?node ng:articleNumber ?value");
        Map<String, String> part = first(data, values, "?node ng:partDesignation ?value");

        List<ExportGraph.Node> nodes = new ArrayList<>();
        for (String iri : new TreeSet<>(iris)) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("kind", kind(types.getOrDefault(iri, Set.of())));
            attributes.put("iri", iri);
            putIfPresent(attributes, "label_zh", preferredChinese.getOrDefault(iri, chinese.get(iri)));
            putIfPresent(attributes, "iso3", iso3.get(iri));
            putIfPresent(attributes, "region", region.get(iri));
            String entity = wikidata.get(iri);
            putIfPresent(attributes, "wikidata", entity == null ? null : entity.substring(Iris.WIKIDATA_ENTITY.length()));
            String draftIri = draft.get(iri);
            putIfPresent(attributes, "draft", draftIri == null ? null : NodeIds.of(draftIri));
            putIfPresent(attributes, "article", article.get(iri));
            putIfPresent(attributes, "part", part.get(iri));
            String label = preferredEnglish.getOrDefault(iri, english.getOrDefault(iri, NodeIds.of(iri)));
            nodes.add(new ExportGraph.Node(NodeIds.of(iri), label, attributes));
        }
        return nodes;
    }

    private static String kind(Set<String> types) {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            if (types.contains(kind.getKey())) {
                return kind.getValue();
            }
        }
        return "other";
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    private static Map<String, Set<String>> all(DatasetGraph data, String values, String pattern) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Map<String, Node> row : Sparql.select(data, "SELECT ?node ?value WHERE { " + values + " " + pattern + " }")) {
            found.computeIfAbsent(row.get("node").getURI(), iri -> new TreeSet<>()).add(text(row.get("value")));
        }
        return found;
    }

    private static Map<String, String> first(DatasetGraph data, String values, String pattern) {
        Map<String, String> found = new TreeMap<>();
        all(data, values, pattern).forEach((iri, texts) -> found.put(iri, ((TreeSet<String>) texts).first()));
        return found;
    }

    static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
