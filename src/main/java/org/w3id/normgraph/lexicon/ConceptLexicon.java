package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.reader.TsvResource;
import org.w3id.normgraph.segment.RegexLiterals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.w3id.normgraph.vocabulary.Namespaces;

/**
 * Tags texts with the topics and norms of {@code ontology/concepts.ttl}. The words that trigger each concept are
 * data, in {@value #RESOURCE}, which documents every trigger; whitespace inside a trigger and inside the text is
 * ignored, so that a term broken over a line or written with or without spaces before digits matches the same.
 *
 * <pre>{@code
 * List<ConceptMention> tags = ConceptLexicon.bundled().find("对互联网公共核心进行攻击");
 * // → topic/public-core-of-the-internet at 3..7, words "公共核心"
 * }</pre>
 */
public final class ConceptLexicon {

    /** By start, the longer first, then by concept. */
    private static final Comparator<ConceptMention> IN_TEXT_ORDER = Comparator.comparingInt(ConceptMention::start)
            .thenComparing(Comparator.comparingInt(ConceptMention::end).reversed())
            .thenComparing(ConceptMention::concept);

    public static final String RESOURCE = "/lexicon/concept-triggers.tsv";
    /** Bumped whenever the trigger list changes meaning; recorded on every tag. */
    public static final String VERSION = "concept-triggers/2";

    /** A trigger: a regex ({@code re:…}) or plain words, found without a regex. */
    private record Trigger(String concept, Pattern pattern, String[] starts, SpacedWords words) {
    }

    private final List<Trigger> triggers;

    /** The triggers that are plain words, found together in one reading of a text. */
    private final List<Trigger> wordTriggers;
    private final SpacedWords.Index wordIndex;
    /**
     * The regex triggers' starts, each set once (many triggers begin with the same words: 规范 13 (a) … (k)), and
     * for each trigger the place of its set (-1 for a regex that does not say how its matches begin).
     */
    private final List<List<String>> startSets = new ArrayList<>();
    private final int[] startSetOf;
    /** The places of the regex triggers, in order: the others are found by {@link #wordIndex}. */
    private final int[] regexTriggers;

    private ConceptLexicon(List<Trigger> triggers) {
        this.triggers = triggers;
        this.wordTriggers = triggers.stream().filter(t -> t.words() != null).toList();
        this.wordIndex = new SpacedWords.Index(wordTriggers.stream().map(Trigger::words).toList());
        this.regexTriggers = IntStream.range(0, triggers.size())
                .filter(t -> triggers.get(t).words() == null).toArray();
        this.startSetOf = new int[triggers.size()];
        for (int t = 0; t < triggers.size(); t++) {
            String[] starts = triggers.get(t).starts();
            List<String> set = starts == null ? null : List.of(starts);
            if (set != null && !startSets.contains(set)) {
                startSets.add(set);
            }
            startSetOf[t] = set == null ? -1 : startSets.indexOf(set);
        }
    }

    public static ConceptLexicon bundled() {
        List<Trigger> triggers = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE, 3)) {
            if (!(row.cell(0).startsWith("topic/") || row.cell(0).startsWith("norm/"))) {
                throw row.error("expected concept (topic/… or norm/…), trigger and why, separated by tabs");
            }
            String trigger = row.cell(1);
            triggers.add(trigger.startsWith("re:")
                    ? new Trigger(row.cell(0), Pattern.compile(trigger.substring(3)),
                            RegexLiterals.starts(trigger.substring(3)), null)
                    : new Trigger(row.cell(0), null, null, SpacedWords.of(trigger)));
        }
        return new ConceptLexicon(List.copyOf(triggers));
    }

    /**
     * Every concept the text mentions, in text order. Where two triggers of one concept overlap (多利益相关方 and
     * 利益相关方), only the longer is kept, so each place in the text counts once per concept.
     */
    public List<ConceptMention> find(String text) {
        List<ConceptMention> found = new ArrayList<>();
        wordIndex.findAll(text, (word, start, end) -> found.add(new ConceptMention(
                Namespaces.ID + wordTriggers.get(word).concept(), start, end, text.substring(start, end))));
        // whether the text holds one of a set of starts, asked once for all the triggers that share the set
        byte[] held = new byte[startSets.size()];
        for (int t : regexTriggers) {
            Trigger trigger = triggers.get(t);
            if (startSetOf[t] >= 0 && !holds(text, startSetOf[t], held)) {
                continue;
            }
            String concept = Namespaces.ID + trigger.concept();
            RegexLiterals.findAll(trigger.pattern(), trigger.starts(), text,
                    m -> found.add(new ConceptMention(concept, m.start(), m.end(), m.group())));
        }
        found.sort(IN_TEXT_ORDER);
        List<ConceptMention> kept = new ArrayList<>();
        for (ConceptMention mention : found) {
            boolean inside = kept.stream().anyMatch(k -> k.concept().equals(mention.concept())
                    && k.start() <= mention.start() && mention.end() <= k.end());
            if (!inside) {
                kept.add(mention);
            }
        }
        return List.copyOf(kept);
    }

    private boolean holds(String text, int set, byte[] held) {
        if (held[set] == 0) {
            held[set] = 2;
            for (String start : startSets.get(set)) {
                if (text.contains(start)) {
                    held[set] = 1;
                    break;
                }
            }
        }
        return held[set] == 1;
    }

    /** A concept found in a text: its IRI, where it is (character offsets) and the words that triggered it. */
    public record ConceptMention(String concept, int start, int end, String words) {
    }
}
