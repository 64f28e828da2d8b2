package org.w3id.normgraph.segment;

import java.util.BitSet;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * Where a page's block of footnotes ends and the next page's running text begins. The Chinese extraction starts each
 * page's running text with one space; a converter that keeps no indents (a copy from a browser, a word processor's
 * export) marks nothing, and then the block ends by what it holds: after a footnote that is whole (it ends with its
 * source's link, a page, a sentence's end or 同上) and the page's list of links, the first line that neither opens
 * the next footnote nor is a link is running text again; so is a line that opens a quotation, even after a footnote
 * that the page break cut.
 */
final class FootnoteBlockEnd {

    /** How a whole footnote ends: its link, a page reference, a sentence's end or a closing bracket, or 同上 (ibid.). */
    private static final Pattern WHOLE = Pattern.compile("(?:https?://\\S*|[。）)]|页|同上)\\s*$");
    /** A quoted article or a quotation's opening at a line's start: a source's words go on otherwise. */
    private static final Pattern QUOTATION_START = Pattern.compile("^\\s*“");
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
     * running text: it is no link, and the block's last line above it ended a whole footnote or a link.
     */
    static boolean after(SourceText source, int n, BitSet debris) {
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
        return WHOLE.matcher(last).find() && !continuesBrokenLink(last, line) || QUOTATION_START.matcher(line).lookingAt();
    }

    /** A link that the layout broke over lines (…/CND_2_- | _21.04.2023.pdf) goes on with no space. */
    private static boolean continuesBrokenLink(String last, String line) {
        return PageLinkList.URL_LINE.matcher(last).matches()
                && (last.endsWith("-") || last.endsWith("/") || last.endsWith("_"))
                && !line.strip().contains(" ");
    }
}
