package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.pipeline.ReportEditionsTest;
import org.w3id.normgraph.server.limits.ServedVersion;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.PublishedVersions;

/**
 * A server started with {@code --take-from DIR} switches to each version published there, and refuses one whose
 * dump does not match its checksum: it goes on serving, and naming, the version it has.
 */
class TakePublishedVersionsTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path workspace;

    @Test
    void aServerTakesAPublishedVersionAndRefusesADamagedOne() throws Exception {
        Path database = workspace.resolve("replica");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("src/test/resources/sibling-editions"), m -> { }));
        Path published = workspace.resolve("published");
        PublishedVersions.Published next = PublishedVersions.publish(
                ReportEditionsTest.seededEditions(Files.createDirectories(workspace.resolve("corpus")), new ArrayList<>())
                        .asDatasetGraph(), published);
        NormgraphServer.Running running = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database,
                ServedCorpus.freePort(), UnaryOperator.identity());
        List<String> log = new ArrayList<>();
        try {
            String before = running.versionId();
            assertFalse(before.equals(next.id()));
            PublishedVersionTaker taker = new PublishedVersionTaker(running, published, database, log::add);
            assertTrue(taker.takeLatest(), log.toString());
            assertEquals(next.id(), running.versionId());
            assertTrue(get(running, "/readyz").body().contains(next.id()));

            // The same dump, damaged after its checksum was written, published as the latest.
            String damagedId = "0123456789abcdef";
            Path damaged = Files.createDirectories(published.resolve(damagedId));
            byte[] dump = Files.readAllBytes(next.dump());
            dump[dump.length / 2] ^= 1;
            Files.write(damaged.resolve(PublishedVersions.DUMP), dump);
            Files.writeString(damaged.resolve(PublishedVersions.DUMP + ".sha256"), damagedId
                    + next.sha256().substring(16) + "  " + PublishedVersions.DUMP + "\n", StandardCharsets.UTF_8);
            Files.writeString(published.resolve(PublishedVersions.LATEST), damagedId + "\n", StandardCharsets.UTF_8);
            assertFalse(taker.takeLatest());
            assertTrue(log.get(log.size() - 1).startsWith("refused a published version, still serving " + next.id()),
                    log.toString());
            HttpResponse<String> answer = get(running, "/normgraph/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
            assertEquals(200, answer.statusCode());
            assertEquals(next.id(), answer.headers().firstValue(ServedVersion.HEADER).orElseThrow());
            assertFalse(taker.takeLatest(), "a refused version is not tried again");
        } finally {
            running.shutdown();
        }
    }

    private static HttpResponse<String> get(NormgraphServer.Running running, String path)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + running.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
