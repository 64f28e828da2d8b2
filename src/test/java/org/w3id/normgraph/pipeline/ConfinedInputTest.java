package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusFolder;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * A manifest reads only regular files inside the corpus folder, within the size limit, each for one document, and
 * describes its documents with well-typed values. Each refusal is one line that names the manifest, the document
 * and the path, comes before the file is opened, and leaves the database in use as it was.
 */
class ConfinedInputTest {

    private static final String ICANN = "icann-ge-un-cyber-processes-2021-2023";
    private static final String ICANN_FILE = ICANN + ".zh-Hans.txt";

    /** One database in use for all the tests: none of their builds may change it. */
    @TempDir
    static Path served;
    private static Path database;
    private static List<String> databaseBefore;

    @TempDir
    Path workspace;

    private Path corpus;
    private Path manifest;

    @BeforeAll
    static void servedDatabase() throws IOException {
        database = served.resolve("tdb2");
        GraphDatabase.replace(database, BuildChild.generated(10, "served"));
        databaseBefore = listing(database);
    }

    @BeforeEach
    void copyOfCorpus() throws IOException {
        corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        manifest = corpus.resolve("manifest.ttl");
    }

    /** The entries of the database folder and the version in use. */
    private static List<String> listing(Path database) throws IOException {
        try (Stream<Path> entries = Files.list(database)) {
            return Stream.concat(entries.map(p -> p.getFileName().toString()).sorted(),
                    Stream.of("in use: " + GraphDatabase.served(database).getFileName())).toList();
        }
    }

    private void nameSourceFile(String named) throws IOException {
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replace("ng:sourceFile \"" + ICANN_FILE + "\"",
                "ng:sourceFile \"" + named + "\""), StandardCharsets.UTF_8);
    }

    /** The build's error, after checking that it is one line naming the manifest and that nothing was put in use. */
    private String refused(long maxSourceBytes) throws IOException {
        CorpusException error = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                CorpusException.class, () -> GraphBuild.intoDatabase(corpus, maxSourceBytes, database, m -> { })));
        String message = error.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(manifest + ":"), message);
        assertEquals(databaseBefore, listing(database));
        return message;
    }

    private String refused() throws IOException {
        return refused(CorpusFolder.DEFAULT_MAX_SOURCE_BYTES);
    }

    @Test
    void aPathThatClimbsOutOfTheCorpusIsRefused() throws IOException {
        Files.copy(corpus.resolve(ICANN_FILE), workspace.resolve("outside.txt"));
        nameSourceFile("../outside.txt");
        String message = refused();
        assertTrue(message.contains("document " + ICANN + " names the source file \"../outside.txt\", which leads out"
                + " of the corpus folder " + corpus.toRealPath() + "; expected a file inside it"), message);
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path outside = workspace.resolve("outside.txt");
        Files.copy(corpus.resolve(ICANN_FILE), outside);
        nameSourceFile(outside.toString());
        String message = refused();
        assertTrue(message.contains("document " + ICANN + " names the source file \"" + outside + "\", an absolute"
                + " path; expected a path relative to the corpus folder"), message);
    }

    @Test
    void aLinkInsideTheCorpusToAFileOutsideIsRefused() throws IOException {
        Path outside = workspace.resolve("outside.txt");
        Files.copy(corpus.resolve(ICANN_FILE), outside);
        Files.createSymbolicLink(corpus.resolve("inside.txt"), outside);
        nameSourceFile("inside.txt");
        String message = refused();
        assertTrue(message.contains("document " + ICANN + " names the source file \"inside.txt\", a link to "
                + outside.toRealPath() + ", outside the corpus folder"), message);
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws IOException, InterruptedException {
        Path pipe = corpus.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        nameSourceFile("pipe.txt");
        String message = refused();
        assertTrue(message.contains("document " + ICANN + " names the source file \"pipe.txt\", which is a named"
                + " pipe, device or socket; expected a regular file"), message);
    }

    @Test
    void aLinkToADeviceIsRefused() throws IOException {
        Files.createSymbolicLink(corpus.resolve("zero.txt"), Path.of("/dev/zero"));
        nameSourceFile("zero.txt");
        String message = refused();
        assertTrue(message.contains("names the source file \"zero.txt\", a link to /dev/zero, outside the corpus"
                + " folder"), message);
        Files.delete(corpus.resolve("zero.txt")); // else JUnit warns that it leaves the link's target in place
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Files.createDirectory(corpus.resolve("texts"));
        nameSourceFile("texts");
        String message = refused();
        assertTrue(message.contains("names the source file \"texts\", which is a folder; expected a regular file"),
                message);
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        long size = Files.size(corpus.resolve(ICANN_FILE));
        String message = refused(size - 1);
        assertTrue(message.contains("document " + ICANN + " names the source file \"" + ICANN_FILE + "\", of "
                + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes, more than the limit of "
                + String.format(java.util.Locale.ROOT, "%,d", size - 1) + " bytes for a source file; expected a"
                + " smaller file (the limit is raised with --max-source-bytes)"), message);
    }

    @Test
    void twoDocumentsOnOneFileAreRefused() throws IOException {
        Files.createSymbolicLink(corpus.resolve("same.txt"), corpus.resolve(ICANN_FILE));
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8) + """

                doc:icann-copy
                    a ng:SourceDocument ;
                    ng:sourceFile "same.txt" ;
                    ng:extractor "ahc-draft-convention" .
                """, StandardCharsets.UTF_8);
        String message = refused();
        assertTrue(message.contains("documents icann-copy (\"same.txt\") and " + ICANN + " (\"" + ICANN_FILE
                + "\") name the same source file, " + corpus.resolve(ICANN_FILE).toRealPath() + "; expected one"
                + " document per file"), message);
    }

    @Test
    void anInvalidDateIsRefusedWithItsLine() throws IOException {
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replace("dcterms:date \"2023\"^^xsd:gYear",
                "dcterms:date \"2023-02-30\"^^xsd:date"), StandardCharsets.UTF_8);
        long line = text.substring(0, text.indexOf("dcterms:date \"2023\"")).lines().count();
        String message = refused();
        assertEquals(manifest + ":" + line + ": document " + ICANN + " has dcterms:date \"2023-02-30\", which is not"
                + " a valid xsd:date; expected a value of that type (YYYY-MM-DD)", message);
    }
}
