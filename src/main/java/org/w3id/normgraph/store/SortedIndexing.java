package org.w3id.normgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Fills the secondary indexes of a store from its primary index (GSPO for quads, SPO for triples), each taking the
 * primary's tuples in runs, every run sorted in the index's own key order before it goes into the index's B+tree.
 * <p>
 * TDB2's phased loader inserts them in the primary's order, which to a secondary index is scattered: each insert
 * goes to a leaf of its own, once the index outgrows the block cache mostly one that is no longer cached, and a
 * thousand documents spent three of their six minutes filling these indexes. Sorted, the inserts of a run sweep the
 * tree once, leaf after leaf (SPOG, POSG and OSPG of a thousand documents: 130 s → 84 s). The indexes hold the same
 * records either way: only the order of insertion differs.
 * <p>
 * Indexes of one phase are filled at the same time, one thread each, from one pass over the primary; phases follow
 * each other, as in TDB2's phased loader.
 */
final class SortedIndexing {

    /** Tuples per sorted run at most: about 80 MB of records for each index being filled. */
    static final int RUN_LENGTH = 1 << 20;
    /** Tuples per sorted run at least, however small the heap. */
    static final int SHORTEST_RUN = 10_000;
    /** A record in a run: the object, its 32-byte key array, its place in the list. */
    private static final int BYTES_PER_RECORD = 24 + 48 + 8;
    /** The most indexes that one phase fills at once (SPOG, POSG, OSPG). */
    private static final int INDEXES_AT_ONCE = 3;
    private static final int CHUNK_LENGTH = 10_000;
    private static final int CHUNKS_AHEAD = 8;
    private static final List<Tuple<NodeId>> END = List.of();

    private SortedIndexing() {
    }

    /**
     * The run length for a heap of {@code maxHeapBytes}: the runs of one phase take at most a quarter of it, so that
     * a build given a small {@code --heap} still has room for its caches and the text index.
     */
    static int runLength(long maxHeapBytes) {
        long fitting = maxHeapBytes / 4 / ((long) INDEXES_AT_ONCE * BYTES_PER_RECORD);
        return (int) Math.max(SHORTEST_RUN, Math.min(RUN_LENGTH, fitting));
    }

    /** Fills each phase's indexes from {@code primary}, phase after phase, and says when each phase has ended. */
    static void fill(TupleIndex primary, List<List<TupleIndex>> phases, int runLength, Consumer<String> progress) {
        for (List<TupleIndex> phase : phases) {
            long start = System.nanoTime();
            long tuples = fillAtOnce(primary, phase, runLength);
            progress.accept(String.format(Locale.ROOT, "indexes %s filled from %s: %,d tuples (%.1f s)",
                    phase.stream().map(TupleIndex::getName).collect(Collectors.joining(", ")), primary.getName(),
                    tuples, (System.nanoTime() - start) / 1e9));
        }
    }

    private static long fillAtOnce(TupleIndex primary, List<TupleIndex> indexes, int runLength) {
        List<TupleIndexRecord> trees = indexes.stream().map(SortedIndexing::recordsOf).toList();
        List<BlockingQueue<List<Tuple<NodeId>>>> queues = new ArrayList<>();
        List<Future<?>> writers = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(indexes.size(), task -> {
            Thread thread = new Thread(task, "normgraph-sorted-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < indexes.size(); i++) {
                TupleIndex index = indexes.get(i);
                TupleIndexRecord tree = trees.get(i);
                BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
                queues.add(queue);
                writers.add(threads.submit(() -> fillInSortedRuns(index, tree, queue, runLength)));
            }
            long tuples;
            try {
                tuples = readInChunks(primary, queues);
            } finally {
                for (BlockingQueue<List<Tuple<NodeId>>> queue : queues) {
                    put(queue, END);
                }
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            return tuples;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling the indexes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("cannot fill an index", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static long readInChunks(TupleIndex primary, List<BlockingQueue<List<Tuple<NodeId>>>> queues) {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, primary);
        CoLib.start(coordinator);
        Transaction read = coordinator.begin(TxnType.READ);
        try {
            long tuples = 0;
            List<Tuple<NodeId>> chunk = new ArrayList<>(CHUNK_LENGTH);
            for (Iterator<Tuple<NodeId>> all = primary.all(); all.hasNext(); tuples++) {
                chunk.add(all.next());
                if (chunk.size() == CHUNK_LENGTH) {
                    for (BlockingQueue<List<Tuple<NodeId>>> queue : queues) {
                        put(queue, chunk);
                    }
                    chunk = new ArrayList<>(CHUNK_LENGTH);
                }
            }
            if (!chunk.isEmpty()) {
                for (BlockingQueue<List<Tuple<NodeId>>> queue : queues) {
                    put(queue, chunk);
                }
            }
            return tuples;
        } finally {
            read.end();
            CoLib.finish(coordinator);
        }
    }

    /**
     * Takes chunks until the end, in one write transaction; a failure aborts it and still takes the rest, so that
     * the reader is never left waiting on a full queue.
     */
    private static Void fillInSortedRuns(TupleIndex index, TupleIndexRecord records,
            BlockingQueue<List<Tuple<NodeId>>> chunks, int runLength) throws InterruptedException {
        RangeIndex tree = records.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        TupleMap order = records.getMapping();
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, index);
        CoLib.start(coordinator);
        Transaction write = coordinator.begin(TxnType.WRITE);
        boolean finished = false;
        try {
            List<Record> run = new ArrayList<>();
            for (List<Tuple<NodeId>> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                for (Tuple<NodeId> tuple : chunk) {
                    run.add(TupleLib.record(factory, tuple, order));
                }
                if (run.size() >= runLength) {
                    insertSorted(tree, run);
                    run = new ArrayList<>();
                }
            }
            finished = true;
            insertSorted(tree, run);
            write.commit();
            return null;
        } catch (RuntimeException | Error e) {
            write.abort();
            if (!finished) {
                while (chunks.take() != END) {
                    // the reader goes on until the end of the primary
                }
            }
            throw e;
        } finally {
            write.end();
            CoLib.finish(coordinator);
        }
    }

    private static void insertSorted(RangeIndex tree, List<Record> run) {
        run.sort(Record::compareByKey);
        for (Record record : run) {
            tree.insert(record);
        }
    }

    private static TupleIndexRecord recordsOf(TupleIndex index) {
        if (index.baseTupleIndex() instanceof TupleIndexRecord records) {
            return records;
        }
        throw new IllegalStateException("index " + index.getName() + " is not a B+tree of records: "
                + index.baseTupleIndex().getClass().getName());
    }

    private static void put(BlockingQueue<List<Tuple<NodeId>>> queue, List<Tuple<NodeId>> chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling the indexes", e);
        }
    }
}
