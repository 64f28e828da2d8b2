package org.w3id.normgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;

/**
 * A published version is taken by a replica byte for byte: the replica's database, dumped again, gives the
 * published dump; a version whose dump does not match its checksum is refused and the version in use stays.
 */
class PublishedVersionsTest {

    private static final Path SMALL_CORPUS = Path.of("src/test/resources/sibling-editions");

    @Test
    void aReplicaTakesThePublishedVersionAndRefusesOneThatFailsItsChecksum(@TempDir Path work) throws IOException {
        Dataset built = GraphBuild.fromCorpus(SMALL_CORPUS, m -> { });
        Path published = work.resolve("published");
        PublishedVersions.Published version = PublishedVersions.publish(built.asDatasetGraph(), published);
        assertEquals(version.sha256().substring(0, 16), version.id());
        assertEquals(version.id() + "\n", Files.readString(published.resolve("latest")));
        assertEquals(version, PublishedVersions.latest(published).orElseThrow());

        Path replica = work.resolve("replica");
        long quads = PublishedVersions.take(PublishedVersions.latest(published).orElseThrow(), replica, m -> { });
        assertTrue(quads > 100, quads + " quads");
        Path again = work.resolve("again");
        PublishedVersions.Published republished = PublishedVersions.publish(replica, again);
        assertEquals(version.sha256(), republished.sha256(), "the replica holds the published graph, byte for byte");
        Path inUse = GraphDatabase.served(replica);

        // A version whose dump was damaged after its checksum was written.
        String badId = "0123456789abcdef";
        Path bad = published.resolve(badId);
        Files.createDirectories(bad);
        byte[] dump = Files.readAllBytes(version.dump());
        dump[dump.length / 2] ^= 1;
        Files.write(bad.resolve(PublishedVersions.DUMP), dump);
        Files.writeString(bad.resolve(PublishedVersions.DUMP + ".sha256"), badId + version.sha256().substring(16)
                + "  " + PublishedVersions.DUMP + "\n", StandardCharsets.UTF_8);
        Files.writeString(published.resolve("latest"), badId + "\n", StandardCharsets.UTF_8);
        PublishedVersions.Published damaged = PublishedVersions.latest(published).orElseThrow();
        PublishedVersions.VersionRefused refused = assertThrows(PublishedVersions.VersionRefused.class,
                () -> PublishedVersions.take(damaged, replica, m -> { }));
        assertTrue(refused.getMessage().contains("the version in use stays"), refused.getMessage());
        assertEquals(inUse, GraphDatabase.served(replica), "the replica still serves the version it took");
    }

    @Test
    void aLatestFileThatNamesNoVersionIsAClearError(@TempDir Path published) throws IOException {
        assertTrue(PublishedVersions.latest(published).isEmpty(), "nothing published yet");
        Files.writeString(published.resolve("latest"), "v1\n");
        PublishedVersions.VersionRefused refused = assertThrows(PublishedVersions.VersionRefused.class,
                () -> PublishedVersions.latest(published));
        assertTrue(refused.getMessage().contains("expected the id of a version"), refused.getMessage());
    }
}
