package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.store.GraphDatabase;

/** Bad input ends with a message that names the file, and the database that was there stays as it was. */
class BadInputTest {

    @TempDir
    Path workspace;

    private Path copyOfCorpus() throws IOException {
        Path corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        return corpus;
    }

    private static long quads(Path database) {
        Dataset dataset = GraphDatabase.open(database);
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            GraphDatabase.close(dataset);
        }
    }

    @Test
    void aMissingDocumentIsNamedAndTheServedDatabaseSurvives() throws IOException {
        Path corpus = copyOfCorpus();
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(corpus, message -> { }));
        long before = quads(database);

        Files.delete(corpus.resolve("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt"));
        CorpusException error = assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
        assertTrue(error.getMessage().contains("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt"), error.getMessage());
        assertTrue(error.getMessage().contains("file not found"), error.getMessage());
        assertEquals(before, quads(database));
    }

    @Test
    void aDocumentWithoutDraftsIsNamed() throws IOException {
        Path corpus = copyOfCorpus();
        Files.writeString(corpus.resolve("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt"),
                "简介\n这份文件没有任何条款草案。\n", StandardCharsets.UTF_8);
        CorpusException error = assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
        assertTrue(error.getMessage().startsWith(corpus.resolve("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt")
                .toString()), error.getMessage());
        assertTrue(error.getMessage().contains("no draft of the cybercrime convention"), error.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsNamed() throws IOException {
        Path corpus = copyOfCorpus();
        Files.write(corpus.resolve("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt"), new byte[] {(byte) 0xC3, 0x28});
        CorpusException error = assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
        assertTrue(error.getMessage().contains(":1: expected UTF-8 text, found bytes C3 28"), error.getMessage());
    }

    @Test
    void aMissingManifestIsNamed() {
        CorpusException error = assertThrows(CorpusException.class,
                () -> GraphBuild.fromCorpus(workspace.resolve("nowhere"), m -> { }));
        assertTrue(error.getMessage().contains("manifest.ttl"), error.getMessage());
    }
}
