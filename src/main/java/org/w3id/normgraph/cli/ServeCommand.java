package org.w3id.normgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.server.ServerLimits;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the graph read-only with embedded Fuseki (SPARQL at /normgraph/sparql), building it"
                + " first if there is no database yet. The limits (timeout, answer size, concurrent queries,"
                + " request size, SERVICE hosts, CORS) are read from the configuration and printed at start.")
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

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "query timeout in seconds (default: the"
            + " configuration's arq:queryTimeout, 30 s)")
    Integer timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "HOST", arity = "1..*", description = "hosts that SERVICE"
            + " clauses may call (default: none, SERVICE is refused)")
    List<String> allowedServiceHosts = new ArrayList<>();

    @Option(names = "--cors", paramLabel = "true|false", arity = "1", description = "let pages of other sites query"
            + " (Access-Control-Allow-Origin: *) (default: the configuration's ngs:cors, true)")
    Boolean cors;

    @Override
    public Integer call() {
        if (!GraphDatabase.exists(database)) {
            BuildCommand.build(corpus, database);
        }
        UnaryOperator<ServerLimits> flags = limits -> {
            ServerLimits l = limits;
            if (timeoutSeconds != null) {
                l = l.withTimeoutSeconds(timeoutSeconds);
            }
            if (!allowedServiceHosts.isEmpty()) {
                l = l.withAllowedServiceHosts(allowedServiceHosts);
            }
            if (cors != null) {
                l = l.withCors(cors);
            }
            return l;
        };
        NormgraphServer.Running running = NormgraphServer.start(config, database, port, flags);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("normgraph: stopping; running queries get "
                    + running.limits().gracePeriodSeconds() + " s to finish");
            boolean drained = running.shutdown();
            System.err.println("normgraph: stopped" + (drained ? "" : " (some requests were cut off)"));
        }, "normgraph-shutdown"));
        for (String line : running.limits().describe()) {
            System.err.println("normgraph: " + line);
        }
        System.err.printf("normgraph: SPARQL endpoint at http://localhost:%d/%s/sparql%n", running.port(),
                NormgraphServer.DATASET);
        running.server().join();
        return 0;
    }
}
