package org.w3id.normgraph.segment;

import java.util.BitSet;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The list of links that the extraction of a PDF appends to a page's footnotes (the page's link annotations): it
 * belongs to no footnote, so the footnote above it ends before it. With the Chinese extraction's blank lines, a blank
 * line sets the list off; a converter that writes no blank lines sets it off by nothing, and the list is told by what
 * it holds: links that repeat one printed in the page's footnotes above.
 */
final class PageLinkList {

    static final Pattern URL_LINE = Pattern.compile("^\\s*https?://\\S*\\s*$");

    /** The words of a source that its own link line follows: the report prints a comma before the link. */
    private static final Pattern SOURCE_BEFORE_LINK = Pattern.compile("[，：,:]\\s*$");

    private final SourceText source;
    private final BitSet heads;
    private final boolean blankLinesKept;

    PageLinkList(SourceText source, BitSet heads) {
        this.source = source;
        this.heads = heads;
        this.blankLinesKept = BlankLines.followMostLines(source);
    }

    /** Whether the text keeps the blank line after most lines that the Chinese extraction writes. */
    boolean blankLinesKept() {
        return blankLinesKept;
    }

    /**
     * The last line of the footnote that runs from {@code first} to at most {@code last}, before the page's list of
     * links (a block may hold two pages' footnotes where a page had no running text of its own). With blank lines,
     * the list is the URL lines at the end, set off by a blank line, that repeat a link printed above them (one link
     * alone that repeats none is the footnote's own, printed under its words). Without them, a footnote's own link
     * line is the one URL line right under words that end with the comma before a source's link; the list starts
     * after it, or right under the footnote's words.
     */
    int lastTextLine(int first, int last) {
        int end = lastNonBlank(first, last);
        int run = end;
        while (run > first && URL_LINE.matcher(source.line(run)).matches()) {
            run--;
        }
        boolean setOff = run < end && source.line(run).isBlank();
        if (setOff && (end - run > 1 || repeatsALinkAbove(first, run, source.line(end).strip()))) {
            return lastNonBlank(first, run);
        }
        if (!blankLinesKept && !setOff && run < end) {
            int listStart = SOURCE_BEFORE_LINK.matcher(source.line(run)).find() ? run + 2 : run + 1;
            if (listStart <= end) {
                return lastNonBlank(first, listStart - 1);
            }
        }
        return end;
    }

    private boolean repeatsALinkAbove(int first, int last, String link) {
        StringBuilder above = new StringBuilder();
        for (int n = first; n <= last; n++) {
            above.append(source.line(n).strip());
        }
        return above.indexOf(link) >= 0;
    }

    /** The last line up to {@code last} that is not blank, nor a page number or running head. */
    private int lastNonBlank(int first, int last) {
        int end = last;
        while (end > first && (source.line(end).isBlank() || heads.get(end))) {
            end--;
        }
        return end;
    }
}
