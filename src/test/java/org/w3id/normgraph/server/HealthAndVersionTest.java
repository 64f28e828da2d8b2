package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.server.limits.ServedVersion;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The health and readiness checks as a load balancer asks them, and the version header: {@code /healthz} is 200
 * from the moment the server listens, {@code /readyz} and every other request 503 until the version served has
 * been checked, then 200 with the version's id; the id is the beginning of the SHA-256 of the dump that the server
 * sends, the same on a second server of the same graph, another after a switch to a changed graph; and every
 * answer (SPARQL, pages, linked data, the dump, the exports, a 404) names the version it comes from.
 */
class HealthAndVersionTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path workspace;

    @Test
    void notReadyUntilTheVersionIsCheckedThenEveryAnswerNamesIt() throws Exception {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        List<Runnable> held = new ArrayList<>();
        NormgraphServer.Running running = NormgraphServer.listen(Path.of("fuseki-config", "normgraph.ttl"), database,
                NormgraphServer.ALL_INTERFACES, ServedCorpus.freePort(), UnaryOperator.identity(), held::add);
        NormgraphServer.Running second = null;
        try {
            assertEquals(200, get(running, "/healthz").statusCode());
            HttpResponse<String> starting = get(running, "/readyz");
            assertEquals(503, starting.statusCode());
            assertEquals("{\"status\":\"starting\"}", starting.body().strip());
            assertEquals(Optional.empty(), starting.headers().firstValue(ServedVersion.HEADER));
            HttpResponse<String> early = get(running, sparql(COUNT));
            assertEquals(503, early.statusCode(), early.body());
            assertEquals(Optional.of("1"), early.headers().firstValue("Retry-After"));
            assertEquals(1, held.size());

            long start = System.nanoTime();
            held.get(0).run();
            String id = running.awaitReady();
            System.out.printf("the version of the corpus checked in %d ms: %s%n",
                    (System.nanoTime() - start) / 1_000_000, id);
            assertEquals(ServedVersion.ID_LENGTH, id.length());
            assertEquals(id, sha256(getBytes(running, "/dump/normgraph.nq.gz")).substring(0, ServedVersion.ID_LENGTH));
            assertReady(running, id);
            for (String path : List.of(sparql(COUNT), "/", "/query", "/id/state/CHN", "/ontology",
                    "/.well-known/void", "/dump/normgraph.nq.gz.sha256", "/export/", "/id/state/NOWHERE")) {
                HttpResponse<String> answer = get(running, path);
                assertEquals(Optional.of(id), answer.headers().firstValue(ServedVersion.HEADER),
                        path + " answered " + answer.statusCode());
            }
            String export = get(running, "/export/").body().lines().findFirst().orElseThrow();
            assertEquals(Optional.of(id), get(running, export).headers().firstValue(ServedVersion.HEADER), export);
            HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(URI.create(url(running,
                    "/normgraph/sparql"))).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, posted.statusCode(), posted.body());
            assertEquals(Optional.of(id), posted.headers().firstValue(ServedVersion.HEADER));

            second = ServedCorpus.serveCopy(database, workspace, UnaryOperator.identity());
            assertEquals(id, second.versionId(), "the same graph, copied to another server");

            GraphDatabase.replace(database, BuildChild.generated(50, "wordnew"));
            assertTrue(running.reload());
            String changed = running.versionId();
            assertNotEquals(id, changed);
            assertEquals(changed, sha256(getBytes(running, "/dump/normgraph.nq.gz")).substring(0,
                    ServedVersion.ID_LENGTH));
            assertReady(running, changed);
            HttpResponse<String> count = get(running, sparql(COUNT));
            assertEquals(Optional.of(changed), count.headers().firstValue(ServedVersion.HEADER));
            assertTrue(count.body().contains(">100<"), count.body());
        } finally {
            if (second != null) {
                second.shutdown();
            }
            running.shutdown();
        }
    }

    private static void assertReady(NormgraphServer.Running running, String id) throws Exception {
        HttpResponse<String> ready = get(running, "/readyz");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"ready\",\"version\":\"" + id + "\"}", ready.body().strip());
        assertEquals(Optional.of(id), ready.headers().firstValue(ServedVersion.HEADER));
        assertEquals("ready", get(running, "/$/ready").body().strip());
    }

    private static String sparql(String query) {
        return "/normgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String url(NormgraphServer.Running running, String path) {
        return "http://localhost:" + running.port() + path;
    }

    private static HttpResponse<String> get(NormgraphServer.Running running, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url(running, path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] getBytes(NormgraphServer.Running running, String path) throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url(running, path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
