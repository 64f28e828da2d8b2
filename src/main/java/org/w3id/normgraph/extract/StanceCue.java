package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.normgraph.reader.TsvResource;

/**
 * A rule that recognises a stance from the words right after a list of actor names. The rules live in
 * {@code /lexicon/draft-stance-cues.tsv}, which documents them; this class only loads them.
 */
public record StanceCue(String name, StanceRelation relation, Target target, Pattern pattern) {

    /** How the cue finds the provision it is about. */
    public enum Target {
        RESOLVE, ADDITION_IN_FOLLOWING
    }

    public static final String RESOURCE = "/lexicon/draft-stance-cues.tsv";

    public static List<StanceCue> bundled() {
        List<StanceCue> cues = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE, 4)) {
            cues.add(new StanceCue(row.cell(0), StanceRelation.fromLocalName(row.cell(1)),
                    Target.valueOf(row.cell(2).toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                    Pattern.compile(row.cell(3))));
        }
        return List.copyOf(cues);
    }
}
