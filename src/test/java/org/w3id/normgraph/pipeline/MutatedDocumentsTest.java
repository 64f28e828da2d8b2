package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.cli.CommandLineAccess;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusManifest;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * Every failure on a damaged document is one line a person can act on: the file, the line, what was expected and what
 * was found, and no Java exception text. Mutants of both corpus texts (lines deleted or duplicated, a character cut
 * in the middle of its bytes, footnote numbers inserted, quotation marks unbalanced; fixed seeds) either build or fail
 * that way; most are read by the extractors alone, a handful go through {@code normgraph build}, which must leave the
 * database that is there as it was.
 */
class MutatedDocumentsTest {

    private static final int MUTANTS_PER_DOCUMENT = 100;
    private static final int FULL_BUILDS = 3;
    /** {@code path:line: message}, one line. */
    private static final Pattern ONE_LINE_ERROR = Pattern.compile("^\\S+:\\d+: [^\\n]+$");
    private static final Pattern JAVA_TEXT =
            Pattern.compile("Exception|java\\.|\\bat org\\.|Index \\d+ out of|begin \\d+, end \\d+|\\bnull\\b");

    /** How the messages say what the text should have held. */
    private static final Pattern EXPECTATION = Pattern.compile("expect|must|needs|names no");

    @TempDir
    static Path workspace;

