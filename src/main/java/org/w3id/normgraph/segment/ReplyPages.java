package org.w3id.normgraph.segment;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import org.w3id.normgraph.document.SourceText;

/**
 * Where the pages of a compilation of replies break: its page numbers and running heads, and which text line opens a
 * page. What shows a page break depends on the edition's layout ({@link ReplyLanguage}) and on what the converter
 * kept of it: the blank line after every line of the Chinese extraction, a page's links and number where a converter
 * dropped those, or the page's debris between paragraphs set apart.
 */
final class ReplyPages {

    /** What stands between a text line and the text line before it. */
    enum LineBefore { TEXT, BLANK, PAGE_DEBRIS, NONE }

    private final LineKinds kinds;
    private final ReplyLanguage words;
    /** The page numbers and running heads, found once for both readings of the lines. */
    private final BitSet heads;
    /**
     * Whether this text has the blank line after every line that the edition's layout prints: another converter's
     * text of the same edition may have none, and then a blank line tells nothing of pages.
     */
    final boolean blankAfterEveryLine;

    ReplyPages(SourceText source, LineKinds kinds, ReplyLanguage words) {
        this.kinds = kinds;
        this.words = words;
        this.blankAfterEveryLine = words.everyLineFollowedByBlank && BlankLines.followMostLines(source);
        this.heads = RunningHeads.find(source);
        words.pageDebris.ifPresent(debris -> {
            Matcher m = debris.matcher("");
            LineStarts debrisStarts = words.lineStarts(debris, true);
            Map<String, Boolean> blankLines = new HashMap<>(); // the same few blank lines again and again
            for (int n = 1; n <= kinds.count(); n++) {
                String line = kinds.line(n);
                if (blank(n) ? blankLines.computeIfAbsent(line, l -> m.reset(l).matches())
                        : debrisStarts.mayMatch(line) && m.reset(line).matches()) {
                    heads.set(n);
                }
            }
        });
        ContentsTable.mark(kinds, heads);
    }

    /** Whether line {@code n} is a page number or running head. */
    boolean head(int n) {
        return heads.get(n);
    }

    boolean blank(int n) {
        return kinds.blank(n);
    }

    /**
     * Whether text line {@code n} opens a page: in the Chinese extraction, a line right after another non-blank line;
     * in a layout with paragraphs apart, the first text line after a page's debris (symbol, job and page number).
     */
    boolean opensPage(int n) {
        if (blankAfterEveryLine) {
            return !blank(n - 1);
        }
        if (words.everyLineFollowedByBlank) {
            return afterPageLinks(n);
        }
        return lineBefore(n) == LineBefore.PAGE_DEBRIS;
    }

    /**
     * Whether text line {@code n} follows a page's list of links or its page number and running head: where a
     * converter dropped the blank lines of the Chinese layout, these are what still shows where a page starts.
     */
    private boolean afterPageLinks(int n) {
        for (int before = n - 1; before >= 1; before--) {
            if (head(before) || kinds.link(before)) {
                return true;
            }
            if (!blank(before)) {
                return false;
            }
        }
        return false;
    }

    /** What stands between text line {@code n} and the text line before it: nothing, blank lines, or a page break. */
    LineBefore lineBefore(int n) {
        LineBefore found = LineBefore.TEXT;
        for (int before = n - 1; before >= 1; before--) {
            if (head(before)) {
                return LineBefore.PAGE_DEBRIS;
            }
            if (!blank(before)) {
                return found;
            }
            found = LineBefore.BLANK;
        }
        return LineBefore.NONE;
    }

    /** Whether the line after text line {@code n} is blank or the end of the text. */
    boolean blankAfter(int n) {
        return n >= kinds.count() || blank(n + 1) || head(n + 1);
    }
}
