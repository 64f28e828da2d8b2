package org.w3id.normgraph.server.replicas;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.w3id.normgraph.server.limits.ServedVersion;

/**
 * Clients that send the canned queries (those that call no other site) with GET, one after another each, until
 * told to stop, and record every request: when it started, how long it took, its status, the versions its answer
 * names and a digest of its body.
 */
final class ScenarioLoad {

    static final String ACCEPT = "application/sparql-results+json";

    /** One request; {@code status} 0 where no answer came ({@code error} says why). */
    record Request(long startNanos, long nanos, int query, int status, List<String> versions, String digest,
            String error) {
    }

    private final List<String> queries;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean stopping;
    private ExecutorService clients;

    ScenarioLoad(List<String> queries) {
        this.queries = queries;
    }

    /** The text of each canned query of {@code queries/} that calls no SERVICE, in the order of their names. */
    static List<String> cannedQueries() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("SERVICE")) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    List<String> queries() {
        return queries;
    }

    /**
     * Starts {@code count} clients, each beginning with another query and waiting {@code pauseMillis} between an
     * answer and its next request, against the server at {@code base}.
     */
    void start(int count, int pauseMillis, String base) {
        clients = Executors.newFixedThreadPool(count);
        for (int c = 0; c < count; c++) {
            int first = c;
            clients.submit(() -> {
                for (int i = first; !stopping; i++) {
                    requests.add(ask(base, i % queries.size()));
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
                return null;
            });
        }
    }

    /** Asks query number {@code query} of the server at {@code base} once. */
    Request ask(String base, int query) {
        URI uri = URI.create(base + "/normgraph/sparql?query=" + URLEncoder.encode(queries.get(query),
                StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(uri).header("Accept", ACCEPT)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Request(start, System.nanoTime() - start, query, answer.statusCode(),
                    answer.headers().allValues(ServedVersion.HEADER), digest(answer.body()),
                    answer.statusCode() == 200 ? null : new String(answer.body(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Request(start, System.nanoTime() - start, query, 0, List.of(), null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Request(start, System.nanoTime() - start, query, 0, List.of(), null, e.toString());
        }
    }

    /** Stops the clients once their requests in flight are answered, and returns every request. */
    List<Request> stop() throws InterruptedException {
        stopping = true;
        clients.shutdown();
        if (!clients.awaitTermination(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients still waiting for answers 90 s after the end");
        }
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
