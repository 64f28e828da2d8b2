package org.w3id.normgraph.server.replicas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.cli.NormgraphCommand;

/**
 * One replica: {@code normgraph serve --take-from} in a process of its own on a loopback port, with its own database
 * and its own folder of versions offered to it, its output appended to a log file. It can be killed with SIGKILL and
 * started again on the same port, database and folder.
 */
final class ReplicaProcess implements AutoCloseable {

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([0-9a-f]+)\"");
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final int port;
    final Path database;
    final Path versions;
    final Path log;
    private Process process;

    ReplicaProcess(String name, int port, Path database, Path versions, Path log) {
        this.name = name;
        this.port = port;
        this.database = database;
        this.versions = versions;
        this.log = log;
    }

    void start() throws IOException {
        // With -Xmx given, serve runs in this very JVM rather than restarting itself: the process killed is the server.
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), NormgraphCommand.class.getName(), "serve", "--host",
                "127.0.0.1", "--port", Integer.toString(port), "--db", database.toString(), "--take-from",
                versions.toString());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL, as a crash or the kernel's out-of-memory killer would end it: no draining, no shutdown hook. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The version that {@code /readyz} reports, or null while the replica is not ready or not listening. */
    String readyVersion() {
        try {
            HttpResponse<String> ready = PROBE.send(HttpRequest.newBuilder(URI.create(url("/readyz")))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher version = VERSION.matcher(ready.body());
            return ready.statusCode() == 200 && version.find() ? version.group(1) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until the replica is ready with a version that {@code accepted} takes, and returns that version. */
    String awaitReady(Predicate<String> accepted, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String ready = readyVersion();
            if (ready != null && accepted.test(ready)) {
                return ready;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with status " + process.exitValue() + "; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " was not ready with the version awaited after " + seconds
                + " s (it serves " + readyVersion() + "); see " + log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGTERM, and SIGKILL if it has not stopped 30 s later. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
