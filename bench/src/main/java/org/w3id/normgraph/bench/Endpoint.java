package org.w3id.normgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SPARQL endpoint in a child process: started, asked until it first answers, loaded by concurrent clients on
 * loopback, stopped. The same class drives normgraph's {@code serve} and stock Fuseki, so both are measured alike.
 */
final class Endpoint implements AutoCloseable {

    record Load(int clients, double requestsPerSecond, double p50Millis, double p99Millis, long answered,
            long refused, long failed) {
    }

    private final String name;
    private final Process process;
    private final URI sparql;
    private final double secondsToFirstAnswer;

    private Endpoint(String name, Process process, URI sparql, double secondsToFirstAnswer) {
        this.name = name;
        this.process = process;
        this.sparql = sparql;
        this.secondsToFirstAnswer = secondsToFirstAnswer;
    }

    static Endpoint start(String name, List<String> command, Path workingFolder, int port) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        URI sparql = URI.create("http://127.0.0.1:" + port + "/normgraph/sparql");
        HttpClient client = HttpClient.newHttpClient();
        URI ask = query(sparql, "ASK {}");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended before it answered: " + String.join(" ", command));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ask).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(10);
            if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not answer within 3 minutes");
            }
        }
        return new Endpoint(name, process, sparql, (System.nanoTime() - start) / 1e9);
    }

    String name() {
        return name;
    }

    double secondsToFirstAnswer() {
        return secondsToFirstAnswer;
    }

    /** Each client asks the queries in turn, starting at its own, for {@code seconds}; every body is read whole. */
    Load load(List<String> queries, int clients, double seconds) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = first; System.nanoTime() < deadline; i++) {
                    HttpRequest request = HttpRequest.newBuilder(query(sparql, queries.get(i % queries.size())))
                            .header("Accept", "application/sparql-results+json").build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - start);
                        } else if (response.statusCode() == 503) {
                            refused.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Load(clients, sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.size(), refused.get(), failed.get());
    }

    /** The body of this server's JSON answer to each query, in order; an answer that is not a 200 fails. */
    List<String> answers(List<String> queries) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> answers = new ArrayList<>();
        for (String query : queries) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(query(sparql, query))
                    .header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + " to " + query);
            }
            answers.add(response.body());
        }
        return answers;
    }

    /** The first query whose two answers differ, with the start of each. */
    static String firstDifference(List<String> queries, List<String> one, List<String> other) {
        for (int i = 0; i < queries.size(); i++) {
            if (!one.get(i).equals(other.get(i))) {
                return queries.get(i) + "\n--- one:\n" + one.get(i).substring(0, Math.min(400, one.get(i).length()))
                        + "\n--- other:\n" + other.get(i).substring(0, Math.min(400, other.get(i).length()));
            }
        }
        return "none";
    }

    /** One client asking one query {@code times} times: the seconds each answer took. */
    Rounds latency(String query, int times) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(query(sparql, query))
                .header("Accept", "application/sparql-results+json").build();
        Rounds rounds = new Rounds();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + " to " + query);
            }
            rounds.add((System.nanoTime() - start) / 1e9);
        }
        return rounds;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static URI query(URI endpoint, String query) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
