package org.w3id.normgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand-checked stances of the ICANN report ({@code src/test/resources/expected/icann-ahc-draft-stances.tsv}),
 * one row per draft, article, part, relation and actor, with the line where the source names the actor.
 */
public final class ExpectedStances {

    public static final Path FILE = Path.of("src/test/resources/expected/icann-ahc-draft-stances.tsv");

    private ExpectedStances() {
    }

    /** Rows as {@code draft|article|part|relation|actor|line|name_in_text}. */
    public static Set<String> rows() {
        try {
            Set<String> rows = new TreeSet<>();
            boolean header = true;
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(String.join("|", line.split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String row(String draft, String article, String part, String relation, String actor, int line,
            String name) {
        return String.join("|", draft, article, part, relation, actor, Integer.toString(line), name);
    }
}
