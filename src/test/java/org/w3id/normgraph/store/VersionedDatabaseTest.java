package org.w3id.normgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database as versions switched by one rename: builds killed with SIGKILL at random moments and at every
 * step of the switch always leave a whole version in place (the old or the new one, its store and its text index
 * agreeing), and the next build removes what they left.
 */
class VersionedDatabaseTest {

    private static final int OLD_SIZE = 2000;

    @TempDir
    Path workspace;

    /** What a version holds: statements in the store, the word they share, and what the text index finds. */
    record Version(long statements, String word, long textHits) {
    }

    static Version read(Path db, String... words) {
        Dataset dataset = GraphDatabase.open(db);
        try {
            return Txn.calculateRead(dataset, () -> {
                long statements = count(dataset, "SELECT (COUNT(*) AS ?n) { ?s <https://w3id.org/normgraph/ontology#text> ?t }");
                for (String word : words) {
                    long hits = count(dataset, "PREFIX text: <http://jena.apache.org/text#>"
                            + " SELECT (COUNT(*) AS ?n) { ?s text:query (<https://w3id.org/normgraph/ontology#text> \""
                            + word + "\" 1000000) }");
                    if (hits > 0) {
                        return new Version(statements, word, hits);
                    }
                }
                return new Version(statements, "", 0);
            });
        } finally {
            GraphDatabase.close(dataset);
        }
    }

    private static long count(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            return execution.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Process child(Path db, int size, String word, String pauseAt) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), BuildChild.class.getName(),
                db.toString(), Integer.toString(size), word));
        if (pauseAt != null) {
            command.add(pauseAt);
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String word(int trial) {
        return "word" + (char) ('a' + trial / 26) + (char) ('a' + trial % 26);
    }

    @Test
    void aBuildKilledAtRandomMomentsLeavesTheOldOrTheNewVersionWhole() throws Exception {
        Path db = workspace.resolve("db");
        GraphDatabase.replace(db, BuildChild.generated(OLD_SIZE, word(0)));
        Version inPlace = new Version(OLD_SIZE, word(0), OLD_SIZE);
        assertEquals(inPlace, read(db, word(0)));

        long started = System.nanoTime();
        Process timing = child(db, OLD_SIZE + 1, word(1), null);
        assertEquals(0, timing.waitFor());
        long fullBuildMillis = (System.nanoTime() - started) / 1_000_000;
        inPlace = new Version(OLD_SIZE + 1, word(1), OLD_SIZE + 1);
        assertEquals(inPlace, read(db, word(1)));

        Random random = new Random(20261128L);
        int oldKept = 0;
        int newInPlace = 0;
        for (int trial = 2; trial < 22; trial++) {
            Process build = child(db, OLD_SIZE + trial, word(trial), null);
            long delay = (long) ((0.4 + 0.7 * random.nextDouble()) * fullBuildMillis);
            if (!build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                build.destroyForcibly();
                build.waitFor();
            }
            Version found = read(db, inPlace.word(), word(trial));
            Version built = new Version(OLD_SIZE + trial, word(trial), OLD_SIZE + trial);
            assertTrue(found.equals(inPlace) || found.equals(built), "after a kill at " + delay + " ms: " + found);
            if (found.equals(built)) {
                newInPlace++;
                inPlace = built;
            } else {
                oldKept++;
            }
        }
        System.out.printf("20 builds killed at random between 40 %% and 110 %% of a build's %d ms: the old version in place %d times, the new one"
                + " %d times, never neither or a mix%n", fullBuildMillis, oldKept, newInPlace);

        GraphDatabase.replace(db, BuildChild.generated(10, word(30)));
        assertEquals(List.of(), GraphDatabase.leftovers(db));
        assertEquals(1, GraphDatabase.versions(db).size(), GraphDatabase.versions(db).toString());
        assertEquals(new Version(10, word(30), 10), read(db, word(30)));
    }

    @Test
    void aBuildKilledBetweenAnyTwoStepsOfTheSwitchLeavesAWholeVersion() throws Exception {
        Path db = workspace.resolve("db");
        GraphDatabase.replace(db, BuildChild.generated(OLD_SIZE, word(0)));
        Version old = new Version(OLD_SIZE, word(0), OLD_SIZE);
        int trial = 1;
        for (GraphDatabase.Step step : GraphDatabase.Step.values()) {
            Process build = child(db, OLD_SIZE + trial, word(trial), step.name());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("AT " + step)) {
                    // the build runs up to the step
                }
                assertEquals("AT " + step, line);
                build.destroyForcibly();
                build.waitFor();
            }
            Version built = new Version(OLD_SIZE + trial, word(trial), OLD_SIZE + trial);
            Version found = read(db, old.word(), word(trial));
            boolean switched = step.compareTo(GraphDatabase.Step.SWITCHED) >= 0;
            assertEquals(switched ? built : old, found, "killed at " + step);
            System.out.printf("killed at %s: %s version in place, leftovers %s%n", step, switched ? "new" : "old",
                    GraphDatabase.leftovers(db).stream().map(p -> p.getFileName().toString()).toList());
            old = found;
            trial++;
        }
        GraphDatabase.replace(db, BuildChild.generated(10, word(30)));
        assertEquals(List.of(), GraphDatabase.leftovers(db));
        assertEquals(1, GraphDatabase.versions(db).size(), GraphDatabase.versions(db).toString());
        assertTrue(Files.isSymbolicLink(db.resolve(GraphDatabase.CURRENT)));
    }
}
