package org.w3id.normgraph.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Span;

/**
 * Finds the marker of each footnote of a compilation of replies in the paragraphs above it: the footnote's number
 * right after a letter or closing punctuation, not part of a number (5 000), a date or an ordinal (第 3), on the
 * footnote's own page above it (the edition's pattern, {@link ReplyLanguage#marker}). Markers run in order through
 * the document, so each search starts after the previous marker.
 */
final class FootnoteMarkers {

    /** A marker: the paragraph it stands in and where in the paragraph's text. */
    record Hit(int paragraph, Span span) {
    }

    private final ReplyLanguage words;
    private final List<Integer> pageStarts;
    private final List<Passage> texts;
    /**
     * The highest source line of each paragraph, found when first needed (0 until then): one wholly on the pages
     * before a footnote's holds no marker of it.
     */
    private final int[] highestLines;

    FootnoteMarkers(ReplyLanguage words, List<Integer> pageStarts, List<Passage> texts) {
        this.words = words;
        this.pageStarts = pageStarts;
        this.texts = texts;
        this.highestLines = new int[texts.size()];
    }

    /** The marker of footnote {@code number}, printed on line {@code footnoteLine}, from the place given on. */
    Optional<Hit> find(int fromParagraph, int fromIndex, int number, int footnoteLine) {
        Pattern marker = words.marker(number);
        // a marker can only begin where one of these words (its digits) stands: a paragraph without them is passed
        String[] starts = words.markerStarts(number).orElse(null);
        int pageStart = 1;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= footnoteLine; i++) {
            pageStart = pageStarts.get(i);
        }
        for (int p = fromParagraph; p < texts.size(); p++) {
            Passage text = texts.get(p);
            if (text.isEmpty() || text.firstLine() > footnoteLine) {
                break;
            }
            if (highestLines[p] == 0) {
                highestLines[p] = text.highestLine();
            }
            if (highestLines[p] < pageStart) {
                continue;
            }
            int from = p == fromParagraph ? fromIndex : 0;
            if (!holdsAny(text.text(), starts, from)) {
                continue;
            }
            Matcher m = marker.matcher(text.text());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (from <= text.text().length() && find(m, text.text(), starts, from)) {
                int line = text.lineAt(m.start());
                if (line >= pageStart && line < footnoteLine) {
                    return Optional.of(new Hit(p, new Span(m.start(), m.end())));
                }
                from = m.end();
            }
        }
        return Optional.empty();
    }

    /**
     * {@code m.find(from)}, but tried only where one of {@code starts} stands (everywhere where they are null): the
     * marker's pattern opens with look-arounds, which the regex engine would try at every place of the paragraph.
     */
    private static boolean find(Matcher m, String text, String[] starts, int from) {
        if (starts == null) {
            return m.find(from);
        }
        while (from <= text.length()) {
            int candidate = -1;
            for (String start : starts) {
                int at = text.indexOf(start, from);
                if (at >= 0 && (candidate < 0 || at < candidate)) {
                    candidate = at;
                }
            }
            if (candidate < 0) {
                return false;
            }
            m.region(candidate, text.length());
            if (m.lookingAt()) {
                return true;
            }
            from = candidate + 1;
        }
        return false;
    }

    /** Whether {@code text} holds one of {@code starts} from {@code from} on; true where there are none to look for. */
    private static boolean holdsAny(String text, String[] starts, int from) {
        if (starts == null) {
            return true;
        }
        for (String start : starts) {
            if (text.indexOf(start, from) >= 0) {
                return true;
            }
        }
        return false;
    }
}