    private static CorpusManifest manifest;
    private static GraphBuild.Extractors extractors;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        manifest = CorpusManifest.read(corpus);
        extractors = GraphBuild.Extractors.bundled();
    }

    private enum Mutation {
        DELETE_LINES, DUPLICATE_LINES, CUT_CHARACTER, INSERT_FOOTNOTE_NUMBER, UNBALANCE_QUOTES
    }

    /** A damaged copy of the document's bytes. */
    static byte[] mutate(byte[] original, long seed) {
        Random random = new Random(seed);
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (mutation) {
            case DELETE_LINES -> {
                int from = random.nextInt(lines.size());
                int count = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
                for (int i = 0; i < count && from < lines.size(); i++) {
                    lines.remove(from);
                }
            }
            case DUPLICATE_LINES -> {
                int from = random.nextInt(lines.size());
                int count = 1 + random.nextInt(random.nextBoolean() ? 3 : 30);
                List<String> copy = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + count)));
                lines.addAll(Math.min(lines.size(), from + count + random.nextInt(20)), copy);
            }
            case CUT_CHARACTER -> {
                byte[] bytes = original.clone();
                int at = random.nextInt(bytes.length);
                while (at < bytes.length && (bytes[at] & 0xC0) != 0xC0) {
                    at++;
                }
                int end = Math.min(bytes.length, at + 1 + random.nextInt(2));
                byte[] cut = new byte[bytes.length - (end - at - 1)];
                System.arraycopy(bytes, 0, cut, 0, Math.min(at + 1, bytes.length));
                if (end < bytes.length) {
                    System.arraycopy(bytes, end, cut, at + 1, bytes.length - end);
                }
                return cut;
            }
            case INSERT_FOOTNOTE_NUMBER -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int n = random.nextInt(lines.size());
                    String number = Integer.toString(1 + random.nextInt(170));
                    String line = lines.get(n);
                    int at = random.nextBoolean() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(n, line.substring(0, at) + number + line.substring(at));
                }
            }
            case UNBALANCE_QUOTES -> {
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    int n = random.nextInt(lines.size());
                    String line = lines.get(n);
                    int close = line.indexOf('”');
                    if (close >= 0 && random.nextBoolean()) {
                        lines.set(n, line.substring(0, close) + line.substring(close + 1));
                    } else {
                        int at = random.nextInt(line.length() + 1);
                        lines.set(n, line.substring(0, at) + "“" + line.substring(at));
                    }
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a mutant as the build reads it; "" if it is read, else the error that the build would report. */
    private static String extract(CorpusEntry entry, Path file) {
        try {
            SourceText source = PlainTextReader.read(file, entry.documentId());
            CorpusEntry mutant = new CorpusEntry(entry.documentId(), entry.iri(), file, entry.extractors());
            for (String extractor : entry.extractors()) {
                extractors.facts(manifest, mutant, source, extractor, message -> { });
            }
            return "";
        } catch (CorpusException e) {
            return e.getMessage();
        }
    }

    /** What is wrong with an error message, or "" if a person can act on it. */
    private static String unactionable(String error, Path file) {
        if (!ONE_LINE_ERROR.matcher(error).matches()) {
            return "not one line with file and line";
        }
        if (!error.startsWith(file.toString() + ":")) {
            return "does not name the file";
        }
        if (JAVA_TEXT.matcher(error).find()) {
            return "Java exception text reaches the user";
        }
        if (!EXPECTATION.matcher(error).find() || !error.contains("found")) {
            return "does not say what was expected and what was found";
        }
        return "";
    }

    private static void assertActionable(String error, Path file, String mutant) {
        String problem = unactionable(error, file);
        assertTrue(problem.isEmpty(), mutant + ": " + problem + ": " + error);
    }

    @Test
    void everyMutantIsReadOrFailsWithOneLineThatNamesFileLineExpectedAndFound() throws IOException {
        int built = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (CorpusEntry entry : manifest.entries()) {
            byte[] original = Files.readAllBytes(entry.file());
            for (int m = 0; m < MUTANTS_PER_DOCUMENT; m++) {
                long seed = entry.documentId().hashCode() * 1000L + m;
                Path file = workspace.resolve("mutants").resolve(seed + "-" + entry.file().getFileName());
                Files.createDirectories(file.getParent());
                Files.write(file, mutate(original, seed));
                String error;
                try {
                    error = extract(entry, file);
                } catch (RuntimeException e) {
                    failures.add("seed " + seed + ": " + e);
                    continue;
                }
                if (error.isEmpty()) {
                    built++;
                } else {
                    failed++;
                    String problem = unactionable(error, file);
                    if (!problem.isEmpty()) {
                        failures.add("seed " + seed + ": " + problem + ": " + error.replace(file.toString(), "FILE"));
                    }
                }
            }
        }
        System.out.printf("mutated documents: %d read, %d refused, %d failures that a person cannot act on%n", built,
                failed, failures.size());
        failures.stream().limit(12).forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures, "failures that are not errors a person can act on");
        assertEquals(2 * MUTANTS_PER_DOCUMENT, built + failed);
    }

    @Test
    void aFailedBuildOfAMutantPrintsOneLineAndLeavesTheDatabaseAsItWas() throws IOException {
        Path corpus = workspace.resolve("built-corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        Path database = workspace.resolve("tdb2");
        assertEquals(0, run("build", "--corpus", corpus.toString(), "--db", database.toString()).exitCode);
        List<String> before = quads(database);
        CorpusEntry entry = CorpusManifest.read(corpus).entries().get(0);
        byte[] original = Files.readAllBytes(entry.file());
        int refused = 0;
        for (long seed = 1; refused < FULL_BUILDS && seed < 200; seed++) {
            byte[] mutant = mutate(original, seed);
            Path probe = workspace.resolve("probe-" + seed + ".txt");
            Files.write(probe, mutant);
            if (extract(entry, probe).isEmpty()) {
                continue;
            }
            Files.write(entry.file(), mutant);
            Result result = run("build", "--corpus", corpus.toString(), "--db", database.toString());
            assertEquals(1, result.exitCode, "seed " + seed);
            List<String> printed = result.err.lines().filter(l -> !l.startsWith("normgraph: " + "un-sg")
                    && !l.contains(": ahc-draft-convention: ") && !l.contains(": process-report-statements: ")
                    && !l.contains(": sg-report-replies: ") && !l.contains("— a quotation introduced")).toList();
            assertEquals(1, printed.size(), "seed " + seed + ": " + result.err);
            String error = printed.get(0).substring("normgraph: ".length());
            assertActionable(error, entry.file(), "seed " + seed);
            assertEquals(before, quads(database), "seed " + seed + ": the database changed");
            refused++;
        }
        Files.write(entry.file(), original);
        assertEquals(FULL_BUILDS, refused);
    }

    private record Result(int exitCode, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLineAccess.execute(new PrintWriter(err, true, StandardCharsets.UTF_8), args);
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> quads(Path location) {
        Dataset dataset = GraphDatabase.open(location);
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().map(Object::toString).sorted()
                    .toList());
        } finally {
            GraphDatabase.close(dataset);
        }
    }
}
