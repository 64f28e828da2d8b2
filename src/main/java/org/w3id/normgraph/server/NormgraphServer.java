package org.w3id.normgraph.server;

import org.w3id.normgraph.server.data.ServedData;
import org.w3id.normgraph.server.data.DumpServlet;
import org.w3id.normgraph.server.data.ExportServlet;
import org.w3id.normgraph.server.data.HttpCaching;
import org.w3id.normgraph.server.data.ServedDump;
import org.w3id.normgraph.server.data.VersionLabel;
import org.w3id.normgraph.server.limits.AnswerCache;
import org.w3id.normgraph.server.limits.BoundedFunctions;
import org.w3id.normgraph.server.limits.HttpHygiene;
import org.w3id.normgraph.server.limits.JsonResultsWriter;
import org.w3id.normgraph.server.limits.LimitedQueryProcessor;
import org.w3id.normgraph.server.limits.OutboundServices;
import org.w3id.normgraph.server.limits.QueryGate;
import org.w3id.normgraph.server.limits.ServedVersion;
import org.w3id.normgraph.server.limits.ServerLimits;
import org.w3id.normgraph.server.limits.StackTraceBudget;
import org.w3id.normgraph.server.site.DatasetDescriptionServlet;
import org.w3id.normgraph.server.site.ExportsIndexServlet;
import org.w3id.normgraph.server.site.OntologyServlet;
import org.w3id.normgraph.server.site.ResourceServlet;
import org.w3id.normgraph.server.site.Site;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.TextIndex;

/**
 * The embedded Fuseki server, configured from {@code fuseki-config/normgraph.ttl} with the database location
 * replaced by the version in use of the one given. SPARQL is at {@code /normgraph/sparql}; nothing can be updated.
 * As linked data, every {@code https://w3id.org/normgraph/id/…} IRI is served at {@code /id/…} and the ontology at
 * {@code /ontology} (HTML, Turtle, JSON-LD, N-Triples by content negotiation or {@code ?format=}), the VoID and
 * DCAT description at {@code /.well-known/void} and the sorted N-Quads dump at {@code /dump/normgraph.nq.gz}.
 * Every request passes {@link HttpHygiene} (methods, sizes, security headers, CORS, readiness, the log line) and
 * queries also {@link QueryGate} (admission, hard time wall, abandoned queries); answers are computed whole and
 * capped by {@link LimitedQueryProcessor}; {@code SERVICE} calls go only to the hosts the {@link ServerLimits}
 * allow. Every answer says which version of the database it comes from ({@link ServedVersion}); {@code /readyz}
 * says 503 until the version has been checked ({@link VersionLabel#check}); GET answers carry an {@code ETag} of
 * the version and the request, and a matching {@code If-None-Match} gets 304 ({@link HttpCaching}).
 * {@link Running#reload()} switches to a version that a build put in use meanwhile.
 *
 * <pre>{@code
 * FusekiServer server = NormgraphServer.start(Path.of("fuseki-config/normgraph.ttl"), Path.of("var/tdb2"), 3030);
 * }</pre>
 */
public final class NormgraphServer {

    public static final String DATASET = ServedData.DATASET;
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT_NS = "http://jena.apache.org/text#";
    private static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";
    /** The host that listens on every interface. */
    public static final String ALL_INTERFACES = "0.0.0.0";
    /**
     * Jetty threads that queries never take (its acceptor and selectors among them). Few on purpose: a client that
     * is refused and sends again at once keeps every thread it can find busy with refusals, and 48 more threads
     * took the server under 64 such clients from 640 to 1,000 MiB resident; 8 keep health checks and pages under
     * 0.8 s beside 40 queries (HostileQueriesTest, ServeUnderLoadTest).
     */
    static final int THREADS_FOR_THE_REST = 8;
    /**
     * Jetty's buffer for each response that is being written, taken from its pool of direct memory. Fuseki asks
     * for 5 MiB so that an error can still replace an answer being written; answers here are computed whole before
     * a byte is sent, so Jetty's own default is enough, and 64 clients no longer hold 64 × 5 MiB outside the heap
     * (ServeUnderLoadTest: 917 MiB resident at most, 1,028 MiB once in CI, before).
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger("normgraph.server");

    private NormgraphServer() {
    }

    /** The server with the limits of {@code config}. */
    public static FusekiServer start(Path config, Path database, int port) {
        return start(config, database, port, UnaryOperator.identity()).server();
    }

    /**
     * The server with the limits of {@code config}, as {@code overrides} (serve's flags) change them, on every
     * interface of the machine.
     */
    public static Running start(Path config, Path database, int port, UnaryOperator<ServerLimits> overrides) {
        return start(config, database, ALL_INTERFACES, port, overrides);
    }

