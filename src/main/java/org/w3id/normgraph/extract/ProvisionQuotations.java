package org.w3id.normgraph.extract;

import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.normgraph.segment.ReadingText;

/**
 * Reads the title and text of a quoted draft article: “第 10 条之二：非法干扰关键信息基础设施。1.各缔约国…”. The title
 * runs from the colon after the number to the first full stop, footnote marker or numbered paragraph, or to the end
 * of the heading's line where the layout did not run it on (第 26 条：流量数据的快速存留和部分披露, then the text on a
 * new line); the text is what follows, up to the closing quotation mark.
 */
final class ProvisionQuotations {

    /** A title is a few words; what runs longer is text that opens without one. */
    private static final int LONGEST_TITLE = 60;
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}[.．](?!\\d)");
    /** Only an ellipsis or brackets: the quotation leaves the text out. */
    private static final Pattern NO_TEXT = Pattern.compile("^[\\s\\[\\]【】.…。]*$");

    private ProvisionQuotations() {
    }

    /**
     * The quotation whose heading (第 N 条…：) runs from {@code headingStart} to {@code headingEnd} and whose closing
     * mark stands at {@code quoteEnd}; empty where the heading is not inside a quotation or has no title.
     */
    static Optional<QuotedProvision> read(ReadingText reading, ProvisionRef provision, int headingStart,
            int headingEnd, int quoteEnd) {
        String text = reading.text();
        int open = headingStart - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '“' || quoteEnd > text.length()) {
            return Optional.empty();
        }
        int titleStart = skipSpaces(text, headingEnd, quoteEnd);
        int titleEnd = titleStart;
        while (titleEnd < quoteEnd && titleEnd - titleStart <= LONGEST_TITLE && text.charAt(titleEnd) != '。'
                && !(titleEnd > titleStart && reading.startsLine(titleEnd))
                && reading.footnoteMarkerLength(titleEnd) == 0
                && !PARAGRAPH_NUMBER.matcher(text.substring(titleEnd, Math.min(quoteEnd, titleEnd + 4))).find()) {
            titleEnd++;
        }
        if (titleEnd - titleStart > LONGEST_TITLE) {
            return Optional.empty();
        }
        int trimmed = titleEnd;
        while (trimmed > titleStart && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed == titleStart) {
            return Optional.empty();
        }
        int textStart = titleEnd < quoteEnd && text.charAt(titleEnd) == '。' ? titleEnd + 1 : titleEnd;
        textStart += reading.footnoteMarkerLength(textStart);
        textStart = skipSpaces(text, textStart, quoteEnd);
        int textEnd = quoteEnd;
        while (textEnd > textStart && Character.isWhitespace(text.charAt(textEnd - 1))) {
            textEnd--;
        }
        Optional<org.w3id.normgraph.document.Evidence> quotedText = textEnd > textStart
                && !NO_TEXT.matcher(reading.withoutFootnoteMarkers(textStart, textEnd)).matches()
                ? Optional.of(reading.evidence(textStart, textEnd)) : Optional.empty();
        return Optional.of(new QuotedProvision(provision, reading.evidence(titleStart, trimmed), quotedText,
                reading.evidence(headingStart, Math.max(textEnd, trimmed))));
    }

    private static int skipSpaces(String text, int from, int limit) {
        int p = from;
        while (p < limit && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
