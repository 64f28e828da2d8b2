package org.w3id.normgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-checked facts of the Secretary-General's 2022 report ({@code src/test/resources/expected/sg-*.tsv},
 * written by an independent checker from the text alone; see {@code sg-report.NOTES.md}). Rows are returned as lists
 * of cells, without the header.
 */
public final class ExpectedSgFacts {

    private static final Path FOLDER = Path.of("src/test/resources/expected");

    private ExpectedSgFacts() {
    }

    /** actor, heading_line, language, language_line, date, date_line */
    public static List<List<String>> replies() {
        return rows("sg-replies.tsv");
    }

    /** part (actor code, or INTRO for the report's introduction), symbol, line, as_written */
    public static List<List<String>> references() {
        return rows("sg-references.tsv");
    }

    /** actor, relation, target (in words), line (of the cue), evidence */
    public static List<List<String>> stances() {
        return rows("sg-stances.tsv");
    }

    private static List<List<String>> rows(String file) {
        try {
            List<List<String>> rows = new ArrayList<>();
            boolean header = true;
            for (String line : Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(List.of(line.split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
