package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code normgraph export}: the files it names, the same bytes from two runs, and a clear error for an unknown format
 * or view that lists the known ones and writes nothing.
 */
class ExportCommandTest {

    @TempDir
    static Path workspace;

    private static Path database;

    @BeforeAll
    static void build() {
        database = workspace.resolve("tdb2");
        assertEquals(0, NormgraphCommand.commandLine().execute("build", "--corpus", "corpus", "--db",
                database.toString()));
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = NormgraphCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void csvIsANodeListAndAnEdgeListBesideTheNameGiven() throws IOException {
        Path out = workspace.resolve("csv");
        assertEquals(0, run(new StringWriter(), "export", "--format", "csv", "--view", "agreement", "--db",
                database.toString(), out.resolve("agreement.csv").toString()));
        try (var files = Files.list(out)) {
            assertEquals(List.of("agreement-edges.csv", "agreement-nodes.csv"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("agreement-edges.csv")).startsWith("From,To,Type,Weight,ID,"));
    }

    @Test
    void twoExportsAreTheSameBytes() throws IOException {
        for (String format : List.of("graphml", "gexf", "cyjs")) {
            Path first = workspace.resolve("first").resolve("stances." + format);
            Path second = workspace.resolve("second").resolve("stances." + format);
            for (Path file : List.of(first, second)) {
                assertEquals(0, run(new StringWriter(), "export", "--format", format, "--db", database.toString(),
                        file.toString()));
            }
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), format);
            assertTrue(Files.size(first) > 10_000, format);
        }
    }

    @Test
    void unknownFormatOrViewIsAClearErrorThatListsTheKnownOnes() {
        StringWriter err = new StringWriter();
        Path file = workspace.resolve("unknown").resolve("out.net");
        assertEquals(1, run(err, "export", "--format", "pajek", "--db", database.toString(), file.toString()));
        assertTrue(err.toString().contains("unknown format 'pajek'; known formats: graphml, gexf, cyjs, csv"),
                err.toString());
        err = new StringWriter();
        assertEquals(1, run(err, "export", "--format", "gexf", "--view", "votes", "--db", database.toString(),
                file.toString()));
        assertTrue(err.toString().contains("unknown view 'votes'; known views: stances, agreement, speakers-topics"),
                err.toString());
        assertTrue(Files.notExists(file.getParent()));
    }
}
