package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * {@code query} in a user's situations that are not faults of normgraph: the database held by a running server, a
 * SERVICE clause on a machine that calls no other host. Each is one line that says how to go on.
 */
class QueryCommandTest {

    @TempDir
    Path workspace;

    @Test
    void aQueryOfADatabaseThatARunningServerHoldsSaysToAskTheServer() throws Exception {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, BuildChild.generated(2, "held"));
        Path query = Files.writeString(workspace.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NormgraphServer.Running server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                "127.0.0.1", port, limits -> limits);
        try (NormgraphProcess process = NormgraphProcess.start(List.of(), "query", query.toString(), "--db",
                database.toString())) {
            assertEquals(1, process.exitStatus(60), process.output().toString());
            List<String> said = process.output().stream().filter(l -> l.startsWith("normgraph: ")).toList();
            assertEquals(1, said.size(), process.output().toString());
            assertTrue(said.get(0).startsWith("normgraph: the database at " + database + " is held by another process,"
                    + " a running `serve` most likely; ask that server instead"), String.join("\n", process.output()));
            assertTrue(process.output().stream().noneMatch(l -> l.contains("fault of normgraph")));
        } finally {
            server.server().stop();
        }
    }

    @Test
    void aServiceClauseIsRefusedOfflineWithTheFlagThatAllowsIt() throws Exception {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, BuildChild.generated(2, "offline"));
        Path query = Files.writeString(workspace.resolve("service.rq"),
                "SELECT ?item { SERVICE <https://query.wikidata.org/sparql> { ?item ?p ?o } } LIMIT 1");
        StringWriter err = new StringWriter();
        int status = CommandLineAccess.execute(new PrintWriter(err, true), "query", query.toString(), "--db",
                database.toString());
        assertEquals(1, status);
        assertEquals("normgraph: " + query + ": SERVICE https://query.wikidata.org/sparql refused: this server calls"
                + " no other endpoint; `query --allow-service ENDPOINT` lets it call an endpoint (see --help)",
                err.toString().strip());
    }
}