    /**
     * As {@link #start(Path, Path, int, UnaryOperator)}, listening on the address {@code host} only
     * ({@value #ALL_INTERFACES} for every interface).
     */
    public static Running start(Path config, Path database, String host, int port,
            UnaryOperator<ServerLimits> overrides) {
        Running running = listen(config, database, host, port, overrides, NormgraphServer::checkInBackground);
        try {
            running.awaitReady();
        } catch (RuntimeException e) {
            running.server().stop();
            Running.closeQuietly(running.inUse);
            throw e;
        }
        return running;
    }

    private static void checkInBackground(Runnable check) {
        Thread thread = new Thread(check, "normgraph-version-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * As {@link #start(Path, Path, String, int, UnaryOperator)}, but returns as soon as the server listens: the
     * version is checked by {@code checks}, and until it is, {@code /readyz} and every request but the health
     * checks get 503.
     */
    static Running listen(Path config, Path database, String host, int port, UnaryOperator<ServerLimits> overrides,
            Executor checks) {
        Model model = RDFDataMgr.loadModel(config.toAbsolutePath().toString());
        ServerLimits limits = overrides.apply(ServerLimits.fromConfig(model));
        JsonResultsWriter.install();
        StackTraceBudget.install();
        limits.writeArqTimeout(model);
        Path version = GraphDatabase.served(database);
        AutoCloseable inUse = GraphDatabase.holdInUse(version);
        ServedDump dump = new ServedDump();
        HttpHygiene hygiene = new HttpHygiene(limits);
        AnswerCache answers = new AnswerCache("/" + DATASET, limits.answerCacheBytes());
        FusekiServer.Builder builder = FusekiServer.create().port(port).parseConfig(located(model, version))
                .enablePing(true)
                .numServerThreads(1, serverThreads(limits))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryProcessor(limits))
                .addFilter("/*", hygiene)
                .addFilter("/*", new HttpCaching());
        if (limits.answerCacheBytes() > 0) {
            builder.addFilter("/*", answers);
        }
        // After the answer cache, so that a kept answer keeps the version it came from.
        builder.addFilter("/*", new VersionLabel());
        QueryGate gate = new QueryGate(limits, "/" + DATASET);
        hygiene.reportJammed(gate::jammed);
        builder.addFilter("/*", gate)
                .addServlet("/id/*", new ResourceServlet())
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/.well-known/void", new DatasetDescriptionServlet(dump))
                .addServlet("/dataset", new DatasetDescriptionServlet(dump))
                .addServlet(DumpServlet.PATH + "*", new DumpServlet(dump))
                .addServlet(ExportServlet.PATH + "*", new ExportServlet())
                .addServlet(ExportServlet.PATH, new ExportsIndexServlet());
        FusekiServer server = Site.addTo(builder, dump, limits.allowedServiceHosts()).build();
        hygiene.guard(server);
        hygiene.probes().reportVersion(() -> ServedVersion.of(ServedData.of(server.getServletContext())));
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
            if (!host.equals(ALL_INTERFACES) && connector instanceof ServerConnector listening) {
                listening.setHost(host);
            }
        }
        server.getDataAccessPointRegistry().accessPoints().forEach(access -> guard(
                access.getDataService().getDataset().getContext(), limits));
        server.start();
        CompletableFuture<String> checked = CompletableFuture.supplyAsync(
                () -> VersionLabel.check(ServedData.of(server.getServletContext()), dump), checks);
        return new Running(server, limits, hygiene, answers, dump, model, database, version, inUse, checked);
    }

    /** What every query of a dataset with {@code context} may do: call out, match and build strings. */
    private static void guard(Context context, ServerLimits limits) {
        OutboundServices.install(context, limits.allowedServiceHosts());
        BoundedFunctions.install(context);
    }

    /**
     * Jetty's threads: every query that runs or waits for a turn holds one, so there are as many as the gate lets
     * hold, and {@value #THREADS_FOR_THE_REST} more that health checks, pages, cached answers and refusals always
     * find free.
     */
    static int serverThreads(ServerLimits limits) {
        return limits.maxConcurrentQueries() + limits.maxQueuedQueries() + THREADS_FOR_THE_REST;
    }

    /** The configuration with the database and the text index located in {@code version}. */
    private static Model located(Model config, Path version) {
        Model model = ModelFactory.createDefaultModel().add(config);
        model.setNsPrefixes(config.getNsPrefixMap());
        Property location = model.createProperty(TDB2_NS, "location");
        for (Statement s : model.listStatements(null, location, (RDFNode) null).toList()) {
            s.changeObject(version.toString());
        }
        Property textDirectory = model.createProperty(TEXT_NS, "directory");
        for (Statement s : model.listStatements(null, textDirectory, (RDFNode) null).toList()) {
            s.changeObject(model.createResource(version.resolve(TextIndex.FOLDER).toUri().toString()));
        }
        return model;
    }

