package org.w3id.normgraph.server.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.server.NormgraphServer;
import org.w3id.normgraph.server.limits.ServedVersion;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The nginx cache of {@code scripts/nginx-cache.conf} (installed by {@code scripts/install-test-tools} where
 * missing) in front of a server: a repeated GET is answered from the cache with the server's tag and version, a
 * client's {@code If-None-Match} gets 304, another {@code Accept} is kept apart; after the server
 * switches versions the cache goes on answering the old version's answer until its {@code max-age} has passed, while
 * {@code /readyz} is never cached.
 */
class NginxCacheTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String QUERY = "/normgraph/sparql?query=" + URLEncoder.encode(
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    Path workspace;

    @Test
    void repeatedReadsComeFromTheCacheWithTheServersTag() throws Exception {
        Path nginx = InstalledTool.find("nginx", List.of(Path.of("/usr/sbin/nginx")));
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, BuildChild.generated(40, "wordold"));
        NormgraphServer.Running server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                freePort(), UnaryOperator.identity());
        int port = freePort();
        Process cache = startNginx(nginx, port, server.port());
        try {
            String base = "http://127.0.0.1:" + port;
            String old = server.versionId();
            HttpResponse<String> miss = get(base + QUERY, JSON, null);
            assertEquals(200, miss.statusCode(), miss.body());
            assertEquals(Optional.of("MISS"), miss.headers().firstValue("X-Cache-Status"));
            String etag = miss.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> hit = get(base + QUERY, JSON, null);
            assertEquals(Optional.of("HIT"), hit.headers().firstValue("X-Cache-Status"));
            assertEquals(miss.body(), hit.body());
            assertEquals(Optional.of(etag), hit.headers().firstValue("ETag"));
            assertEquals(Optional.of(old), hit.headers().firstValue(ServedVersion.HEADER));
            assertEquals(304, get(base + QUERY, JSON, etag).statusCode());
            assertEquals(Optional.of("MISS"), get(base + QUERY, "text/csv", null).headers()
                    .firstValue("X-Cache-Status"), "another Accept");

            GraphDatabase.replace(database, BuildChild.generated(60, "wordnew"));
            assertTrue(server.reload());
            HttpResponse<String> stale = get(base + QUERY, JSON, null);
            assertEquals(Optional.of("HIT"), stale.headers().firstValue("X-Cache-Status"));
            assertEquals(Optional.of(old), stale.headers().firstValue(ServedVersion.HEADER),
                    "kept for max-age after the switch");
            HttpResponse<String> ready = get(base + "/readyz", null, null);
            assertEquals(Optional.of(server.versionId()), ready.headers().firstValue(ServedVersion.HEADER));
            assertNotEquals(old, server.versionId());
            assertTrue(ready.headers().firstValue("X-Cache-Status").isEmpty(), "readiness is never cached");
        } finally {
            cache.destroy();
            cache.waitFor(10, TimeUnit.SECONDS);
            server.shutdown();
        }
    }

    /** nginx in the foreground with the project's cache configuration, everything it writes under the workspace. */
    private Process startNginx(Path nginx, int port, int upstream) throws Exception {
        Path root = workspace.resolve("nginx").toAbsolutePath();
        Files.createDirectories(root.resolve("cache"));
        Files.writeString(root.resolve("normgraph.conf"), Files.readString(Path.of("scripts", "nginx-cache.conf"))
                .replace("@CACHE_DIR@", root.resolve("cache").toString())
                .replace("@LISTEN_PORT@", Integer.toString(port))
                .replace("@UPSTREAM_PORT@", Integer.toString(upstream)));
        String temp = "";
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            temp += "    " + kind + "_temp_path " + root.resolve(kind) + ";\n";
        }
        // Run as root, nginx's workers would be another user, who could not write under the workspace.
        Files.writeString(root.resolve("nginx.conf"), (System.getProperty("user.name").equals("root")
                ? "user root;\n" : "") + "daemon off;\nworker_processes 1;\npid " + root.resolve("nginx.pid")
                + ";\nevents { worker_connections 64; }\nhttp {\n    access_log off;\n" + temp + "    include "
                + root.resolve("normgraph.conf") + ";\n}\n");
        Process process = new ProcessBuilder(nginx.toString(), "-e", root.resolve("error.log").toString(), "-p",
                root.toString(), "-c", root.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("output.log").toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended: " + Files.readString(root.resolve("error.log")));
            }
            try (Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen within 20 s");
    }

    private static HttpResponse<String> get(String url, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
