package org.w3id.normgraph.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled tab-separated lexicon file: {@code #} lines are comments, the first other line names the columns,
 * and every row must fill at least the columns that carry data. A bad row fails with the file and line.
 */
public final class TsvResource {

    /** One data row: its cells and its line in the file, for error messages. */
    public record Row(String resource, int line, List<String> cells) {

        public String cell(int index) {
            return cells.get(index);
        }

        public IllegalStateException error(String problem) {
            return new IllegalStateException(resource + ":" + line + ": " + problem);
        }
    }

    private TsvResource() {
    }

    public static List<Row> read(String resource, int requiredColumns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = line.split("\t");
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < requiredColumns || cells.subList(0, requiredColumns).stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected "
                            + String.join(", ", List.of(header).subList(0, Math.min(requiredColumns, header.length)))
                            + " separated by tabs");
                }
                rows.add(new Row(resource, lineNumber, cells));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
