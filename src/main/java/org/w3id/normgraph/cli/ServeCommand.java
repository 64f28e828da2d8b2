package org.w3id.normgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.w3id.normgraph.reader.CorpusFolder;
import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.server.PublishedVersionTaker;
import org.w3id.normgraph.server.limits.ServerLimits;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the graph read-only with embedded Fuseki (SPARQL at /normgraph/sparql), building it"
                + " first if there is no database yet. The limits (timeout, answer size, concurrent queries,"
                + " request size, SERVICE hosts, CORS) are read from the configuration and printed at start.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Option(names = "--host", description = "address to listen on: the loopback interface, where a reverse proxy or"
            + " this machine's browser reaches it, or 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Option(names = "--corpus", description = "corpus folder, used when the database must be built (default:"
            + " ${DEFAULT-VALUE})")
    Path corpus = Path.of("corpus");

    @Option(names = "--max-source-bytes", paramLabel = "BYTES", description = "largest source file that the"
            + " manifest may name, when the database must be built (default: ${DEFAULT-VALUE}, 256 MiB)")
    long maxSourceBytes = CorpusFolder.DEFAULT_MAX_SOURCE_BYTES;

    @Option(names = "--config", description = "Fuseki configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("fuseki-config", "normgraph.ttl");

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "query timeout in seconds (default: the"
            + " configuration's arq:queryTimeout, 30 s)")
    Integer timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "ENDPOINT", arity = "1..*", description = "endpoints that"
            + " SERVICE clauses may call, each HOST (http on 80, https on 443), HOST:PORT or SCHEME://HOST[:PORT];"
            + " no redirect is followed (default: none, SERVICE is refused)")
    List<String> allowedServiceHosts = new ArrayList<>();

    @Option(names = "--cors", paramLabel = "true|false", arity = "1", description = "let pages of other sites query"
            + " (Access-Control-Allow-Origin: *) (default: the configuration's ngs:cors, true)")
    Boolean cors;

    @Option(names = "--answer-cache", paramLabel = "MIB", description = "MiB of answers to repeated GET queries"
            + " to keep until the version served changes; 0 keeps none (default: the configuration's"
            + " ngs:answerCacheBytes, 64 MiB)")
    Long answerCacheMebibytes;

    @Option(names = "--take-from", paramLabel = "DIR", description = "take each version that `publish DIR` names"
            + " latest: check its dump against its checksum, load it into --db and switch to it; a version that fails"
            + " the check is refused and the one in use stays")
    Path takeFrom;

    @Option(names = "--watch", description = "switch to a new version of the database as soon as `build` has put it"
            + " in use, without a restart; running queries finish on the old one")
    boolean watch;

    @Option(names = "--heap", paramLabel = "SIZE", description = "most memory the server's JVM may use for objects,"
            + " as for java -Xmx; serve restarts itself with it unless its JVM was started with -Xmx (default:"
            + " ${DEFAULT-VALUE})")
    String heap = "512m";

    @Spec
    CommandSpec spec;

    /** Set in the environment of the JVM that serve restarted with a bounded heap. */
    static final String RELAUNCHED = "NORMGRAPH_SERVE_RELAUNCHED";

    @Override
    public Integer call() throws IOException, InterruptedException {
        // System.exit runs the shutdown hook below: the server drains as it does on SIGTERM.
        ChildJvm.stopWithLauncher(RELAUNCHED, () -> {
            System.err.println("normgraph: the process that started this server has ended");
            System.exit(0);
        });
        if (!ChildJvm.heapIsBounded() && System.getenv(RELAUNCHED) == null) {
            return relaunchWithBoundedHeap();
        }
        if (!GraphDatabase.exists(database)) {
            BuildCommand.build(corpus, maxSourceBytes, database);
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
            if (answerCacheMebibytes != null) {
                l = l.withAnswerCacheBytes(answerCacheMebibytes << 20);
            }
            return l;
        };
        NormgraphServer.Running running = NormgraphServer.start(config, database, host, port, flags);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("normgraph: stopping; running queries get "
                    + running.limits().gracePeriodSeconds() + " s to finish");
            boolean drained = running.shutdown();
            System.err.println("normgraph: stopped" + (drained ? "" : " (some requests were cut off)"));
        }, "normgraph-shutdown"));
        for (String line : running.limits().describe()) {
            System.err.println("normgraph: " + line);
        }
        String site = "http://" + (host.equals(NormgraphServer.ALL_INTERFACES) ? "localhost" : hostInUrl(host)) + ":"
                + running.port() + "/";
        System.err.printf("normgraph: the site at %s, the SPARQL endpoint at %s%s/sparql%s%n", site, site,
                NormgraphServer.DATASET, host.equals(NormgraphServer.ALL_INTERFACES)
                        ? " (listening on every interface)" : "");
        if (watch) {
            Thread watcher = new Thread(() -> watchForNewVersions(running), "normgraph-watch");
            watcher.setDaemon(true);
            watcher.start();
            System.err.println("normgraph: watching " + database + " for new versions");
        }
        if (takeFrom != null) {
            PublishedVersionTaker taker = new PublishedVersionTaker(running, takeFrom, database,
                    message -> System.err.println("normgraph: " + message));
            Thread taking = new Thread(taker::run, "normgraph-take");
            taking.setDaemon(true);
            taking.start();
            System.err.println("normgraph: taking the versions published in " + takeFrom);
        }
        running.server().join();
        return 0;
    }

    private static String hostInUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void watchForNewVersions(NormgraphServer.Running running) {
        while (true) {
            try {
                Thread.sleep(1000);
                running.reload();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("normgraph: cannot switch to the new version, still serving "
                        + running.version() + ": " + e.getMessage());
            }
        }
    }

    /**
     * A JVM left to choose takes a quarter of the machine's memory for its heap and keeps what it took; so serve
     * runs the server in a child JVM with {@code -Xmx} set to {@code --heap}, and G1's periodic collection so that
     * memory goes back to the system when idle. SIGTERM to this process is passed on, and the child drains.
     */
    private int relaunchWithBoundedHeap() throws IOException, InterruptedException {
        System.err.println("normgraph: starting the server in a JVM with -Xmx" + heap);
        // the whole command line, "serve" included
        return ChildJvm.run(RELAUNCHED, List.of("-Xmx" + heap, "-XX:G1PeriodicGCInterval=15000"),
                System.getProperty("java.class.path"), spec.commandLine().getParseResult().originalArgs());
    }
}
