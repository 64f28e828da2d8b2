package org.w3id.normgraph.segment;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * Where a page's block of footnotes ends and the next page's running text begins. The Chinese extraction starts each
 * page's running text with one space; a converter that keeps no indents (a copy from a browser, a word processor's
 * export) marks nothing, and then the block ends by what it holds: after a footnote that is whole (it ends with its
 * source's link, a page, a sentence's end or 同上) and the page's list of links, the first line that neither opens
 * the next footnote nor is a link is running text again; so is a line that opens a quotation, even after a footnote
 * that the page break cut, and a line that carries the marker of a footnote still to come: a footnote cites no later
 * one.
 */
final class FootnoteBlockEnd {

    /**
     * How a whole footnote ends: its link, a page reference, a sentence's end or a closing bracket, or 同上 (ibid.);
     * or a line that holds only the rest of a link that the layout broke, and ends short of the margin.
     */
    private static final Pattern WHOLE = Pattern.compile("(?:https?://\\S*[^\\s（(]|[。）)]|页|同上)\\s*$");
    /** A line that ends with a link, perhaps the first part of one that the layout broke. */
    private static final Pattern ENDS_WITH_LINK = Pattern.compile("https?://\\S*$");
    /**
     * The rest of a link at a line's start, up to the words after it (…making-in- | Cyberspace-ENG.pdf，第 3 页): the
     * letters and signs of a link, among them at least one sign, so that a word (OEWG) is not taken for one.
     */
    private static final Pattern LINK_REST =
            Pattern.compile("^\\s*[\\w%?=&#~+:]*[./_-][\\w./%?=&#~+:-]*(?:\\s*$|(?=[（(，,；;。）)\\p{IsHan}]))");
    /** A quoted article or a quotation's opening at a line's start: a source's words go on otherwise. */
    private static final Pattern QUOTATION_START = Pattern.compile("^\\s*“");
    /**
     * A footnote's marker in running text: a number after Chinese text or closing punctuation that counts, dates or
     * times nothing (第 21 条, 32 个, 2023 年 and 1:06:50 are no markers).
     */
    private static final Pattern MARKER = Pattern.compile(
            "[\\p{IsHan}”。）)\\]]\\s?(\\d{1,3})(?![\\d.．:：/])(?!\\s*(?:年|月|日|页|号|次|条|个|%|bis))");
    /** How many lines joined by the layout are read for a marker: a paragraph's first sentence at most. */
    private static final int JOINED_LINES = 8;
    /** Page starts that a text must mark for them to be trusted: a few stray indented lines mark no pages. */
    private static final int MARKED_PAGES = 3;

    private FootnoteBlockEnd() {
    }

    /** Whether the text starts its pages' running text with one space, as the Chinese extraction does. */
    static boolean pageStartsMarked(SourceText source, Pattern pageStart) {
        int marked = 0;
        for (int n = 1; n <= source.lineCount() && marked < MARKED_PAGES; n++) {
            if (pageStart.matcher(source.line(n)).lookingAt()) {
                marked++;
            }
        }
        return marked >= MARKED_PAGES;
    }

    /**
     * Whether line {@code n}, inside a block of footnotes that opens no footnote of its own, begins the next page's
     * running text: it is no link, and the block's last line above it ended a whole footnote or a link, or the line
     * carries the marker of a footnote after {@code highestFootnote}, the highest read so far, or a line after it
     * does that the layout joined to it (each line before it filled the {@code measure}).
     */
    static boolean after(SourceText source, int n, BitSet debris, int highestFootnote, LineMeasure measure) {
        String line = source.line(n);
        if (line.isBlank() || PageLinkList.URL_LINE.matcher(line).matches()) {
            return false;
        }
        int above = n - 1;
        while (above > 0 && source.line(above).isBlank()) {
            above--;
        }
        if (above < 1 || !debris.get(above)) {
            return false;
        }
        String last = source.line(above).strip();
        boolean whole = WHOLE.matcher(last).find() || PageLayout.URL_CONTINUATION.matcher(last).matches()
                && LINK_REST.matcher(last).lookingAt() && !measure.reachesMargin(last);
        return whole && !continuesBrokenLink(last, line, measure) || QUOTATION_START.matcher(line).lookingAt()
                || carriesLaterMarker(source, n, highestFootnote, measure);
    }

    private static boolean carriesLaterMarker(SourceText source, int n, int highestFootnote, LineMeasure measure) {
        for (int k = n; k <= source.lineCount() && k < n + JOINED_LINES && !source.line(k).isBlank(); k++) {
            Matcher marker = MARKER.matcher(source.line(k));
            while (marker.find()) {
                int number = Integer.parseInt(marker.group(1));
                if (number > highestFootnote && number <= highestFootnote + PageLayout.FOOTNOTE_NUMBER_DRIFT) {
                    return true;
                }
            }
            if (!measure.reachesMargin(source.line(k))) {
                break;
            }
        }
        return false;
    }

    /**
     * A link that the layout broke over lines (…/CND_2_- | _21.04.2023.pdf, or anywhere: …making-in- |
     * Cyberspace-ENG.pdf) goes on with no space: the next line opens with the rest of a link, or with anything but a
     * space where the link broke after a sign that no link ends with, or, after a line that the link filled to the
     * margin, the next line holds only a link's letters (…ENG.pd | f).
     */
    private static boolean continuesBrokenLink(String last, String line, LineMeasure measure) {
        if (!ENDS_WITH_LINK.matcher(last).find()) {
            return false;
        }
        boolean brokenAtSign = last.endsWith("-") || last.endsWith("_");
        return LINK_REST.matcher(line).lookingAt()
                || brokenAtSign && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
                || measure.reachesMargin(last) && PageLayout.URL_CONTINUATION.matcher(line).matches();
    }
}
