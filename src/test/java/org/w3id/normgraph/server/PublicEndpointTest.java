package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.HttpHygiene;
import org.w3id.normgraph.server.limits.QueryGate;
import org.w3id.normgraph.server.limits.ServerLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

import com.sun.net.httpserver.HttpServer;

/**
 * The served corpus as an attacker or a careless user would try it: queries that never end, answers without end,
 * more clients than threads, clients that leave, SERVICE calls into the network, TRACE. Timeouts are short here
 * (3 s) so that the suite stays quick; the walls are measured against them.
 */
class PublicEndpointTest {

    private static final int TIMEOUT = 3;

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
        server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database, freePort(),
                l -> l.withTimeoutSeconds(TIMEOUT));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.server().stop();
        }
    }

    /** Another server with other limits, on a copy of the database. */
    static NormgraphServer.Running serve(UnaryOperator<ServerLimits> overrides) throws IOException {
        return ServedCorpus.serveCopy(database, workspace, overrides);
    }

    private static int freePort() throws IOException {
        return ServedCorpus.freePort();
    }

    record Answer(int status, String body, HttpResponse<String> response, double seconds) {
    }

    static Answer query(NormgraphServer.Running on, String query) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + on.port() + "/normgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> request(NormgraphServer.Running on, String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void queriesThatNeverEndAreCutAtTheTimeoutWhileOthersAreAnswered() throws Exception {
        query(server, "ASK { ?s ?p ?o }");
        long heapBefore = usedHeapAfterGc();
        List<String> endless = List.of(
                "SELECT * { ?a ?b ?c . ?d ?e ?f }",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }",
                "SELECT (COUNT(*) AS ?n) { ?x (!<urn:none>)* ?y }",
                "SELECT ?s (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } ?x ?y ?z } GROUP BY ?s",
                "PREFIX text: <http://jena.apache.org/text#> PREFIX ng: <https://w3id.org/normgraph/ontology#>"
                        + " SELECT (COUNT(*) AS ?n) { ?s text:query (ng:text \"的\" 10000000) ."
                        + " ?t text:query (ng:text \"的\" 10000000) . ?a ?b ?c }");
        for (String q : endless) {
            CompletableFuture<Answer> slow = CompletableFuture.supplyAsync(() -> query(server, q), POOL);
            Thread.sleep(1000);
            Answer ask = query(server, "ASK { ?s a <https://w3id.org/normgraph/ontology#State> }");
            Answer answer = slow.get();
            System.out.printf("timeout %d s: %s -> %d after %.2f s (%s); ASK meanwhile %.3f s%n", TIMEOUT, q,
                    answer.status(), answer.seconds(), answer.body().strip(), ask.seconds());
            if (q.startsWith("SELECT *")) {
                // Its rows pass the answer cap before the timeout: an error as clear, and sooner.
                assertTrue(answer.status() == 503 && answer.body().contains("timed out")
                        || answer.status() == 400 && answer.body().contains("the most this server sends"),
                        answer.body());
            } else {
                assertEquals(503, answer.status(), q + ": " + answer.body());
                assertTrue(answer.body().contains("timed out"), answer.body());
            }
            assertTrue(answer.seconds() < TIMEOUT + 2, q + " took " + answer.seconds() + " s");
            assertEquals(200, ask.status());
            assertTrue(ask.body().contains("true"), ask.body());
            assertTrue(ask.seconds() < 1, "ASK took " + ask.seconds() + " s");
        }
        long heapAfter = usedHeapAfterGc();
        System.out.printf("used heap after GC: before %d MiB, after %d MiB%n", heapBefore >> 20, heapAfter >> 20);
        assertTrue(heapAfter <= heapBefore * 1.2, "heap " + heapBefore + " -> " + heapAfter);
    }

    @Test
    void aRegularExpressionThatArqCannotCancelMeetsTheHardWallAndItsThreadIsStopped() throws Exception {
        String redos = "SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s)"
                + " FILTER(REGEX(?s, \"^(.*a){12}$\")) }";
        Answer answer = query(server, redos);
        System.out.printf("backtracking regex -> %d after %.2f s%n", answer.status(), answer.seconds());
        assertEquals(503, answer.status(), answer.body());
        assertTrue(answer.body().contains("timed out"), answer.body());
        assertTrue(answer.seconds() < TIMEOUT + 2, "took " + answer.seconds() + " s");
        long end = System.nanoTime() + Duration.ofSeconds(QueryGate.STOP_AFTER_SECONDS + 5).toNanos();
        while (regexThreads() > 0 && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertEquals(0, regexThreads(), "the thread matching the expression was not stopped");
    }

    private static long regexThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> stack.length > 0 && stack[0].getClassName().startsWith("java.util.regex")).count();
    }

    @Test
    void anAnswerLargerThanTheCapIsRefusedWithAClearMessageNotCutOff() throws Exception {
        NormgraphServer.Running capped = serve(l -> l.withResultCaps(1000, 64L << 10));
        try {
            Answer rows = query(capped, "SELECT ?p { ?s ?p ?o }");
            assertEquals(400, rows.status());
            assertTrue(rows.body().contains("more than 1,000 rows"), rows.body());
            Answer bytes = query(capped, "SELECT ?t { ?s <https://w3id.org/normgraph/ontology#text> ?t } LIMIT 900");
            assertEquals(400, bytes.status());
            assertTrue(bytes.body().contains("more than 65,536 bytes"), bytes.body());
            Answer fits = query(capped, "SELECT ?p { ?s ?p ?o } LIMIT 1000");
            assertEquals(200, fits.status());
            assertEquals(1000, fits.body().split("\"p\":").length - 1);
        } finally {
            capped.server().stop();
        }
    }

    @Test
    void pastTheConcurrencyCapAndItsQueueClientsGet503RetryAfter() throws Exception {
        NormgraphServer.Running one = serve(l -> l.withTimeoutSeconds(TIMEOUT).withConcurrency(1, 0, 0));
        try {
            CompletableFuture<Answer> slow = CompletableFuture.supplyAsync(
                    () -> query(one, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }"), POOL);
            Thread.sleep(800);
            Answer turnedAway = query(one, "ASK { ?s ?p ?o }");
            assertEquals(503, turnedAway.status());
            assertTrue(turnedAway.response().headers().firstValue("Retry-After").isPresent());
            assertEquals(503, slow.get().status());
            int status = 503;
            for (int i = 0; i < 30 && status == 503; i++) {
                Thread.sleep(100);
                status = query(one, "ASK { ?s ?p ?o }").status();
            }
            assertEquals(200, status, "the slot of the timed-out query was not given back");
        } finally {
            one.server().stop();
        }
    }

    @Test
    void aQueryWhoseClientLeavesIsAbortedAndFreesItsSlot() throws Exception {
        NormgraphServer.Running one = serve(l -> l.withTimeoutSeconds(60).withConcurrency(1, 0, 0));
        try {
            String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8);
            try (Socket socket = new Socket("localhost", one.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /normgraph/sparql?query=" + q + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(800);
            }
            assertEquals(503, query(one, "ASK { ?s ?p ?o }").status(), "the abandoned query should still run");
            long start = System.nanoTime();
            int status = 503;
            while (status == 503 && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(100);
                status = query(one, "ASK { ?s ?p ?o }").status();
            }
            double freed = (System.nanoTime() - start) / 1e9;
            System.out.printf("abandoned query: slot free %.2f s after its client left%n", freed + 0.8);
            assertEquals(200, status);
            assertTrue(freed < 3, "the abandoned query ran on for " + freed + " s");
        } finally {
            one.server().stop();
        }
    }

    @Test
    void serviceCallsAreRefusedUnlessTheHostIsAllowed() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"from-service\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.start();
        String endpoint = "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql";
        try {
            String q = "SELECT ?x { SERVICE <" + endpoint + "> { ?x ?p ?o } }";
            String viaVariable = "SELECT ?x { BIND(<" + endpoint + "> AS ?e) SERVICE ?e { ?x ?p ?o } }";
            for (String refused : List.of(q, viaVariable)) {
                Answer answer = query(server, refused);
                assertEquals(400, answer.status(), answer.body());
                assertTrue(answer.body().contains("refused"), answer.body());
                assertEquals(0, requests.get(), "the server called " + endpoint);
            }
            NormgraphServer.Running otherHost = serve(l -> l.withAllowedServiceHosts(List.of("example.org")));
            try {
                assertEquals(400, query(otherHost, q).status());
                assertEquals(400, query(otherHost, viaVariable).status());
                assertEquals(0, requests.get(), "the server called " + endpoint);
            } finally {
                otherHost.server().stop();
            }
            NormgraphServer.Running allowed = serve(l -> l.withAllowedServiceHosts(List.of("127.0.0.1:"
                    + target.getAddress().getPort())));
            try {
                Answer answer = query(allowed, q);
                assertEquals(200, answer.status(), answer.body());
                assertTrue(answer.body().contains("from-service"), answer.body());
                assertTrue(requests.get() >= 1);
            } finally {
                allowed.server().stop();
            }
        } finally {
            target.stop(0);
        }
    }

    @Test
    void traceAndOtherMethodsGet405Everywhere() throws Exception {
        for (String path : List.of("/", "/id/state/RUS", "/ontology", "/.well-known/void", "/dump/normgraph.nq.gz",
                "/normgraph/sparql", "/normgraph/get", "/$/ping", "/no/such/page")) {
            for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> response = request(server, method, path);
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals(HttpHygiene.ALLOWED_METHODS, response.headers().firstValue("Allow").orElse(""));
            }
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/id/state/RUS", "/ontology", "/no/such/page")) {
            HttpResponse<String> page = request(server, "GET", path, "Accept", "text/html");
            assertEquals(HttpHygiene.CONTENT_SECURITY_POLICY,
                    page.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(null));
            assertTrue(!page.body().contains("<script>"), "an inline script the CSP would block: " + path);
        }
    }

    @Test
    void otherSitesMayQueryUnlessCorsIsOff() throws Exception {
        String q = "/normgraph/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> get = request(server, "GET", q, "Origin", "https://example.org");
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = request(server, "OPTIONS", "/normgraph/sparql", "Origin",
                "https://example.org", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                "content-type");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/normgraph/sparql")).header("Origin", "https://example.org")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode(), post.body());
        assertEquals("*", post.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        NormgraphServer.Running closed = serve(l -> l.withCors(false));
        try {
            HttpResponse<String> response = request(closed, "GET", q, "Origin", "https://example.org");
            assertEquals(200, response.statusCode());
            assertNull(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            closed.server().stop();
        }
    }

    @Test
    void requestBodiesLargerThanTheLimitAreRefused() throws Exception {
        String big = "ASK { } #" + "x".repeat((int) ServerLimits.DEFAULTS.maxRequestBytes());
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + server.port() + "/normgraph/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        HttpResponse<String> form = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + server.port() + "/normgraph/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(big, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, form.statusCode());
    }

    @Test
    void healthAndReadinessAnswer() throws Exception {
        assertEquals(200, request(server, "GET", "/$/ping").statusCode());
        HttpResponse<String> ready = request(server, "GET", HttpHygiene.READY_PATH);
        assertEquals(200, ready.statusCode());
        assertEquals("ready\n", ready.body());
    }

    @Test
    void aStoppingServerLetsRunningQueriesFinishAndTurnsNewOnesAway() throws Exception {
        NormgraphServer.Running stopping = serve(UnaryOperator.identity());
        String slowButFinite = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d a <https://w3id.org/normgraph/ontology#State> }";
        CompletableFuture<Answer> running = CompletableFuture.supplyAsync(() -> query(stopping, slowButFinite), POOL);
        Thread.sleep(500);
        CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(stopping::shutdown, POOL);
        Thread.sleep(200);
        List<Integer> later = new ArrayList<>();
        try {
            later.add(request(stopping, "GET", HttpHygiene.READY_PATH).statusCode());
        } catch (IOException e) {
            later.add(-1);
        }
        Answer answer = running.get();
        System.out.printf("query running at shutdown: %d after %.2f s; readiness during drain %s%n",
                answer.status(), answer.seconds(), later);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(shutdown.get());
        assertTrue(later.get(0) == 503 || later.get(0) == -1, later.toString());
    }
}
