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
 * replaced by the one given. SPARQL is at {@code /normgraph/sparql}; nothing can be updated.
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
        return FusekiServer.create().port(port).parseConfig(model).enablePing(true).build().start();
    }
}
