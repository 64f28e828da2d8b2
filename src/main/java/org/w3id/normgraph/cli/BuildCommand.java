package org.w3id.normgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads the corpus, extracts the graph, validates it against ontology/shapes.ttl and stores it"
                + " in a TDB2 database. A failed build leaves the existing database untouched.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--corpus", description = "corpus folder holding manifest.ttl (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("corpus");

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        build(corpus, database);
        return 0;
    }

    static void build(Path corpus, Path database) {
        long start = System.nanoTime();
        long quads = GraphBuild.intoDatabase(corpus, database, message -> System.err.println("normgraph: " + message));
        System.err.printf("normgraph: stored %d quads in %s (%.1f s)%n", quads, database.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9);
    }
}
