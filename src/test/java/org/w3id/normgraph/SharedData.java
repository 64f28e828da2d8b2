package org.w3id.normgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;

/**
 * The project's shared reference tables, copied unchanged into the test resources ({@code shared-data/}, with their
 * sources and licences) and read here directly rather than through the main code, so that tests compare the graph
 * with the tables and not with normgraph's own reading of its copy of them.
 */
public final class SharedData {

    private static final String FOLDER = "/shared-data/";

    private SharedData() {
    }

    /** Rows of {@code file} as column → value, in file order. */
    public static List<Map<String, String>> rows(String file) {
        String resource = FOLDER + file;
        InputStream stream = SharedData.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords().stream().map(r -> r.toMap()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }

    /** States by ISO 3166-1 alpha-3 code. */
    public static Map<String, Map<String, String>> states() {
        return rows("states.csv").stream().collect(Collectors.toMap(r -> r.get("iso3"), r -> r));
    }

    public static Map<String, String> group(String code) {
        return rows("groups.csv").stream().filter(r -> r.get("code").equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + code + " in groups.csv"));
    }

    /** The ISO codes that groups.csv lists as members of {@code code}. */
    public static Set<String> members(String code) {
        return Arrays.stream(group(code).get("member_iso3").split(" ")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
