package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * {@code normgraph serve} as it runs in public, in a process of its own: started without {@code -Xmx}, it restarts
 * itself with a bounded heap and prints its limits; 64 clients then ask the canned queries at once for
 * {@code -Dnormgraph.loadSeconds} seconds (5 by default; the issue asks for 30), while the server's resident memory
 * is read from {@code /proc}. Only deliberate 503s may fail, memory must stay under 1 GB, the canned answers must
 * be the same afterwards; a build beside it must be picked up by {@code --watch}; SIGTERM must stop it cleanly.
 */
class ServeUnderLoadTest {

    private static final int CLIENTS = 64;
    private static final long RSS_LIMIT_KB = 1024 * 1024;

    @TempDir
    Path workspace;

    @Test
    void sixtyFourClientsGetAnswersOrDeliberate503sAndMemoryStaysBounded() throws Exception {
        Path db = workspace.resolve("tdb2");
        GraphDatabase.replace(db, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process serve = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), NormgraphCommand.class.getName(), "serve", "--port",
                Integer.toString(port), "--db", db.toString(), "--watch").redirectErrorStream(true).start();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    log.add(line);
                }
            } catch (IOException e) {
                log.add("(log ended: " + e + ")");
            }
        });
        reader.start();
        try {
            waitFor(serve, log, "SPARQL endpoint at", 120);
            assertTrue(log.stream().anyMatch(l -> l.contains("max heap 512 MiB")
                    || l.contains("max heap 511 MiB")), "the server runs with a bounded heap: " + log);
            assertTrue(log.stream().anyMatch(l -> l.contains("query timeout 30 s")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("SERVICE refused")), log.toString());
            ProcessHandle server = serve.toHandle().descendants().filter(p -> p.info().command().isPresent())
                    .findFirst().orElseThrow(() -> new AssertionError("serve did not restart itself"));

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, String> queries = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(Path.of("queries"))) {
                for (Path file : files.sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (!text.contains("SERVICE")) {
                        queries.put(file.getFileName().toString(), text);
                    }
                }
            }
            String endpoint = "http://localhost:" + port + "/normgraph/sparql";
            Map<String, String> before = new LinkedHashMap<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                HttpResponse<String> response = ask(client, endpoint, q.getValue());
                assertEquals(200, response.statusCode(), q.getKey() + ": " + response.body());
                before.put(q.getKey(), response.body());
            }
            long idleRss = rssKb(server);

            long seconds = Long.getLong("normgraph.loadSeconds", 5);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            AtomicLong answered = new AtomicLong();
            AtomicLong busy = new AtomicLong();
            Map<String, Integer> errors = new ConcurrentHashMap<>();
            List<String> names = new ArrayList<>(queries.keySet());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                running.add(clients.submit(() -> {
                    for (int i = first; System.nanoTime() < end; i++) {
                        String name = names.get(i % names.size());
                        try {
                            HttpResponse<String> response = ask(client, endpoint, queries.get(name));
                            if (response.statusCode() == 200) {
                                answered.incrementAndGet();
                            } else if (response.statusCode() == 503
                                    && response.headers().firstValue("Retry-After").isPresent()) {
                                busy.incrementAndGet();
                            } else {
                                errors.merge(name + " " + response.statusCode(), 1, Integer::sum);
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.merge(name + " " + e, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            long peakRss = idleRss;
            while (running.stream().anyMatch(f -> !f.isDone())) {
                peakRss = Math.max(peakRss, rssKb(server));
                Thread.sleep(100);
            }
            clients.shutdown();
            for (Future<?> f : running) {
                f.get();
            }
            System.out.printf("serve under load: %d clients for %d s: %d answers, %d deliberate 503s, errors %s;"
                    + " resident memory %d MiB idle, at most %d MiB under load%n", CLIENTS, seconds, answered.get(),
                    busy.get(), errors, idleRss >> 10, peakRss >> 10);
            assertEquals(Map.of(), errors);
            assertTrue(answered.get() > 0);
            assertTrue(peakRss < RSS_LIMIT_KB, "resident memory reached " + (peakRss >> 10) + " MiB");
            for (Map.Entry<String, String> q : queries.entrySet()) {
                assertEquals(before.get(q.getKey()), ask(client, endpoint, q.getValue()).body(), q.getKey());
            }

            // A build beside the running server: it keeps the served version (another process has it open), and
            // serve --watch switches to the new one by itself; the canned answers stay the same.
            Path served = GraphDatabase.served(db);
            GraphDatabase.replace(db, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
            assertTrue(Files.isDirectory(served), "the build deleted the version being served");
            waitFor(serve, log, "now serving " + GraphDatabase.served(db).getFileName(), 60);
            for (Map.Entry<String, String> q : queries.entrySet()) {
                assertEquals(before.get(q.getKey()), ask(client, endpoint, q.getValue()).body(), q.getKey());
            }

            serve.toHandle().destroy(); // SIGTERM, leaving its output open to read (Process.destroy closes it)
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            server.onExit().get(30, TimeUnit.SECONDS);
            reader.join(5000);
            assertTrue(log.stream().anyMatch(l -> l.contains("normgraph: stopped")), log.toString());
        } finally {
            serve.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }
    }

    private static HttpResponse<String> ask(HttpClient client, String endpoint, String query)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long rssKb(ProcessHandle process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for process " + process.pid());
    }

    private static void waitFor(Process serve, List<String> log, String text, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && serve.isAlive()) {
            synchronized (log) {
                if (log.stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not print \"" + text + "\": " + log);
    }
}
