package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text lines of a compilation of replies (neither blank, nor page furniture, nor links) show of the
 * converter that wrote them: whether it kept blank lines and indents, and whether it wrote each paragraph on one
 * line. {@link ReplyLines} reads the blocks of a text that keeps neither by these answers.
 */
final class TextLines {

    private final LineKinds kinds;
    private final ReplyPages pages;

    TextLines(LineKinds kinds, ReplyPages pages) {
        this.kinds = kinds;
        this.pages = pages;
    }

    /** Whether at most one line in ten between the first text line and the last is blank. */
    boolean hardlyAnyBlankLine() {
        int first = 1;
        while (first <= kinds.count() && kinds.blank(first)) {
            first++;
        }
        int last = kinds.count();
        while (last > first && kinds.blank(last)) {
            last--;
        }
        int blank = 0;
        for (int n = first; n <= last; n++) {
            blank += kinds.blank(n) ? 1 : 0;
        }
        return blank * 10 <= last - first + 1;
    }

    /**
     * Whether four in five of the text lines longer than {@code longestTitle}, long enough to hold a sentence, end one
     * or a list item ({@code blockEnd}), as where each paragraph is one line (where a converter broke them anywhere,
     * most end inside a sentence).
     */
    boolean mostEndBlocks(Pattern blockEnd, int longestTitle) {
        Matcher end = blockEnd.matcher("");
        int lines = 0;
        int ending = 0;
        for (int n = 1; n <= kinds.count(); n++) {
            if (!kinds.blank(n) && !pages.head(n) && !kinds.link(n)
                    && kinds.line(n).strip().length() > longestTitle) {
                lines++;
                ending += end.reset(kinds.line(n)).find() ? 1 : 0;
            }
        }
        return lines > 0 && ending * 5 >= lines * 4;
    }

    /** Whether at most one text line in a hundred begins with white space. */
    boolean hardlyAnyIndented() {
        int lines = 0;
        int indented = 0;
        for (int n = 1; n <= kinds.count(); n++) {
            String line = kinds.line(n);
            if (!kinds.blank(n) && !pages.head(n) && !kinds.link(n)) {
                lines++;
                indented += Character.isWhitespace(line.charAt(0)) ? 1 : 0;
            }
        }
        return indented <= lines / 100;
    }
}
