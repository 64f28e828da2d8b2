package org.w3id.normgraph.server.limits;

import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.server.ServedCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * Answers to repeated GET queries come from the answer cache, byte for byte the answer the query gave; what may
 * change from one asking to the next, errors, POSTs and answers too large for the cache are computed every time.
 * (That a switch of version empties it is shown by {@code RebuildWhileServingTest}.)
 */
public class AnswerCacheTest {

    private static final String STATES = read(Path.of("queries", "states-opposing-article-10-bis.rq"));

    @TempDir
    static Path workspace;

    private static Path database;
    private static NormgraphServer.Running server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws IOException {
        database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                ServedCorpus.freePort(), UnaryOperator.identity());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.server().stop();
        }
    }

    @Test
    void aQueryAskedAgainGetsTheSameBytesFromTheCache() throws Exception {
        for (String accept : new String[] {"application/sparql-results+json", "text/csv"}) {
            HttpResponse<byte[]> first = get(server, STATES, accept);
            HttpResponse<byte[]> again = get(server, STATES, accept);
            assertEquals(200, first.statusCode());
            assertEquals(Optional.of("MISS"), first.headers().firstValue(AnswerCache.HEADER), accept);
            assertEquals(Optional.of("HIT"), again.headers().firstValue(AnswerCache.HEADER), accept);
            assertEquals(new String(first.body(), StandardCharsets.UTF_8),
                    new String(again.body(), StandardCharsets.UTF_8));
            assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
            assertTrue(new String(again.body(), StandardCharsets.UTF_8).contains("/state/GEO"), accept);
        }
    }

    @Test
    void answersThatMayChangeErrorsAndPostsAreNeverServedFromTheCache() throws Exception {
        for (String query : new String[] {"SELECT (RAND() AS ?r) {}", "SELECT (NOW() AS ?t) {}",
                "SELECT (STRUUID() AS ?u) {}", "SELECT ?x { BIND(BNODE() AS ?x) }"}) {
            get(server, query, "application/sparql-results+json");
            HttpResponse<byte[]> again = get(server, query, "application/sparql-results+json");
            assertEquals(200, again.statusCode(), query);
            assertEquals(Optional.empty(), again.headers().firstValue(AnswerCache.HEADER), query);
        }
        String broken = "SELECT ?x { ?x ?y }";
        get(server, broken, "application/sparql-results+json");
        HttpResponse<byte[]> again = get(server, broken, "application/sparql-results+json");
        assertEquals(400, again.statusCode());
        assertFalse(again.headers().firstValue(AnswerCache.HEADER).orElse("").equals("HIT"));
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> posted = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.port() + "/normgraph/sparql")).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(STATES)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, posted.statusCode());
            assertEquals(Optional.empty(), posted.headers().firstValue(AnswerCache.HEADER));
        }
    }

    @Test
    void aCacheTooSmallForAnAnswerKeepsNoneAndOneOfSizeZeroIsOff() throws Exception {
        NormgraphServer.Running small = ServedCorpus.serveCopy(database, workspace, l -> l.withAnswerCacheBytes(8 << 10));
        NormgraphServer.Running off = ServedCorpus.serveCopy(database, workspace, l -> l.withAnswerCacheBytes(0));
        try {
            String everyState = "PREFIX ng: <https://w3id.org/normgraph/ontology#> SELECT ?s ?p ?o { ?s a ng:State ;"
                    + " ?p ?o }";
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> large = get(small, everyState, "application/sparql-results+json");
                assertEquals(200, large.statusCode());
                assertTrue(large.body().length > 8 << 10);
                assertEquals(Optional.of("MISS"), large.headers().firstValue(AnswerCache.HEADER));
                HttpResponse<byte[]> uncached = get(off, STATES, "application/sparql-results+json");
                assertEquals(200, uncached.statusCode());
                assertEquals(Optional.empty(), uncached.headers().firstValue(AnswerCache.HEADER));
            }
            assertTrue(off.limits().describe().contains("answers to repeated GET queries: not kept"));
        } finally {
            small.server().stop();
            off.server().stop();
        }
    }

    private static HttpResponse<byte[]> get(NormgraphServer.Running on, String query, String accept)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + on.port()
                + "/normgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
