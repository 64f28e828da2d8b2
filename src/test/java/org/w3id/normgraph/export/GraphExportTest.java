package org.w3id.normgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.extract.ExpectedStances;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The bundled corpus built into a database and exported in every view and format: each file read back by an
 * independent parser that checks its structure, all formats of a view giving the same network, the stances equal to
 * the hand-checked stances file, the agreement counts equal to those computed from that file, the speakers and
 * topics equal to a walk over the graph that uses no SPARQL, and every export the same bytes twice.
 */
class GraphExportTest {

    @TempDir
    static Path workspace;

    private static Dataset dataset;
    private static DatasetGraph data;

    @BeforeAll
    static void build() {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        dataset = GraphDatabase.open(database);
        data = dataset.asDatasetGraph();
    }

    @AfterAll
    static void close() {
        GraphDatabase.close(dataset);
    }

    private static ExportedNetwork read(ExportView view, ExportFormat format) {
        List<ExportFile> files = GraphExport.files(data, view, format);
        return switch (format) {
            case GRAPHML -> ExportedNetwork.fromGraphMl(single(files, ".graphml"));
            case GEXF -> ExportedNetwork.fromGexf(single(files, ".gexf"));
            case CYJS -> ExportedNetwork.fromCytoscapeJson(single(files, ".cyjs"));
            case CSV -> {
                assertEquals(List.of("-nodes.csv", "-edges.csv"), files.stream().map(ExportFile::suffix).toList());
                yield ExportedNetwork.fromCsv(files.get(0).bytes(), files.get(1).bytes());
            }
        };
    }

    private static byte[] single(List<ExportFile> files, String suffix) {
        assertEquals(1, files.size());
        assertEquals(suffix, files.get(0).suffix());
        return files.get(0).bytes();
    }

