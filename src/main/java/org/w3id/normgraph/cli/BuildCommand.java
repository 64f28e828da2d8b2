package org.w3id.normgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.reader.CorpusFolder;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.StagedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads the corpus, extracts the graph, validates it against ontology/shapes.ttl and stores it"
                + " in a TDB2 database. A failed build leaves the existing database untouched.")
final class BuildCommand implements Callable<Integer> {

    /** Set in the environment of the JVM that build restarted in (with a bounded heap, or its class-data archive). */
    static final String RELAUNCHED = "NORMGRAPH_BUILD_RELAUNCHED";
    /** Source files past this size in all make build restart itself with a bounded heap (see {@link #heap}). */
    static final long LARGE_CORPUS_BYTES = 8L << 20;
    static final String DEFAULT_HEAP = "1g";
    static final String DEFAULT_CORPUS = "corpus";

    @Option(names = "--corpus", description = "corpus folder holding manifest.ttl (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of(DEFAULT_CORPUS);

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Option(names = "--max-source-bytes", paramLabel = "BYTES", description = "largest source file that the"
            + " manifest may name; a larger one stops the build before it is read (default: ${DEFAULT-VALUE},"
            + " 256 MiB)")
    long maxSourceBytes = CorpusFolder.DEFAULT_MAX_SOURCE_BYTES;

    @Option(names = "--strict", description = "stop, and put nothing in use, if a reader left a candidate unread"
            + " (a quotation with no known speaker, say); without it each is a warning with its file and line")
    boolean strict;

    @Option(names = "--heap", paramLabel = "SIZE", description = "most memory the build's JVM may use for objects,"
            + " as for java -Xmx, unless that JVM was started with -Xmx: the JVM that java -jar starts the build in,"
            + " or, run otherwise, the one build restarts itself in when the corpus's files pass 8 MiB (default:"
            + " ${DEFAULT-VALUE})")
    String heap = DEFAULT_HEAP;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ChildJvm.stopWithLauncher(RELAUNCHED, () -> stopAtOnce("the process that started this build has ended;"
                + " stopped without putting a new version in use"));
        boolean large = isLarge(corpus);
        if (large && !ChildJvm.heapIsBounded() && System.getenv(RELAUNCHED) == null) {
            return relaunchWithBoundedHeap();
        }
        if (large) {
            StagedStore.readFilesThroughCaches();
        }
        build(corpus, new GraphBuild.Options(maxSourceBytes, strict), database);
        return 0;
    }

    /**
     * Builds the corpus into the database. A thread of the build that dies of an exception that nobody waits for (the
     * store's loader threads run on their own) would leave the build waiting for it without end, so any such death
     * stops the build at once, in one line.
     */
    static void build(Path corpus, long maxSourceBytes, Path database) {
        build(corpus, new GraphBuild.Options(maxSourceBytes, false), database);
    }

    static void build(Path corpus, GraphBuild.Options options, Path database) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof ThreadDeath) {
                return;
            }
            stopAtOnce(NormgraphCommand.message(e));
        });
        try {
            long start = System.nanoTime();
            long quads = GraphBuild.intoDatabase(corpus, options, database,
                    message -> System.err.println("normgraph: " + message));
            System.err.printf("normgraph: stored %d quads in %s (%.1f s)%n", quads, database.toAbsolutePath(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /**
     * Ends this JVM now, as a kill would, without finishing the build: the version in use is switched in one
     * atomic step or not at all (see {@link GraphDatabase}), and the next build deletes the unfinished one.
     */
    private static void stopAtOnce(String message) {
        System.err.println("normgraph: " + message);
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    /** Whether the corpus's files pass {@link #LARGE_CORPUS_BYTES} in all. */
    static boolean isLarge(Path corpus) throws IOException {
        return sourceBytes(corpus) > LARGE_CORPUS_BYTES;
    }

    private static long sourceBytes(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(corpus)) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    /**
     * The build holds one document at a time (a few while extraction runs ahead), but a JVM left to choose takes
     * a quarter of the machine's memory for its heap and collects late: a build of 100 documents reached 5 GB
     * resident, against 1.6 GB with -Xmx1g. So a large corpus is built in a child JVM with a bounded heap; a small
     * one ends before that matters, and is not worth a second JVM start. (Started with java -jar and its archive,
     * the build already runs in a child JVM with its heap bounded: see {@link FastBuildStart}.)
     */
    private int relaunchWithBoundedHeap() throws IOException, InterruptedException {
        System.err.println("normgraph: building in a JVM with -Xmx" + heap + " (the corpus's files pass "
                + (LARGE_CORPUS_BYTES >> 20) + " MiB)");
        return ChildJvm.run(RELAUNCHED, List.of("-Xmx" + heap), System.getProperty("java.class.path"),
                spec.commandLine().getParseResult().originalArgs());
    }
}
