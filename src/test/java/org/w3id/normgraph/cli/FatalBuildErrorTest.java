package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * {@code normgraph build} in a process of its own, as a user runs it: a fatal error, whether the input's or the JVM's,
 * is one line, and the process ends with status 1, without a stack trace, without waiting on threads that the build
 * left, and without a database put in use.
 */
class FatalBuildErrorTest {

    private static final String ICANN_FILE = "icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt";

    @TempDir
    Path workspace;

    private Path copyOfCorpus() throws IOException {
        Path corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        return corpus;
    }

    /** The one line that the build printed, after checking how it ended. */
    private static String onlyLine(NormgraphProcess build, Path database) throws InterruptedException {
        int status = build.exitStatus(90);
        List<String> output = build.output();
        assertEquals(1, status, output.toString());
        assertEquals(1, output.size(), output.toString());
        assertFalse(output.get(0).contains("Exception") || output.get(0).contains("Error"), output.get(0));
        assertFalse(GraphDatabase.exists(database), "a version was put in use");
        return output.get(0);
    }

    @Test
    void aNamedPipeInTheManifestIsOneLineAndAnExit() throws IOException, InterruptedException {
        Path corpus = copyOfCorpus();
        Path pipe = corpus.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        Path manifest = corpus.resolve("manifest.ttl");
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8).replace(
                "ng:sourceFile \"" + ICANN_FILE + "\"", "ng:sourceFile \"pipe.txt\""), StandardCharsets.UTF_8);
        Path database = workspace.resolve("tdb2");
        try (NormgraphProcess build = NormgraphProcess.start(List.of(), "build", "--corpus", corpus.toString(),
                "--db", database.toString())) {
            String line = onlyLine(build, database);
            assertFalse(Files.exists(database), "the database folder was made for a manifest that was refused");
            assertTrue(line.startsWith("normgraph: " + manifest + ": document icann-ge-un-cyber-processes-2021-2023"
                    + " names the source file \"pipe.txt\", which is a named pipe, device or socket"), line);
        }
    }

    /**
     * A source file too large for the heap (under the size limit): the build ran out of memory, printed a stack
     * trace and never ended, its store's loader threads waiting for quads that would not come.
     */
    @Test
    void runningOutOfMemoryIsOneLineAndAnExit() throws IOException, InterruptedException {
        Path corpus = copyOfCorpus();
        byte[] text = Files.readAllBytes(corpus.resolve(ICANN_FILE));
        try (OutputStream large = Files.newOutputStream(corpus.resolve(ICANN_FILE))) {
            for (long written = 0; written < 64L << 20; written += text.length) {
                large.write(text);
            }
        }
        Path database = workspace.resolve("tdb2");
        try (NormgraphProcess build = NormgraphProcess.start(List.of("-Xmx128m"), "build", "--corpus",
                corpus.toString(), "--db", database.toString())) {
            String line = onlyLine(build, database);
            // the JVM may count a little less than -Xmx as its heap (a survivor space, with some collectors)
            assertTrue(line.matches("normgraph: ran out of memory \\(1[0-9]{2} MiB at most for objects\\); the"
                    + " database was left as it was\\. Give it more with --heap SIZE .*"), line);
        }
    }
}
