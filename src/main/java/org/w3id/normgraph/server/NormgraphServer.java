package org.w3id.normgraph.server;

import org.w3id.normgraph.store.TextIndex;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The embedded Fuseki server, configured from {@code fuseki-config/normgraph.ttl} with the database location
 * replaced by the one given. SPARQL is at {@code /normgraph/sparql}; nothing can be updated. As linked data, every
 * {@code https://w3id.org/normgraph/id/…} IRI is served at {@code /id/…} and the ontology at {@code /ontology}
 * (HTML, Turtle, JSON-LD, N-Triples by content negotiation or {@code ?format=}), the VoID and DCAT description at
 * {@code /.well-known/void} and the sorted N-Quads dump at {@code /dump/normgraph.nq.gz}.
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

    public static FusekiServer start(Path config, Path database, int port) {
        Model model = RDFDataMgr.loadModel(config.toAbsolutePath().toString());
        Property location = model.createProperty(TDB2_NS, "location");
        for (Statement s : model.listStatements(null, location, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            s.changeObject(database.toAbsolutePath().toString());
        }
        Property textDirectory = model.createProperty(TEXT_NS, "directory");
        for (Statement s : model.listStatements(null, textDirectory, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            s.changeObject(model.createResource(database.toAbsolutePath().resolve(TextIndex.FOLDER).toUri().toString()));
        }
        ServedDump dump = new ServedDump();
        FusekiServer.Builder builder = FusekiServer.create().port(port).parseConfig(model).enablePing(true)
                .addServlet("/id/*", new ResourceServlet())
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/.well-known/void", new DatasetDescriptionServlet(dump))
                .addServlet("/dataset", new DatasetDescriptionServlet(dump))
                .addServlet(DumpServlet.PATH + "*", new DumpServlet(dump))
                .addServlet(ExportServlet.PATH + "*", new ExportServlet());
        return Site.addTo(builder, dump).build().start();
    }
}
