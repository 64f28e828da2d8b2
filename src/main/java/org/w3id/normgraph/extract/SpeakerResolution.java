package org.w3id.normgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;

/**
 * Who speaks in an intro (加拿大指出：, 该国表示：, 共同提案国认为：, 主席说：) and on whose behalf: a name the
 * gazetteer knows, or, for an anaphor, the State or report that the text named before it.
 */
final class SpeakerResolution {

    private static final Pattern ON_BEHALF_OF = Pattern.compile("[（(]\\s*(?:同时)?代表([^）)]*)[）)]");
    private static final String CHAIR = "主席";

    private final Gazetteer gazetteer;
    private final ReferenceData reference;
    private final SpeakerCues cues;
    private final String text;

    SpeakerResolution(Gazetteer gazetteer, ReferenceData reference, SpeakerCues cues, String text) {
        this.gazetteer = gazetteer;
        this.reference = reference;
        this.cues = cues;
        this.text = text;
    }

    /**
     * The speaker that an intro names, read in a section that starts at {@code sectionStart} and is about
     * {@code forum}; an anaphor (该国) points to the sentence before {@code sentenceStart}.
     */
    Optional<Actor> speaker(String intro, int open, int sentenceStart, int sectionStart, String forum) {
        String withoutBehalf = withoutOnBehalfOf(intro);
        Optional<Actor> named = firstNamed(withoutBehalf, null);
        if (named.isPresent()) {
            return named;
        }
        if (cues.matches(SpeakerCues.Kind.ANAPHOR_REPORT, intro)) {
            return lastNamedBefore(sectionStart, open, ActorKind.REPORT);
        }
        if (cues.matches(SpeakerCues.Kind.ANAPHOR_STATE, intro)
                || cues.matches(SpeakerCues.Kind.ANAPHOR_CO_SPONSORS, intro)) {
            return statesOfPreviousSentence(sentenceStart, sectionStart).stream().findFirst();
        }
        if (intro.contains(CHAIR) && !forum.isEmpty()) {
            return reference.actor(ActorKind.PERSON, "chair-" + forum);
        }
        return Optional.empty();
    }

    /** The intro without its bracketed 代表… addition, which names those spoken for, not the speaker. */
    String withoutOnBehalfOf(String intro) {
        return ON_BEHALF_OF.matcher(intro).replaceAll("");
    }

    /** Whether the words open with an actor's name (阿尔及利亚、加拿大和俄罗斯联邦建议…). */
    boolean opensWithActor(String words) {
        return gazetteer.scan(words).stream().findFirst().filter(m -> m.start() == 0).isPresent();
    }

    /** The first actor named in the words, skipping a name that only qualifies another (秘书长的报告《…》). */
    Optional<Actor> firstNamed(String words, ActorKind kind) {
        return gazetteer.scan(words).stream()
                .filter(m -> m.end() >= words.length() || words.charAt(m.end()) != '的')
                .map(m -> m.name().actor())
                .filter(actor -> kind == null || actor.kind() == kind)
                .findFirst();
    }

    private Optional<Actor> lastNamedBefore(int sectionStart, int end, ActorKind kind) {
        return gazetteer.scan(text.substring(sectionStart, end)).stream()
                .map(m -> m.name().actor())
                .filter(actor -> actor.kind() == kind)
                .reduce((first, second) -> second);
    }

    /** Every State the sentence before names, once each, in the order it names them. */
    List<Actor> statesOfPreviousSentence(int sentenceStart, int sectionStart) {
        int end = sentenceStart - 1;
        while (end > 0 && text.charAt(end) != '。') {
            end--;
        }
        int start = end - 1;
        while (start > sectionStart && text.charAt(start - 1) != '。' && text.charAt(start - 1) != '”') {
            start--;
        }
        if (start >= end) {
            return List.of();
        }
        String words = text.substring(start, end);
        return gazetteer.scan(words).stream()
                .filter(m -> m.end() >= words.length() || words.charAt(m.end()) != '的')
                .map(m -> m.name().actor())
                .filter(actor -> actor.kind() == ActorKind.STATE)
                .distinct().toList();
    }

    List<Actor> onBehalfOf(String intro, Actor speaker) {
        Matcher behalf = ON_BEHALF_OF.matcher(intro);
        if (!behalf.find()) {
            return List.of();
        }
        return gazetteer.scan(behalf.group(1)).stream().map(m -> m.name().actor())
                .filter(actor -> !actor.equals(speaker)).distinct().toList();
    }

    /**
     * Where a speaker's turn begins inside a sentence that first tells the scene (…发表了若干声明，其中包括：卢旺达：“):
     * just after the last colon before the intro's own, or -1 if there is none.
     */
    int narrativeBeforeTurn(int sentenceStart, int introStart, int open) {
        String sentence = text.substring(sentenceStart, open).stripTrailing();
        int last = Math.max(sentence.lastIndexOf('：', sentence.length() - 2), -1);
        if (last < 0 || sentenceStart + last + 1 < introStart - 1 && introStart > sentenceStart) {
            return -1;
        }
        int turn = sentenceStart + last + 1;
        while (turn < open && Character.isWhitespace(text.charAt(turn))) {
            turn++;
        }
        return turn;
    }

    /** Whether {@code intro} introduces a quotation as a speaker's words and names a known speaker. */
    boolean introducesNamedSpeaker(String intro) {
        return cues.matches(SpeakerCues.Kind.INTRO_END, intro) && firstNamed(intro, null).isPresent();
    }
}
