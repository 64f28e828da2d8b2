package org.w3id.normgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules by which a report introduces a quotation and its speaker; they live in {@value #RESOURCE}, which
 * documents each one, and this class only loads and applies them.
 */
public final class SpeakerCues {

    public static final String RESOURCE = "/lexicon/speaker-cues.tsv";

    enum Kind {
        INTRO_END, CONTINUATION, ANAPHOR_REPORT, ANAPHOR_STATE, SAME_SOURCE, NOT_A_STATEMENT
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;

    private SpeakerCues(List<Rule> rules) {
        this.rules = rules;
    }

    public static SpeakerCues bundled() {
        try (InputStream in = SpeakerCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Rule> rules = new ArrayList<>();
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber
                            + ": expected kind, pattern and example separated by tabs");
                }
                rules.add(new Rule(Kind.valueOf(cells[0].toUpperCase(Locale.ROOT).replace('-', '_')),
                        Pattern.compile(cells[1])));
            }
            return new SpeakerCues(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    boolean matches(Kind kind, String intro) {
        return rules.stream().anyMatch(r -> r.kind() == kind && r.pattern().matcher(intro).find());
    }

    boolean isContinuation(String intro) {
        return rules.stream().anyMatch(r -> r.kind() == Kind.CONTINUATION && r.pattern().matcher(intro).matches());
    }
}
