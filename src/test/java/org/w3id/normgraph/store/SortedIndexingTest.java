package org.w3id.normgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secondary indexes that {@link StagedStore} fills in sorted runs hold, record for record, what TDB2's own
 * phased loader puts in them from the same statements: with runs shorter than the data, so that a run goes into an
 * index that already holds another, and with values that TDB2 stores inline in the node id (numbers, negative
 * ones too) beside IRIs and strings.
 */
class SortedIndexingTest {

    private static final int QUADS = 30_000;
    private static final int TRIPLES = 3_000;
    /** Two runs of quads, the second one ended by the end of the data, not by its length; one run of triples. */
    private static final int RUN_LENGTH = 15_000;

    @TempDir
    Path workspace;

    @Test
    void everyIndexHoldsWhatTdb2sPhasedLoaderPutsInIt() {
        Map<String, List<String>> sorted;
        try (StagedStore store = StagedStore.create(workspace.resolve("sorted"), RUN_LENGTH)) {
            send(store.quads());
            sorted = indexes(store.finishLoading());
        }
        DatasetGraph reference = DatabaseMgr.connectDatasetGraph(workspace.resolve("phased").toString());
        DataLoader phased = LoaderFactory.phasedLoader(reference, (format, args) -> { });
        phased.startBulk();
        send(phased.stream());
        phased.finishBulk();
        Map<String, List<String>> expected = indexes(reference);
        TDBInternal.expel(reference);

        assertEquals(List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "POSG", "OSPG", "SPOG"),
                List.copyOf(expected.keySet()));
        assertEquals(TRIPLES, expected.get("SPO").size(), "one record for each triple");
        assertTrue(expected.get("GSPO").size() > QUADS * 9 / 10);
        expected.forEach((name, records) -> assertEquals(records, sorted.get(name), name));
    }

    @Test
    void theRunsOfOnePhaseTakeAtMostAQuarterOfTheHeap() {
        assertEquals(SortedIndexing.RUN_LENGTH, SortedIndexing.runLength(1L << 30), "the build's default heap");
        int halfGigabyte = SortedIndexing.runLength(512L << 20);
        assertTrue(halfGigabyte < SortedIndexing.RUN_LENGTH && halfGigabyte * 3L * 80 <= (512L << 20) / 4,
                "with --heap 512m: " + halfGigabyte);
        assertEquals(SortedIndexing.SHORTEST_RUN, SortedIndexing.runLength(4L << 20));
    }

    /** Statements with repeats, in an order that no index shares. */
    private static void send(StreamRDF stream) {
        Random random = new Random(20261129);
        stream.start();
        for (int i = 0; i < QUADS; i++) {
            stream.quad(Quad.create(iri("g", random.nextInt(40)), iri("s", random.nextInt(4000)),
                    iri("p", random.nextInt(25)), object(random)));
        }
        for (int i = 0; i < TRIPLES; i++) {
            stream.triple(Triple.create(iri("s", i), iri("p", random.nextInt(25)), object(random)));
        }
        stream.finish();
    }

    private static Node object(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> iri("o", random.nextInt(6000));
            case 1 -> NodeFactory.createLiteralString("text " + random.nextInt(3000));
            case 2 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(2000) - 1000),
                    XSDDatatype.XSDinteger);
            default -> NodeFactory.createLiteralDT(Double.toString(random.nextDouble()), XSDDatatype.XSDdouble);
        };
    }

    private static Node iri(String kind, int number) {
        return NodeFactory.createURI("http://example.org/" + kind + "/" + number);
    }

    /** Each index's records in its B+tree's order, as hex strings, triple indexes first. */
    private static Map<String, List<String>> indexes(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            Map<String, List<String>> records = new LinkedHashMap<>();
            Consumer<TupleIndex[]> read = indexes -> {
                for (TupleIndex index : indexes) {
                    List<String> keys = new ArrayList<>();
                    Iterator<Record> all = ((TupleIndexRecord) index.baseTupleIndex()).getRangeIndex().iterator();
                    all.forEachRemaining(record -> keys.add(Record.str(record.getKey())));
                    records.put(index.getName(), keys);
                }
            };
            read.accept(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
            read.accept(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
            return records;
        });
    }
}
