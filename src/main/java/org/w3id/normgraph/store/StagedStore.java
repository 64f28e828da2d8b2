package org.w3id.normgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new version of the store while a build writes it (the staging folder of {@link GraphDatabase#replace}): quads
 * go in through the data phase of TDB2's bulk loader (node table and primary indexes), in one pass, as the build
 * produces them, so that nothing but the document in hand is held in memory; the other indexes are then filled from
 * the primary ones in sorted runs ({@link SortedIndexing}). Once loading has finished the store can be read (for
 * the checks that span documents) and its text index is built in one pass over the stored texts, as
 * {@code jena.textindexer} does, rather than quad by quad.
 *
 * <pre>{@code
 * try (StagedStore store = StagedStore.create(staging)) {
 *     store.quads().quad(quad);          // as many as the build makes
 *     DatasetGraph written = store.finishLoading();
 *     store.indexText();
 * }
 * }</pre>
 */
public final class StagedStore implements AutoCloseable {

    /**
     * Small block caches, for a store read through caches (see {@link #readFilesThroughCaches}). These settings hold
     * for the build only; they are not written into the store.
     */
    private static final StoreParams WRITING = StoreParams.builder(StoreParams.getDftStoreParams())
            .fileMode(FileMode.direct).blockReadCacheSize(500).blockWriteCacheSize(250)
            .node2NodeIdCacheSize(50_000).nodeId2NodeCacheSize(100_000).build();

    private static final String SETTINGS_FILE = "tdb.cfg";

    /** tdb2.tdbloader's default plan: its data phase runs in TDB2's loader, its index phases in SortedIndexing. */
    private static final LoaderPlan PHASED = LoaderPlans.loaderPlanPhased;
    private static final LoaderPlan PRIMARY_INDEXES_ONLY = new LoaderPlan(PHASED.dataInputType(),
            PHASED.primaryLoad3(), PHASED.primaryLoad4(), new String[0][], new String[0][]);

    private final Path folder;
    private final DatasetGraph dataset;
    private final DataLoader loader;
    private final int runLength;
    private final Consumer<String> progress;
    private boolean loading;

    private StagedStore(Path folder, int runLength, Consumer<String> progress) {
        this.folder = folder;
        this.runLength = runLength;
        this.progress = progress;
        this.dataset = DatabaseMgr.connectDatasetGraph(folder.toString(), WRITING);
        // The data phase of tdb2.tdbloader's default (phased) loader; finishLoading fills the other indexes.
        this.loader = new LoaderMain(PRIMARY_INDEXES_ONLY, dataset, (format, args) -> { });
        loader.startBulk();
        this.loading = true;
    }

    /**
     * Makes every store that this JVM opens from now on read and write its files through block caches in the heap
     * rather than map them into memory: a mapped store stays resident as it grows (a thousand documents make
     * 3 GB of files, all of it counted in the build's resident memory), a cached one takes a few tens of MB.
     * TDB2 decides this once per JVM, at the first store it opens, so a build of a large corpus calls this first;
     * the files are the same either way, and the server maps them.
     *
     * @return whether it took effect (no store was opened before)
     */
    public static boolean readFilesThroughCaches() {
        // fileMode() decides the mode when nothing has yet, so it may only be asked afterwards.
        SystemIndex.setFileMode(FileMode.direct);
        return SystemIndex.fileMode() == FileMode.direct;
    }

    public static StagedStore create(Path folder) {
        return create(folder, message -> { });
    }

    /** A new store that tells {@code progress} when the indexes filled after loading are ready. */
    public static StagedStore create(Path folder, Consumer<String> progress) {
        return new StagedStore(folder, SortedIndexing.runLength(Runtime.getRuntime().maxMemory()), progress);
    }

    /** A store whose secondary indexes are filled in sorted runs of {@code runLength} tuples. */
    static StagedStore create(Path folder, int runLength) {
        return new StagedStore(folder, runLength, message -> { });
    }

    /** Where quads are sent while loading; repeated quads are stored once. */
    public StreamRDF quads() {
        return loader.stream();
    }

    /**
     * Ends loading, fills the indexes other than the primary ones (see {@link SortedIndexing}), and returns the
     * store, to be read in read transactions.
     */
    public DatasetGraph finishLoading() {
        boolean triples = loader.countTriples() > 0;
        boolean quads = loader.countQuads() > 0;
        loader.finishBulk();
        loading = false;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        tdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        try {
            if (triples) {
                fill(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(),
                        PHASED.primaryLoad3()[0], PHASED.secondaryIndex3());
            }
            if (quads) {
                fill(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                        PHASED.primaryLoad4()[0], PHASED.secondaryIndex4());
            }
        } finally {
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
        return dataset;
    }

    private void fill(TupleIndex[] indexes, String primary, String[][] phases) {
        List<List<TupleIndex>> byPhase = Arrays.stream(phases)
                .map(names -> Arrays.stream(names).map(name -> named(indexes, name)).toList()).toList();
        SortedIndexing.fill(named(indexes, primary), byPhase, runLength, progress);
    }

    private TupleIndex named(TupleIndex[] indexes, String name) {
        for (TupleIndex index : indexes) {
            if (index.getName().equals(name)) {
                return index;
            }
        }
        throw new IllegalStateException("the store in " + folder + " has no " + name + " index");
    }

    /**
     * Subjects that the store holds in more than one graph: the only nodes whose description no single graph
     * holds whole. Read from the subject-first index in one pass over node ids, so that memory stays flat.
     */
    public List<Node> subjectsInSeveralGraphs() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            TupleIndex bySubject = named(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), "SPOG");
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            List<Node> shared = new ArrayList<>();
            NodeId subject = null;
            NodeId firstGraph = null;
            boolean counted = false;
            Iterator<Tuple<NodeId>> all = bySubject.all();
            while (all.hasNext()) {
                Tuple<NodeId> quad = all.next(); // G S P O, whatever the index's order
                if (!quad.get(1).equals(subject)) {
                    subject = quad.get(1);
                    firstGraph = quad.get(0);
                    counted = false;
                } else if (!counted && !quad.get(0).equals(firstGraph)) {
                    shared.add(nodes.getNodeForNodeId(subject));
                    counted = true;
                }
            }
            return shared;
        });
    }

    /** Builds the text index of the store from its texts, in one Lucene session. */
    public void indexText() {
        org.apache.jena.query.text.TextIndex index = TextIndex.luceneIndex(folder);
        try {
            Txn.executeRead(dataset, () -> {
                Iterator<Quad> texts = dataset.find(Node.ANY, Node.ANY, TextIndex.PROPERTY.asNode(), Node.ANY);
                while (texts.hasNext()) {
                    Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), texts.next());
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                }
            });
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
    }

    /**
     * The quads stored, counted in the first index of each table without turning node ids into nodes: a thousand
     * documents make ten million quads, and decoding them all through the node table took minutes.
     */
    public long countQuads() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            return entries(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()[0])
                    + entries(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()[0]);
        });
    }

    private static long entries(TupleIndex index) {
        long count = 0;
        for (Iterator<Tuple<NodeId>> all = index.all(); all.hasNext(); all.next()) {
            count++;
        }
        return count;
    }

    @Override
    public void close() {
        if (loading) {
            loader.finishException(new IllegalStateException("the build stopped while loading " + folder));
            loading = false;
        }
        TDBInternal.expel(dataset);
        try {
            // TDB2 records the build's settings beside the store; without them the server opens it as usual.
            Files.deleteIfExists(folder.resolve(SETTINGS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the build's settings from " + folder, e);
        }
    }
}
