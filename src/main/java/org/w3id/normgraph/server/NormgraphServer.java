package org.w3id.normgraph.server;

import org.w3id.normgraph.store.TextIndex;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The embedded Fuseki server, configured from {@code fuseki-config/normgraph.ttl} with the database location
 * replaced by the one given. SPARQL is at {@code /normgraph/sparql}; nothing can be updated. As linked data, every
 * {@code https://w3id.org/normgraph/id/…} IRI is served at {@code /id/…} and the ontology at {@code /ontology}
 * (HTML, Turtle, JSON-LD, N-Triples by content negotiation or {@code ?format=}), the VoID and DCAT description at
 * {@code /.well-known/void} and the sorted N-Quads dump at {@code /dump/normgraph.nq.gz}. Every request passes
 * {@link HttpHygiene} (methods, sizes, security headers, CORS, readiness, the log line) and queries also
 * {@link QueryGate} (admission, hard time wall, abandoned queries); answers are computed whole and capped by
 * {@link LimitedQueryProcessor}; {@code SERVICE} calls go only to the hosts the {@link ServerLimits} allow.
 *
 * <pre>{@code
 * FusekiServer server = NormgraphServer.start(Path.of("fuseki-config/normgraph.ttl"), Path.of("var/tdb2"), 3030);
 * }</pre>
 */
public final class NormgraphServer {

    public static final String DATASET = "normgraph";
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT_NS = "http://jena.apache.org/text#";

    private NormgraphServer() {
    }

    /** The server with the limits of {@code config}. */
    public static FusekiServer start(Path config, Path database, int port) {
        return start(config, database, port, UnaryOperator.identity()).server();
    }

    /** A running server and what it needs to stop gently. */
    public record Running(FusekiServer server, ServerLimits limits, HttpHygiene hygiene) {

        public int port() {
            return server.getPort();
        }

        /**
         * Turns new requests away, lets running ones finish within the grace period, then stops; true if every
         * running request ended in time.
         */
        public boolean shutdown() {
            boolean drained = hygiene.drain(limits.gracePeriodSeconds());
            server.stop();
            return drained;
        }
    }

    /** The server with the limits of {@code config}, as {@code overrides} (serve's flags) change them. */
    public static Running start(Path config, Path database, int port, UnaryOperator<ServerLimits> overrides) {
        Model model = RDFDataMgr.loadModel(config.toAbsolutePath().toString());
        ServerLimits limits = overrides.apply(ServerLimits.fromConfig(model));
        limits.writeArqTimeout(model);
        Property location = model.createProperty(TDB2_NS, "location");
        for (Statement s : model.listStatements(null, location, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            s.changeObject(database.toAbsolutePath().toString());
        }
        Property textDirectory = model.createProperty(TEXT_NS, "directory");
        for (Statement s : model.listStatements(null, textDirectory, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            s.changeObject(model.createResource(database.toAbsolutePath().resolve(TextIndex.FOLDER).toUri().toString()));
        }
        ServedDump dump = new ServedDump();
        HttpHygiene hygiene = new HttpHygiene(limits);
        FusekiServer server = FusekiServer.create().port(port).parseConfig(model).enablePing(true)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryProcessor(limits))
                .addFilter("/*", hygiene)
                .addFilter("/*", new QueryGate(limits, "/" + DATASET))
                .addServlet("/id/*", new ResourceServlet())
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/.well-known/void", new DatasetDescriptionServlet(dump))
                .addServlet("/dataset", new DatasetDescriptionServlet(dump))
                .addServlet(DumpServlet.PATH + "*", new DumpServlet(dump))
                .build();
        ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
        server.getDataAccessPointRegistry().accessPoints().forEach(access -> OutboundServices.install(
                access.getDataService().getDataset().getContext(), limits.allowedServiceHosts()));
        return new Running(server.start(), limits, hygiene);
    }
}
