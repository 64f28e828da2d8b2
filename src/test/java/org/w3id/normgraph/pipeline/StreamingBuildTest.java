package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.NQuadsDump;
import org.w3id.normgraph.store.StagedStore;

/**
 * The build that streams documents into the store gives the graph of the build in memory, byte for byte, and its
 * checks across documents catch what no document breaks alone.
 */
class StreamingBuildTest {

    private static final String ICANN = "icann-ge-un-cyber-processes-2021-2023";
    private static final String SG_REPORT = "un-sg-report-ict-international-security-2022";

    private static Dataset inMemory;

    @BeforeAll
    static void build() {
        inMemory = GraphBuild.fromCorpus(Path.of("corpus"), m -> { });
    }

    @Test
    void theStoreHoldsTheSameQuadsAsTheBuildInMemory(@TempDir Path folder) {
        Path database = folder.resolve("db");
        long quads = GraphBuild.intoDatabase(Path.of("corpus"), database, m -> { });
        Dataset stored = GraphDatabase.open(database);
        try {
            byte[] expected = NQuadsDump.sortedNQuads(inMemory.asDatasetGraph());
            assertArrayEquals(expected, NQuadsDump.sortedNQuads(stored.asDatasetGraph()));
            assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8).lines().count(), quads);
        } finally {
            GraphDatabase.close(stored);
        }
    }

    @Test
    void theStoreFindsTheSubjectsSpreadOverSeveralGraphsFromItsIndex(@TempDir Path folder) {
        Set<Node> expected = new HashSet<>(GraphChecks.subjectsInSeveralGraphs(inMemory.asDatasetGraph()));
        // the States named in both documents, the EU (a stance, a member State's derived edge), the documents
        assertTrue(expected.contains(NodeFactory.createURI(Iris.ID + "state/CHN")), expected.toString());
        assertTrue(expected.contains(NodeFactory.createURI(Iris.ID + "document/" + ICANN)), expected.toString());
        try (StagedStore store = StagedStore.create(folder.resolve("staged"))) {
            inMemory.asDatasetGraph().find().forEachRemaining(store.quads()::quad);
            store.finishLoading();
            assertEquals(expected, new HashSet<>(store.subjectsInSeveralGraphs()));
        }
    }

    @Test
    void aConstraintBrokenOnlyByTwoDocumentsTogetherFailsTheBuild() {
        DatasetGraph graphs = DatasetGraphFactory.createTxnMem();
        inMemory.asDatasetGraph().find().forEachRemaining(graphs::add);
        Node icann = NodeFactory.createURI(Iris.extractedGraph(ICANN));
        Node provision = graphs.find(icann, Node.ANY, RDF.type.asNode(), NG.DraftProvision.asNode()).next()
                .getSubject();
        // The other document gives the provision a second article number: each graph alone is valid.
        Node sgReport = NodeFactory.createURI(Iris.extractedGraph(SG_REPORT));
        graphs.add(Quad.create(sgReport, provision, NG.articleNumber.asNode(), NodeFactory.createLiteralString("99")));
        GraphBuild.CheckedDocuments documents = new GraphBuild.CheckedDocuments(
                org.apache.jena.shacl.Shapes.parse(GraphBuild.bundledTurtle("/ontology/shapes.ttl").getGraph()),
                List.of(), new LinkedHashSet<>());
        assertTrue(GraphChecks.validateNodes(documents.shapes(), new Union(graphs.getGraph(
                NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)), graphs.getGraph(sgReport)), List.of(provision))
                .conforms(), "the document alone conforms");
        List<Node> spread = GraphChecks.subjectsInSeveralGraphs(graphs);
        assertTrue(spread.contains(provision));
        BuildException error = assertThrows(BuildException.class,
                () -> GraphChecks.checkAcrossDocuments(graphs, documents, spread));
        assertTrue(error.getMessage().contains(provision.getURI()), error.getMessage());
        assertTrue(error.getMessage().contains("articleNumber"), error.getMessage());
        assertFalse(error.getMessage().isBlank());
    }
}
