package org.w3id.normgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.w3id.normgraph.reader.TsvResource;

/**
 * The rules by which a report introduces a quotation and its speaker; they live in {@value #RESOURCE}, which
 * documents each one, and this class only loads and applies them.
 */
public final class SpeakerCues {

    public static final String RESOURCE = "/lexicon/speaker-cues.tsv";

    enum Kind {
        INTRO_END, CONTINUATION, ANAPHOR_REPORT, ANAPHOR_STATE, ANAPHOR_CO_SPONSORS, SAME_SOURCE, NOT_A_STATEMENT
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;

    private SpeakerCues(List<Rule> rules) {
        this.rules = rules;
    }

    public static SpeakerCues bundled() {
        return new SpeakerCues(TsvResource.read(RESOURCE, 2).stream()
                .map(row -> new Rule(Kind.valueOf(row.cell(0).toUpperCase(Locale.ROOT).replace('-', '_')),
                        Pattern.compile(row.cell(1))))
                .toList());
    }

    boolean matches(Kind kind, String intro) {
        return rules.stream().anyMatch(r -> r.kind() == kind && r.pattern().matcher(intro).find());
    }

    boolean isContinuation(String intro) {
        return rules.stream().anyMatch(r -> r.kind() == Kind.CONTINUATION && r.pattern().matcher(intro).matches());
    }
}
