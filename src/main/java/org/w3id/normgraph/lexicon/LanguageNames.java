package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.reader.TsvResource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The names of the UN's official languages in one language (Chinese by default) and their ISO 639-1 codes ({@value #RESOURCE}). */
public final class LanguageNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static final String RESOURCE = "/lexicon/un-languages.tsv";

    private final Map<String, String> codes;

    private LanguageNames(Map<String, String> codes) {
        this.codes = codes;
    }

    public static LanguageNames bundled() {
        return bundled(RESOURCE);
    }

    /** The names that {@code resource} lists (one file per language of the texts that name them). */
    public static LanguageNames bundled(String resource) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource, 2)) {
            if (!row.cell(1).matches("[a-z]{2}")) {
                throw row.error("expected an ISO 639-1 code (two lower-case letters), found " + row.cell(1));
            }
            codes.put(row.cell(0), row.cell(1));
        }
        return new LanguageNames(Map.copyOf(codes));
    }

    /** The ISO 639-1 code of a language named as in {@code [原件：英文]} or {@code [Original: English]}, with any spaces in the name ignored. */
    public Optional<String> code(String name) {
        boolean spaced = name.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f'
                || c == '\r');
        return Optional.ofNullable(codes.get(spaced ? SPACES.matcher(name).replaceAll("") : name));
    }

    public String knownNames() {
        return String.join("、", codes.keySet().stream().sorted().toList());
    }
}
