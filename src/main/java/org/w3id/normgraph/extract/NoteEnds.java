package org.w3id.normgraph.extract;

import java.util.regex.Pattern;

import org.w3id.normgraph.segment.ReadingText;

/**
 * Where a note (备注：…, 背景信息：…) ends although no blank line shows it: a converter that drops blank lines joins the
 * next paragraph to the note wherever the note's last line happened to fill the measure, so the next paragraph is told
 * by how its first sentence opens.
 */
final class NoteEnds {

    /** A quoted article at a sentence's start: 第 21 条：…, “第 10 条之三：…. */
    private static final Pattern QUOTED_ARTICLE = Pattern.compile("\\s*“?\\s*第\\s*\\d+\\s*条");

    private final ReadingText reading;
    private final String text;
    private final SpeakerResolution whoSpeaks;

    NoteEnds(ReadingText reading, SpeakerResolution whoSpeaks) {
        this.reading = reading;
        this.text = reading.text();
        this.whoSpeaks = whoSpeaks;
    }

    /** Whether the sentence at {@code p} is the report's account again, not the note going on. */
    boolean reopensAccountAt(int p) {
        return quotesSomeoneAt(p) || introducesProvisionAt(p);
    }

    /**
     * Whether the sentence at {@code p} opens by quoting a named speaker (在这份意见声明中，俄罗斯还表示：“…). After a
     * note whose last line happened to fill the measure, with no blank line between, that is the report's next
     * statement and not the note going on: a note quotes what it comments on, not a speaker's turn.
     */
    private boolean quotesSomeoneAt(int p) {
        int stop = text.indexOf('。', p);
        int open = p;
        int end = stop < 0 ? text.length() : stop;
        while (open < end && text.charAt(open) != '“') {
            open++;
        }
        if (open == end) {
            return false;
        }
        String intro = reading.withoutFootnoteMarkers(p, open).strip();
        return !StatementPass.COMMENTARY_START.matcher(intro).find() && whoSpeaks.introducesNamedSpeaker(intro);
    }

    /**
     * Whether the sentence at {@code p} is an actor's introduction of a draft provision (阿尔及利亚、加拿大和俄罗斯联邦
     * 建议保留以下条款的原文：| 第 21 条：…): it opens with the actor's name and ends with a colon before a quoted
     * article. After a note, that is the report's account of the negotiation again, not the note going on.
     */
    private boolean introducesProvisionAt(int p) {
        int colon = p;
        while (colon < text.length() && text.charAt(colon) != '：' && text.charAt(colon) != '。') {
            colon++;
        }
        if (colon == text.length() || text.charAt(colon) != '：') {
            return false;
        }
        return QUOTED_ARTICLE.matcher(text).region(colon + 1, text.length()).lookingAt()
                && whoSpeaks.opensWithActor(reading.withoutFootnoteMarkers(p, colon).strip());
    }
}