    /** Every format of a view reads back as the same network. */
    private static ExportedNetwork network(ExportView view) {
        ExportedNetwork graphml = read(view, ExportFormat.GRAPHML);
        for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.CYJS, ExportFormat.CSV)) {
            ExportedNetwork other = read(view, format);
            assertEquals(graphml.nodes(), other.nodes(), view.label() + " nodes in " + format.label());
            assertEquals(graphml.edges(), other.edges(), view.label() + " edges in " + format.label());
        }
        return graphml;
    }

    private static String code(String nodeId) {
        return nodeId.substring(nodeId.indexOf(':') + 1);
    }

    @Test
    void stancesAreTheHandCheckedStancesInEveryFormat() {
        ExportedNetwork stances = network(ExportView.STANCES);
        Set<String> expected = new TreeSet<>();
        for (String row : ExpectedStances.rows()) {
            expected.add(row.substring(0, row.lastIndexOf('|')));
        }
        Set<String> exported = new TreeSet<>();
        stances.edges().forEach((id, edge) -> {
            Map<String, String> provision = stances.nodes().get(edge.get("target"));
            assertEquals("provision", provision.get("kind"));
            assertEquals("1", edge.get("weight"));
            assertEquals("document:icann-ge-un-cyber-processes-2021-2023", edge.get("document"));
            assertTrue(!edge.get("evidence").isBlank() && edge.get("position").startsWith("https://w3id.org/"));
            exported.add(String.join("|", code(provision.get("draft")), provision.get("article"),
                    provision.getOrDefault("part", ""), edge.get("type"), code(edge.get("source")), edge.get("line")));
        });
        assertEquals(141, expected.size());
        assertEquals(expected, exported);

        Map<String, String> australia = stances.nodes().get("state:AUS");
        assertEquals(Map.of("label", "Australia", "label_zh", "澳大利亚", "kind", "state", "iso3", "AUS",
                "region", "Oceania", "wikidata", "Q408", "iri", "https://w3id.org/normgraph/id/state/AUS"), australia);
        Map<String, String> eu = stances.nodes().get("group:EU");
        assertEquals("group", eu.get("kind"));
        assertEquals("Q458", eu.get("wikidata"));
        assertEquals("territory", stances.nodes().get("territory:MAC").get("kind"));
        assertEquals("第 10 条之二", stances.nodes().get("provision:ahc-dtc-2023-09-02:article-10-bis").get("label_zh"));
    }

    @Test
    void article10BisHasItsEighteenActors() {
        ExportedNetwork stances = read(ExportView.STANCES, ExportFormat.GEXF);
        Map<String, Set<String>> byRelation = new TreeMap<>();
        stances.edges().values().stream()
                .filter(edge -> edge.get("target").equals("provision:ahc-dtc-2023-09-02:article-10-bis"))
                .forEach(edge -> byRelation.computeIfAbsent(edge.get("type"), r -> new TreeSet<>())
                        .add(code(edge.get("source"))));
        assertEquals(Map.of(
                "opposes", Set.of("AUS", "USA", "EU", "NZL", "GEO", "NOR", "GBR", "LIE", "CAN", "CHL", "JPN", "MEX"),
                "proposes", Set.of("RUS", "BFA", "BLR", "EGY", "IRN", "VEN")), byRelation);
    }

    @Test
    void agreementCountsAreThoseOfTheHandCheckedStances() {
        Map<String, Map<String, Boolean>> sides = new TreeMap<>();
        for (String row : ExpectedStances.rows()) {
            String[] fields = row.split("\\|", -1);
            sides.computeIfAbsent(fields[0] + "|" + fields[1] + "|" + fields[2], p -> new TreeMap<>())
                    .put(fields[4], !fields[3].equals("opposes"));
        }
        Map<String, int[]> expected = new TreeMap<>();
        sides.values().forEach(onProvision -> {
            List<String> actors = new ArrayList<>(onProvision.keySet());
            for (String first : actors) {
                for (String second : actors) {
                    if (first.compareTo(second) < 0) {
                        int[] counts = expected.computeIfAbsent(first + "|" + second, pair -> new int[2]);
                        counts[onProvision.get(first).equals(onProvision.get(second)) ? 0 : 1]++;
                    }
                }
            }
        });
        ExportedNetwork agreement = network(ExportView.AGREEMENT);
        Map<String, int[]> exported = new TreeMap<>();
        agreement.edges().values().forEach(edge -> {
            List<String> pair = new ArrayList<>(List.of(code(edge.get("source")), code(edge.get("target"))));
            pair.sort(null);
            assertEquals(edge.get("same_side"), edge.get("weight"));
            exported.put(String.join("|", pair), new int[] {Integer.parseInt(edge.get("same_side")),
                    Integer.parseInt(edge.get("opposite_sides"))});
        });
        assertEquals(expected.keySet(), exported.keySet());
        expected.forEach((pair, counts) -> assertArrayEquals(counts, exported.get(pair), pair));
        // Both asked to delete Article 72 (line 1532); Russia proposed 10 bis, 10 ter and 15 septies and supported
        // 21, which the United States opposed (lines 1678-1795).
        assertArrayEquals(new int[] {1, 4}, exported.get("RUS|USA"));
    }

    @Test
    void speakersAndTopicsAreThoseOfAWalkOverTheGraph() {
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node statementClass = NodeFactory.createURI(NG.NS + "Statement");
        Node speaker = NodeFactory.createURI(NG.NS + "speaker");
        Node subject = NodeFactory.createURI("http://purl.org/dc/terms/subject");
        Node hasPart = NodeFactory.createURI("http://purl.org/dc/terms/hasPart");
        Map<String, Integer> expected = new TreeMap<>();
        Txn.executeRead(data, () -> {
            Set<Node> statements = new HashSet<>();
            data.find(Node.ANY, Node.ANY, type, statementClass).forEachRemaining(q -> statements.add(q.getSubject()));
            for (Node statement : statements) {
                Set<Node> parts = new HashSet<>(Set.of(statement));
                List<Node> open = new ArrayList<>(parts);
                while (!open.isEmpty()) {
                    data.find(Node.ANY, open.remove(open.size() - 1), hasPart, Node.ANY).forEachRemaining(q -> {
                        if (parts.add(q.getObject())) {
                            open.add(q.getObject());
                        }
                    });
                }
                Set<String> concepts = new TreeSet<>();
                for (Node part : parts) {
                    data.find(Node.ANY, part, subject, Node.ANY).forEachRemaining(q -> concepts.add(q.getObject().getURI()));
                }
                Set<String> speakers = new TreeSet<>();
                data.find(Node.ANY, statement, speaker, Node.ANY).forEachRemaining(q -> speakers.add(q.getObject().getURI()));
                for (String who : speakers) {
                    for (String concept : concepts) {
                        expected.merge(NodeIds.of(who) + "|" + NodeIds.of(concept), 1, Integer::sum);
                    }
                }
            }
        });
        ExportedNetwork network = network(ExportView.SPEAKERS_TOPICS);
        Map<String, Integer> exported = new TreeMap<>();
        network.edges().values().forEach(edge -> {
            assertEquals(edge.get("statements"), edge.get("weight"));
            exported.put(edge.get("source") + "|" + edge.get("target"), Integer.parseInt(edge.get("weight")));
        });
        assertEquals(expected, exported);
        assertTrue(exported.size() > 100, "speaker-topic pairs: " + exported.size());
        Set<String> kinds = new TreeSet<>();
        network.nodes().values().forEach(node -> kinds.add(node.get("kind")));
        assertTrue(kinds.containsAll(Set.of("state", "group", "topic", "norm")), kinds.toString());
    }

    @Test
    void everyExportIsTheSameBytesTwice() {
        for (ExportView view : ExportView.values()) {
            for (ExportFormat format : ExportFormat.values()) {
                List<ExportFile> first = GraphExport.files(data, view, format);
                List<ExportFile> second = GraphExport.files(data, view, format);
                assertEquals(first.size(), second.size());
                for (int i = 0; i < first.size(); i++) {
                    assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(),
                            view.label() + first.get(i).suffix());
                }
            }
        }
    }

    @Test
    void unknownFormatsAndViewsAreNamedWithTheKnownOnes() {
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.named("pajek"));
        assertEquals("unknown format 'pajek'; known formats: graphml, gexf, cyjs, csv", format.getMessage());
        IllegalArgumentException view = assertThrows(IllegalArgumentException.class,
                () -> ExportView.named("votes"));
        assertEquals("unknown view 'votes'; known views: stances, agreement, speakers-topics", view.getMessage());
    }

    @Test
    void nodeIdsAreNmtokensThatKeepIrisApart() {
        assertEquals("state:AUS", NodeIds.of("https://w3id.org/normgraph/id/state/AUS"));
        assertEquals("provision:ahc-dtc-2023-09-02:article-36:1-bis",
                NodeIds.of("https://w3id.org/normgraph/id/provision/ahc-dtc-2023-09-02/article-36/1-bis"));
        assertEquals("a_003Ab", NodeIds.of("https://w3id.org/normgraph/id/a:b"));
        assertTrue(!NodeIds.of("https://w3id.org/normgraph/id/a/b").equals(NodeIds.of("https://w3id.org/normgraph/id/a:b")));
        assertEquals("a_005Fb", NodeIds.of("https://w3id.org/normgraph/id/a_b"));
    }
}
