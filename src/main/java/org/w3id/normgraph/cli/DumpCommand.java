package org.w3id.normgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.NQuadsDump;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the whole database as N-Quads sorted by line (gzipped when FILE ends in .nq.gz), with"
                + " FILE.sha256 beside it. The same database always gives the same bytes.")
final class DumpCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "FILE.nq or FILE.nq.gz")
    Path file;

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        Dataset dataset = GraphDatabase.open(database);
        try {
            NQuadsDump.Written dump = NQuadsDump.write(dataset.asDatasetGraph(), file);
            System.err.printf("normgraph: wrote %d quads to %s (%d bytes, SHA-256 %s)%n", dump.quads(),
                    dump.file(), dump.bytes(), dump.sha256());
        } finally {
            GraphDatabase.close(dataset);
        }
        return 0;
    }
}
