package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine;

/**
 * {@code normgraph build} twice into two databases and {@code normgraph dump} of each: the dumps must be the same
 * bytes, sorted N-Quads that an independent parser reads back, with a checksum file that {@code sha256sum -c} takes.
 */
class DumpCommandTest {

    @TempDir
    static Path workspace;

    private static Path first;
    private static Path second;

    @BeforeAll
    static void buildTwice() {
        first = workspace.resolve("first-tdb2");
        second = workspace.resolve("second-tdb2");
        assertEquals(0, run("build", "--corpus", "corpus", "--db", first.toString()));
        assertEquals(0, run("build", "--corpus", "corpus", "--db", second.toString()));
    }

    private static int run(String... args) {
        return NormgraphCommand.commandLine().execute(args);
    }

    private static byte[] dump(Path database, String name) throws IOException {
        Path file = Files.createDirectories(workspace.resolve(database.getFileName() + "-dumps")).resolve(name);
        assertEquals(0, run("dump", file.toString(), "--db", database.toString()));
        return Files.readAllBytes(file);
    }

    private static String checksumFile(Path database, String name) throws IOException {
        return Files.readString(workspace.resolve(database.getFileName() + "-dumps").resolve(name + ".sha256"),
                StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void twoBuildsDumpToIdenticalBytesWithTheirChecksum() throws Exception {
        byte[] gzipped = dump(first, "normgraph.nq.gz");
        assertArrayEquals(gzipped, dump(second, "normgraph.nq.gz"));
        assertEquals(checksumFile(first, "normgraph.nq.gz"), checksumFile(second, "normgraph.nq.gz"));
        assertEquals(sha256(gzipped) + "  normgraph.nq.gz\n", checksumFile(first, "normgraph.nq.gz"));

        byte[] plain = dump(first, "normgraph.nq");
        assertArrayEquals(plain, dump(second, "normgraph.nq"));
        assertEquals(sha256(plain) + "  normgraph.nq\n", checksumFile(first, "normgraph.nq"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void theGzipHeaderCarriesNoTimeAndNoName() throws IOException {
        byte[] gzipped = dump(first, "header.nq.gz");
        // RFC 1952: magic, deflate, FLG (no FNAME, no FCOMMENT), MTIME = 0, XFL, OS = 255 (unknown).
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, Arrays.copyOf(gzipped, 8));
        assertEquals((byte) 0xff, gzipped[9]);
    }

    @Test
    void theDumpIsEveryQuadOfTheDatabaseSortedWithoutBlankNodes() throws IOException {
        String text = new String(dump(first, "all.nq"), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<byte[]> bytes = lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        for (int i = 1; i < bytes.size(); i++) {
            assertTrue(Arrays.compareUnsigned(bytes.get(i - 1), bytes.get(i)) < 0, "line " + (i + 1));
        }
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("_:"), "the dump must not hold blank nodes");

        Dataset dataset = GraphDatabase.open(first);
        long quads;
        try {
            quads = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            GraphDatabase.close(dataset);
        }
        assertEquals(quads, lines.size());
        assertEquals(quads, Rio.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "https://w3id.org/normgraph/", RDFFormat.NQUADS).size());
        assertTrue(lines.contains("<https://w3id.org/normgraph/id/state/RUS> <http://www.w3.org/2002/07/owl#sameAs>"
                + " <http://www.wikidata.org/entity/Q159> <https://w3id.org/normgraph/graph/reference> ."));
    }

    @Test
    void aDumpNameWithoutNQuadsExtensionIsRefusedByName() {
        StringWriter err = new StringWriter();
        CommandLine cli = NormgraphCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        Path file = workspace.resolve("normgraph.ttl");
        assertEquals(1, cli.execute("dump", file.toString(), "--db", first.toString()));
        assertTrue(err.toString().contains(file + ": a dump's name must end in .nq"), err.toString());
        assertFalse(Files.exists(file));
    }
}
