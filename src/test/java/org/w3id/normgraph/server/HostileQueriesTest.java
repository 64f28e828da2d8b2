package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.HttpHygiene;
import org.w3id.normgraph.server.limits.QueryGate;
import org.w3id.normgraph.server.limits.ServerLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

import com.sun.net.httpserver.HttpServer;

/**
 * Small requests that a hostile client sends to take the public endpoint down, each against the server with its
 * default limits but a short timeout: regular expressions over constants that never end, bursts of expensive
 * queries, SERVICE calls that a redirect would take elsewhere, a refusal repeated once per row, queries nested
 * thousands deep and strings doubled until the heap is gone.
 */
class HostileQueriesTest {

    private static final int TIMEOUT = 2;
    private static final String RUNAWAY_REGEX = "ASK { FILTER regex(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa" + "b".repeat(80)
            + "\", \"(.*a){29}\") }";
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";

    @TempDir
    static Path workspace;

    private static Path database;
    private static NormgraphServer.Running server;
    private static final ExecutorService POOL = Executors.newCachedThreadPool();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildAndServe() throws IOException {
        database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database, ServedCorpus.freePort(),
                l -> l.withTimeoutSeconds(TIMEOUT));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.server().stop();
        }
    }

    record Answer(int status, String body, HttpResponse<String> response, double seconds) {
    }

    static Answer get(NormgraphServer.Running on, String path) {
        return get(on, path, "application/sparql-results+json");
    }

    static Answer get(NormgraphServer.Running on, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + path))
                .header("Accept", accept));
    }

    static Answer post(NormgraphServer.Running on, String query) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + "/normgraph/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer query(NormgraphServer.Running on, String query) {
        return get(on, "/normgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @Test
    void sixteenConstantRegularExpressionsThatNeverEndLeaveTheServerAnsweringAndReady() throws Exception {
        assertEquals(200, query(server, "ASK { ?s ?p ?o }").status());
        List<CompletableFuture<Answer>> runaway = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            runaway.add(CompletableFuture.supplyAsync(() -> query(server, RUNAWAY_REGEX), POOL));
        }
        Thread.sleep(300);
        Answer ask = query(server, "ASK { ?s a <https://w3id.org/normgraph/ontology#State> }");
        System.out.printf("16 runaway constant regexes; an ASK meanwhile: %d in %.3f s%n", ask.status(), ask.seconds());
        assertEquals(200, ask.status(), ask.body());
        assertTrue(ask.body().contains("true"), ask.body());
        assertTrue(ask.seconds() < 1, "the ASK took " + ask.seconds() + " s");
        double slowest = 0;
        for (CompletableFuture<Answer> each : runaway) {
            Answer answer = each.get();
            assertEquals(503, answer.status(), answer.body());
            assertTrue(answer.seconds() <= TIMEOUT + 1, "a runaway regex took " + answer.seconds() + " s");
            slowest = Math.max(slowest, answer.seconds());
        }
        System.out.printf("each ended with 503, the last after %.2f s: %s", slowest, runaway.get(0).get().body());
        assertEquals(200, get(server, HttpHygiene.READY_PATH).status());
        assertEquals(200, query(server, "ASK { ?s ?p ?o }").status());
    }

    @Test
    void aRegularExpressionOverDataIsStoppedAtTheTimeout() throws Exception {
        Answer redos = query(server, "ASK { ?s <https://w3id.org/normgraph/ontology#text> ?t"
                + " FILTER regex(CONCAT(?t, \"" + "a".repeat(30) + "!\"), \"^(.*a){20}$\") }");
        System.out.printf("regex over data: %d after %.2f s%n", redos.status(), redos.seconds());
        assertEquals(503, redos.status(), redos.body());
        assertTrue(redos.seconds() < TIMEOUT + 1, "took " + redos.seconds() + " s");
    }

    @Test
    void aBurstOfExpensiveQueriesLeavesHealthChecksCachedAnswersAndPagesQuick() throws Exception {
        String cachedQuery = "/normgraph/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s a"
                + " <https://w3id.org/normgraph/ontology#State> }", StandardCharsets.UTF_8);
        assertEquals(200, get(server, cachedQuery).status());
        // Warm: what is measured is a running server under a burst, not the first rendering of a page.
        for (int i = 0; i < 3; i++) {
            get(server, "/id/state/RUS", "text/html");
            get(server, cachedQuery);
            get(server, "/$/ping");
        }
        List<CompletableFuture<Object>> burst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return query(server, EXPENSIVE);
                } catch (RuntimeException e) {
                    return e;
                }
            }, POOL));
        }
        AtomicBoolean over = new AtomicBoolean();
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> over.set(true));
        double slowest = 0;
        int probes = 0;
        while (!over.get()) {
            for (String path : List.of("/$/ping", cachedQuery, "/id/state/RUS")) {
                Answer probe = path.startsWith("/id/") ? get(server, path, "text/html") : get(server, path);
                assertEquals(200, probe.status(), path + ": " + probe.body());
                slowest = Math.max(slowest, probe.seconds());
                probes++;
            }
            Thread.sleep(100);
        }
        int refused = 0;
        int timedOut = 0;
        for (CompletableFuture<Object> each : burst) {
            Object result = each.get();
            assertTrue(result instanceof Answer, "a query of the burst got no response: " + result);
            Answer answer = (Answer) result;
            assertEquals(503, answer.status(), answer.body());
            if (answer.body().startsWith("Busy")) {
                refused++;
                assertTrue(answer.response().headers().firstValue("Retry-After").isPresent());
            } else {
                timedOut++;
            }
        }
        System.out.printf("60 expensive queries at once: %d timed out, %d turned away; %d probes meanwhile, the"
                + " slowest %.3f s%n", timedOut, refused, probes, slowest);
        assertTrue(refused >= 60 - ServerLimits.DEFAULTS.maxConcurrentQueries()
                - ServerLimits.DEFAULTS.maxQueuedQueries(), refused + " turned away");
        assertTrue(slowest < 1, "a probe took " + slowest + " s");
    }

    /** A function that never returns and ignores every abort: what no query of ARQ's own functions can do now. */
    public static final class SpinForever extends FunctionBase0 {
        @Override
        public NodeValue exec() {
            long spins = 0;
            while (spins >= 0) {
                spins++;
            }
            return NodeValue.makeInteger(spins);
        }
    }

    @Test
    void aServerWhoseEveryQuerySlotIsHeldPastTheWallSaysItIsNotReadyUntilTheThreadIsStopped() throws Exception {
        FunctionRegistry.get().put("urn:normgraph:test:spin-forever", SpinForever.class);
        NormgraphServer.Running one = ServedCorpus.serveCopy(database, workspace,
                l -> l.withTimeoutSeconds(1).withConcurrency(1, 0, 0));
        try {
            CompletableFuture<Answer> stuck = CompletableFuture.supplyAsync(() -> query(one,
                    "SELECT (<urn:normgraph:test:spin-forever>() AS ?n) {}"), POOL);
            Answer walled = stuck.get();
            assertEquals(503, walled.status(), walled.body());
            Answer jammed = get(one, HttpHygiene.READY_PATH, "text/plain");
            System.out.printf("a query that ignores its abort: 503 after %.2f s; readiness then: %d %s", walled.seconds(),
                    jammed.status(), jammed.body());
            assertEquals(503, jammed.status());
            assertEquals("jammed\n", jammed.body());
            long end = System.nanoTime() + Duration.ofSeconds(QueryGate.STOP_AFTER_SECONDS + 5).toNanos();
            int ready = 503;
            while (ready != 200 && System.nanoTime() < end) {
                Thread.sleep(200);
                ready = get(one, HttpHygiene.READY_PATH, "text/plain").status();
            }
            assertEquals(200, ready, "the stuck thread was not stopped");
            assertEquals(200, query(one, "ASK { ?s ?p ?o }").status());
        } finally {
            one.server().stop();
        }
    }

    @Test
    void serviceFollowsNoRedirectAndChecksSchemeHostAndPort() throws Exception {
        AtomicInteger reachedBehindRedirect = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        elsewhere.createContext("/", exchange -> {
            reachedBehindRedirect.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\","
                    + "\"value\":\"from-elsewhere\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elsewhere.start();
        HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = "http://127.0.0.2:" + elsewhere.getAddress().getPort() + "/sparql";
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", target + "?" + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        int port = redirecting.getAddress().getPort();
        NormgraphServer.Running allowing = ServedCorpus.serveCopy(database, workspace,
                l -> l.withTimeoutSeconds(TIMEOUT).withAllowedServiceHosts(List.of("127.0.0.1:" + port,
                        "http://localhost:" + port)));
        try {
            Answer redirected = query(allowing, "SELECT ?x { SERVICE <http://127.0.0.1:" + port + "/redir> { ?x ?p"
                    + " ?o } }");
            System.out.printf("SERVICE redirected: %d %s", redirected.status(), redirected.body());
            assertEquals(502, redirected.status(), redirected.body());
            assertTrue(redirected.body().contains("302") && redirected.body().contains("no redirect"),
                    redirected.body());
            assertFalse(redirected.body().contains("from-elsewhere"));
            assertEquals(0, reachedBehindRedirect.get(), "the server followed the redirect");
            for (String other : List.of("http://127.0.0.1:" + (port + 1) + "/sparql", "https://localhost:" + port + "/sparql", "http://127.0.0.1/sparql", target)) {
                Answer refused = query(allowing, "SELECT ?x { SERVICE <" + other + "> { ?x ?p ?o } }");
                assertEquals(400, refused.status(), other + ": " + refused.body());
                assertTrue(refused.body().contains("refused"), refused.body());
            }
            assertEquals(0, reachedBehindRedirect.get());
        } finally {
            allowing.server().stop();
            redirecting.stop(0);
            elsewhere.stop(0);
        }
    }

    @Test
    void aRefusalRepeatedForEveryRowIsLoggedOnce() throws Exception {
        String flood = "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE <http://127.0.0.1:9/e> { ?s ?p ?o } } } LIMIT 1";
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Answer answer;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            answer = query(server, flood);
        } finally {
            System.setErr(original);
        }
        // Other requests' one line each (INFO) are not what the refusal wrote.
        String written = String.join("\n", log.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains(" INFO ")).toList());
        long lines = written.lines().count();
        System.out.printf("FILTER EXISTS { SERVICE } refused: %d, %d log lines (%d bytes)%n", answer.status(), lines,
                written.length());
        assertTrue(lines <= 5, "the refusal wrote " + lines + " log lines:\n"
                + written.substring(0, Math.min(written.length(), 3000)));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("refused"), answer.body());
    }

    @Test
    void queriesNestedThousandsDeepAndStringsDoubledPastTheHeapAreTheClientsErrors() {
        String deep = "SELECT * WHERE " + "{ { ?s ?p ?o } UNION ".repeat(5000) + "{ ?s ?p ?o }" + " }".repeat(5000);
        Answer nested = post(server, deep);
        System.out.printf("UNION nested 5,000 deep: %d %s", nested.status(), nested.body());
        assertEquals(400, nested.status(), nested.body());
        assertTrue(nested.body().contains("5,001 deep; this server reads queries nested at most"), nested.body());
        String deepButFair = "SELECT * WHERE " + "{ ".repeat(150) + "?s ?p ?o" + " }".repeat(150) + " LIMIT 1";
        assertEquals(200, post(server, deepButFair).status());
        StringBuilder doubling = new StringBuilder("SELECT (STRLEN(?v40) AS ?n) { BIND(\"ab\" AS ?v0)");
        for (int i = 1; i <= 40; i++) {
            doubling.append(" BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i)
                    .append(')');
        }
        Answer doubled = query(server, doubling.append(" }").toString());
        System.out.printf("a string doubled 40 times: %d %s", doubled.status(), doubled.body());
        assertEquals(400, doubled.status(), doubled.body());
        assertTrue(doubled.body().contains("CONCAT would build a string"), doubled.body());
        assertEquals(200, query(server, "ASK { ?s ?p ?o }").status());
    }
}
