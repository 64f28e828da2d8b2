package org.w3id.normgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the graph read-only with embedded Fuseki (SPARQL at /normgraph/sparql), building it"
                + " first if there is no database yet.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Option(names = "--corpus", description = "corpus folder, used when the database must be built (default:"
            + " ${DEFAULT-VALUE})")
    Path corpus = Path.of("corpus");

    @Option(names = "--config", description = "Fuseki configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("fuseki-config", "normgraph.ttl");

    @Override
    public Integer call() {
        if (!GraphDatabase.exists(database)) {
            BuildCommand.build(corpus, database);
        }
        FusekiServer server = NormgraphServer.start(config, database, port);
        System.err.printf("normgraph: SPARQL endpoint at http://localhost:%d/%s/sparql%n", server.getPort(),
                NormgraphServer.DATASET);
        server.join();
        return 0;
    }
}
