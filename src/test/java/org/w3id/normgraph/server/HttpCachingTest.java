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
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.server.limits.AnswerCache;
import org.w3id.normgraph.server.limits.ServedVersion;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * HTTP caching as a browser or a cache in front uses it: a GET answer (SPARQL, page, dump, export) carries an
 * {@code ETag} and {@code Cache-Control: public}; asked again with {@code If-None-Match} it is {@code 304} with no
 * body; another {@code Accept} is another tag; errors and POSTs carry no tag; and after a switch to a new version
 * the old tag no longer matches and every tag is new.
 */
class HttpCachingTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String JSON = "application/sparql-results+json";
    private static final String COUNT = "/normgraph/sparql?query=" + URLEncoder.encode(
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);

    @TempDir
    Path workspace;

    @Test
    void aRepeatedGetIs304UntilANewVersionChangesTheTag() throws Exception {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        NormgraphServer.Running server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                ServedCorpus.freePort(), UnaryOperator.identity());
        try {
            String version = server.versionId();
            String export = get(server, "/export/", null, null).body().lines().findFirst().orElseThrow();
            for (String path : List.of(COUNT, "/", "/id/state/CHN", "/dump/normgraph.nq.gz", export)) {
                String accept = path.equals(COUNT) ? JSON : path.startsWith("/id/") ? "text/turtle" : null;
                HttpResponse<String> first = get(server, path, accept, null);
                assertEquals(200, first.statusCode(), path);
                String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
                assertTrue(etag.startsWith("W/\"" + version + "-"), path + ": " + etag);
                assertEquals(Optional.of("public, max-age=60"), first.headers().firstValue("Cache-Control"), path);
                assertEquals(Optional.empty(), first.headers().firstValue("Pragma"), path);
                HttpResponse<String> again = get(server, path, accept, etag);
                assertEquals(304, again.statusCode(), path);
                assertEquals("", again.body(), path);
                assertEquals(Optional.of(etag), again.headers().firstValue("ETag"), path);
                assertEquals(Optional.of(version), again.headers().firstValue(ServedVersion.HEADER), path);
                assertEquals(304, get(server, path, accept, "\"other\", " + etag.substring(2)).statusCode(),
                        path + ", the tag among others and compared weakly");
            }

            HttpResponse<String> json = get(server, COUNT, JSON, null);
            assertEquals(Optional.of("HIT"), json.headers().firstValue(AnswerCache.HEADER));
            String jsonTag = json.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> xml = get(server, COUNT, "application/sparql-results+xml", jsonTag);
            assertEquals(200, xml.statusCode(), "another Accept is another answer");
            assertNotEquals(Optional.of(jsonTag), xml.headers().firstValue("ETag"));

            for (HttpResponse<String> error : List.of(get(server, "/id/state/NOWHERE", null, null),
                    get(server, "/normgraph/sparql?query=SELEKT", JSON, null))) {
                assertTrue(error.statusCode() >= 400, error.uri() + " " + error.statusCode());
                assertEquals(Optional.empty(), error.headers().firstValue("ETag"), error.uri().toString());
                assertTrue(!error.headers().firstValue("Cache-Control").orElse("").contains("public"),
                        error.uri().toString());
            }
            HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(URI.create(url(server,
                    "/normgraph/sparql"))).header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, posted.statusCode());
            assertEquals(Optional.empty(), posted.headers().firstValue("ETag"));

            GraphDatabase.replace(database, BuildChild.generated(50, "wordnew"));
            assertTrue(server.reload());
            HttpResponse<String> changed = get(server, COUNT, JSON, jsonTag);
            assertEquals(200, changed.statusCode(), "the old version's tag after the switch");
            assertTrue(changed.body().contains("\"100\""), changed.body());
            String newTag = changed.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(jsonTag, newTag);
            assertTrue(newTag.startsWith("W/\"" + server.versionId() + "-"), newTag);
            assertEquals(304, get(server, COUNT, JSON, newTag).statusCode());
        } finally {
            server.shutdown();
        }
    }

    private static String url(NormgraphServer.Running server, String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static HttpResponse<String> get(NormgraphServer.Running server, String path, String accept,
            String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(server, path)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }
}
