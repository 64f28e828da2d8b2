package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.AnswerCache;
import org.w3id.normgraph.server.limits.HttpHygiene;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * What a client meets when its request is too large, sent in pieces, oddly encoded or malformed: a 4xx with a
 * short plain message and the security headers, whether the server's filters or Jetty itself refuses it, and
 * never a 500; and an answer cache whose accounting of memory counts what it keeps, keys included.
 */
class HttpLimitsTest {

    private static final long CACHE_BYTES = 1L << 20;
    private static final int SHORT_MESSAGE = 300;

    @TempDir
    static Path workspace;

    private static NormgraphServer.Running server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database, ServedCorpus.freePort(),
                limits -> limits.withAnswerCacheBytes(CACHE_BYTES));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.server().stop();
        }
    }

    @Test
    void urlsAndHeadersPastEightKibAreRefusedAndAQueryJustUnderIsAnswered() throws Exception {
        Raw longUrl = raw(("GET /normgraph/sparql?query=" + "A".repeat(1 << 20) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertTrue(longUrl.status == 414 || longUrl.status == 431, longUrl.toString());
        assertShortAndSecured(longUrl.status + " for a 1 MB URL", longUrl.headers, longUrl.body);
        Raw longHeader = raw(("GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(
                HttpHygiene.MAX_REQUEST_HEAD_BYTES + 1) + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(431, longHeader.status, longHeader.toString());
        assertShortAndSecured("431", longHeader.headers, longHeader.body);

        String query = "ASK {} # " + "x".repeat(HttpHygiene.MAX_REQUEST_HEAD_BYTES - 512);
        HttpResponse<String> justUnder = get("/normgraph/sparql?query=" + encode(query));
        assertEquals(200, justUnder.statusCode(), justUnder.body());
        assertTrue(justUnder.body().contains("true"), justUnder.body());
    }

    @Test
    void theAnswerCacheCountsItsKeysAndStaysWithinItsBudget() throws Exception {
        AnswerCache cache = server.answers();
        cache.invalidate();
        String padding = "k".repeat(7 * 1024);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            paths.add("/normgraph/sparql?query=" + encode("ASK { FILTER(\"" + i + padding + "\") }"));
        }
        // Four at a time, fewer than the queries that run at once, so that none waits or is turned away.
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(clients.submit(() -> get(path)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
                assertEquals(Optional.of("MISS"), answer.get().headers().firstValue(AnswerCache.HEADER));
            }
        } finally {
            clients.shutdown();
        }
        long held = cache.heldBytes();
        int entries = cache.size();
        int keyLength = paths.get(0).length();
        assertTrue(held <= CACHE_BYTES, held + " bytes held by a cache of " + CACHE_BYTES);
        assertTrue(entries > 0 && entries < CACHE_BYTES / keyLength, entries + " answers kept");
        assertTrue(held >= (long) entries * keyLength, held + " bytes counted for " + entries + " keys of "
                + keyLength + " characters");
        String again = paths.get(0) + "+";
        assertEquals(Optional.of("MISS"), get(again).headers().firstValue(AnswerCache.HEADER));
        assertEquals(Optional.of("HIT"), get(again).headers().firstValue(AnswerCache.HEADER));
    }

    @Test
    void aChunkedBodyPastTheLimitIs413AndASmallOneIsAnswered() throws Exception {
        String big = "ASK {} # " + "x".repeat(1 << 20);
        for (String[] form : List.of(new String[] {"application/sparql-query", big},
                new String[] {"application/x-www-form-urlencoded", "query=" + encode(big)})) {
            HttpResponse<String> refused = postChunked(form[0], form[1].getBytes(StandardCharsets.UTF_8));
            assertEquals(413, refused.statusCode(), form[0] + ": " + refused.body());
            assertEquals(Optional.of("close"), refused.headers().firstValue("Connection"), form[0]);
            assertShortAndSecured(form[0], refused.headers(), refused.body());
        }
        HttpResponse<String> small = postChunked("application/sparql-query", "ASK {}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, small.statusCode(), small.body());
        HttpResponse<String> smallForm = postChunked("application/x-www-form-urlencoded",
                ("query=" + encode("ASK {}")).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, smallForm.statusCode(), smallForm.body());
        assertTrue(smallForm.body().contains("true"), smallForm.body());
    }

    @Test
    void undecodableRequestsAreClientErrorsNot500() throws Exception {
        byte[] rawBytes = {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xFF, (byte) 0xFE};
        List<Object[]> cases = List.of(
                new Object[] {"application/x-www-form-urlencoded", "query=%FF%FE".getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"application/x-www-form-urlencoded", rawBytes},
                new Object[] {"application/x-www-form-urlencoded; charset=nonsense",
                        ("query=" + encode("ASK {}")).getBytes(StandardCharsets.US_ASCII)},
                new Object[] {"application/sparql-query; charset=nonsense", "ASK {}".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"application/sparql-query", new byte[] {'A', 'S', 'K', ' ', (byte) 0xFF, '{', '}'}});
        for (Object[] c : cases) {
            String type = (String) c[0];
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/normgraph/sparql"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray((byte[]) c[1])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() == 400 || response.statusCode() == 415,
                    type + ": " + response.statusCode() + " " + response.body());
            assertShortAndSecured(type, response.headers(), response.body());
        }
        HttpResponse<String> undecodableUrl = get("/normgraph/sparql?query=%FF%FE");
        assertEquals(400, undecodableUrl.statusCode(), undecodableUrl.body());
        assertShortAndSecured("query string", undecodableUrl.headers(), undecodableUrl.body());
    }

    @Test
    void headIsAnsweredAsGetWithoutABody() throws Exception {
        for (String path : List.of("/normgraph/sparql?query=" + encode("ASK {}"), "/normgraph/sparql", "/",
                "/id/state/RUS")) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals("", head.body(), path);
            assertEquals(HttpHygiene.CONTENT_SECURITY_POLICY,
                    head.headers().firstValue("Content-Security-Policy").orElse(null), path);
        }
        assertEquals(200, get("/normgraph/sparql?query=" + encode("ASK {}")).statusCode());
    }

    @Test
    void jettysOwnRefusalsCarryTheSecurityHeadersAndSayLittle() throws Exception {
        Raw badUri = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, badUri.status, badUri.toString());
        assertShortAndSecured("bad URI", badUri.headers, badUri.body);
        Raw badHeader = raw("GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, badHeader.status, badHeader.toString());
        assertShortAndSecured("illegal header", badHeader.headers, badHeader.body);
        for (String accept : List.of("text/html", "application/json", "*/*")) {
            HttpResponse<String> nothing = CLIENT.send(HttpRequest.newBuilder(uri("/nothing-here"))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, nothing.statusCode());
            assertShortAndSecured("404 for " + accept, nothing.headers(), nothing.body());
        }
    }

    private static void assertShortAndSecured(String what, HttpHeaders headers, String body) {
        Map<String, List<String>> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        names.putAll(headers.map());
        assertShortAndSecured(what, names, body);
    }

    private static void assertShortAndSecured(String what, Map<String, List<String>> headers, String body) {
        assertEquals(List.of(HttpHygiene.CONTENT_SECURITY_POLICY), headers.get("Content-Security-Policy"), what);
        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"), what);
        assertEquals(List.of("DENY"), headers.get("X-Frame-Options"), what);
        assertEquals(List.of("strict-origin-when-cross-origin"), headers.get("Referrer-Policy"), what);
        assertFalse(String.valueOf(headers.get("Server")).toLowerCase(Locale.ROOT).contains("jetty"), what);
        assertTrue(headers.get("Content-Type").get(0).startsWith("text/plain"), what + ": " + headers);
        assertFalse(body.isBlank(), what);
        assertTrue(body.length() < SHORT_MESSAGE, what + ": " + body.length() + " characters");
        String lower = body.toLowerCase(Locale.ROOT);
        for (String leak : List.of("exception", "jetty", "<html", "\tat ")) {
            assertFalse(lower.contains(leak), what + " says " + body);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST whose body has no announced length, so that it goes in chunks. */
    private static HttpResponse<String> postChunked(String contentType, byte[] body)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri("/normgraph/sparql")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A response read off the wire, for requests that an HTTP client would refuse to send. */
    private record Raw(int status, Map<String, List<String>> headers, String body) {
    }

    /** Sends {@code request} as it is, from another thread (the server may answer before it has read it all). */
    private static Raw raw(byte[] request) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                } catch (IOException e) {
                    // The server refused and closed before reading all: its answer is what the test reads.
                }
            });
            writer.start();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // A reset after the answer: keep what came.
            }
            writer.join(10_000);
            return parse(received.toString(StandardCharsets.ISO_8859_1));
        }
    }

    private static Raw parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no response head in: " + response);
        String[] lines = response.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
    }
}