    /** A running server and what it needs to switch versions and to stop gently. */
    public static final class Running {

        private final FusekiServer server;
        private final ServerLimits limits;
        private final HttpHygiene hygiene;
        private final AnswerCache answers;
        private final ServedDump dump;
        private final Model config;
        private final Path database;
        private Path version;
        private AutoCloseable inUse;
        private final CompletableFuture<String> checked;

        Running(FusekiServer server, ServerLimits limits, HttpHygiene hygiene, AnswerCache answers, ServedDump dump,
                Model config, Path database, Path version, AutoCloseable inUse, CompletableFuture<String> checked) {
            this.server = server;
            this.limits = limits;
            this.hygiene = hygiene;
            this.answers = answers;
            this.dump = dump;
            this.config = config;
            this.database = database;
            this.version = version;
            this.inUse = inUse;
            this.checked = checked;
        }

        /**
         * Waits until the version first served has been checked, and returns its id; throws what the check threw.
         */
        public String awaitReady() {
            try {
                return checked.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        /** The id of the version served now, or null while it is being checked. */
        public String versionId() {
            return ServedVersion.of(ServedData.of(server.getServletContext()));
        }

        public FusekiServer server() {
            return server;
        }

        public ServerLimits limits() {
            return limits;
        }

        AnswerCache answers() {
            return answers;
        }

        public int port() {
            return server.getPort();
        }

        /** The version folder being served. */
        public synchronized Path version() {
            return version;
        }

        /**
         * Switches to the version that the database's {@code current} link names, if it is not the one served:
         * opens it, checks it as the first one was (a query, and its id from its dump; a version that fails the
         * check is closed and the old one stays), sends every new request to it, lets the requests already running
         * finish on the old one (within the timeout and grace period), then closes the old one. Store and text
         * index change together. Returns true if it switched.
         */
        public synchronized boolean reload() {
            Path next = GraphDatabase.served(database);
            if (next.equals(version) || !GraphDatabase.exists(database)) {
                return false;
            }
            AutoCloseable nextInUse = GraphDatabase.holdInUse(next);
            Model model = located(config, next);
            Resource service = model.listSubjectsWithProperty(model.createProperty(FUSEKI_NS, "name"), DATASET)
                    .next();
            Resource datasetDescription = service.getPropertyResourceValue(model.createProperty(FUSEKI_NS,
                    "dataset"));
            DatasetGraph fresh = DatasetFactory.assemble(datasetDescription).asDatasetGraph();
            guard(fresh.getContext(), limits);
            String id;
            try {
                id = VersionLabel.check(fresh, dump);
            } catch (RuntimeException e) {
                GraphDatabase.close(DatasetFactory.wrap(fresh));
                closeQuietly(nextInUse);
                throw e;
            }
            DataAccessPointRegistry registry = server.getDataAccessPointRegistry();
            DataAccessPoint old = registry.get("/" + DATASET);
            DataService service2 = DataService.newBuilder(old.getDataService()).dataset(fresh).build();
            service2.setEndpointProcessors(server.getOperationRegistry());
            service2.goActive();
            registry.put(old.getName(), new DataAccessPoint(old.getName(), service2));
            // After the switch: an answer computed on the old version and kept after this is never kept.
            answers.invalidate();
            boolean drained = hygiene.awaitEarlierRequests(TimeUnit.SECONDS.toNanos(limits.timeoutSeconds()
                    + QueryGate.HARD_WALL_EXTRA_SECONDS + limits.gracePeriodSeconds()));
            DatasetGraph retired = old.getDataService().getDataset();
            old.getDataService().goOffline();
            GraphDatabase.close(DatasetFactory.wrap(retired));
            closeQuietly(inUse);
            LOG.info("now serving {}, version {} (was {}){}", next.getFileName(), id, version.getFileName(),
                    drained ? "" : "; some requests on the old version were still running");
            version = next;
            inUse = nextInUse;
            return true;
        }

        /**
         * Turns new requests away, lets running ones finish within the grace period, then stops; true if every
         * running request ended in time.
         */
        public boolean shutdown() {
            boolean drained = hygiene.drain(limits.gracePeriodSeconds());
            server.stop();
            synchronized (this) {
                closeQuietly(inUse);
            }
            return drained;
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("cannot let go of a database version: {}", e.getMessage());
            }
        }
    }
}
