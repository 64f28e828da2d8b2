package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.ServerLimits;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.commons.io.file.PathUtils;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The bundled corpus built into a database under {@code workspace} and served with the project's Fuseki
 * configuration on a free port, as {@code normgraph serve} would serve it.
 */
public final class ServedCorpus implements AutoCloseable {

    private final FusekiServer server;
    private final SPARQLRepository repository;

    private ServedCorpus(FusekiServer server) {
        this.server = server;
        this.repository = new SPARQLRepository(url("/normgraph/sparql"));
        repository.init();
    }

    /** RDF4J's client of the SPARQL endpoint, an implementation independent of the Jena that serves it. */
    SPARQLRepository repository() {
        return repository;
    }

    static ServedCorpus start(Path workspace) throws IOException {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        return new ServedCorpus(NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                freePort()));
    }

    /**
     * Another server, with other limits, on a copy of the version of {@code database} in use (Lucene lets one
     * server at a time open a text index), in a new folder under {@code workspace}.
     */
    public static NormgraphServer.Running serveCopy(Path database, Path workspace, UnaryOperator<ServerLimits> overrides)
            throws IOException {
        Path copy = Files.createTempDirectory(workspace, "copy").resolve("tdb2");
        PathUtils.copyDirectory(GraphDatabase.served(database), copy);
        Files.deleteIfExists(copy.resolve("text-index").resolve("write.lock"));
        return NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), copy, freePort(), overrides);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The dataset that the server answers queries from. */
    DatasetGraph dataset() {
        return server.getDataAccessPointRegistry().get("/" + NormgraphServer.DATASET).getDataService().getDataset();
    }

    String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    @Override
    public void close() {
        repository.shutDown();
        server.stop();
    }
}
