package org.w3id.normgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
        try (InputStream in = StanceCue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<StanceCue> cues = new ArrayList<>();
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
                if (cells.length < 4) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected name, relation, target,"
                            + " pattern and example separated by tabs");
                }
                cues.add(new StanceCue(cells[0], StanceRelation.fromLocalName(cells[1]),
                        Target.valueOf(cells[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                        Pattern.compile(cells[3])));
            }
            return List.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
