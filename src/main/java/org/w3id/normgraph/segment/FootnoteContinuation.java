package org.w3id.normgraph.segment;

import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The rest of a footnote that a page break cut, printed at the foot of the next page above its first numbered
 * footnote. The Chinese extraction sets it off from the page's running text by a gap line; a converter that writes no
 * blank lines does not, and then it is told by what it says: the footnote above it stopped inside a sentence, and
 * the rest is a source's tail (the words of no quotation, no sentence end) that ends with the source's link.
 */
final class FootnoteContinuation {

    /** A footnote that is whole: it ends a sentence, a page reference or its link. */
    private static final Pattern WHOLE = Pattern.compile("(?:[。）)]|页|https?://\\S*)\\s*$");
    /** What the running text has and a source's tail has not: sentence ends and quotation marks. */
    private static final Pattern RUNNING_TEXT = Pattern.compile("[。！？“”‘’：；]");
    private static final Pattern ENDS_WITH_LINK = Pattern.compile("https?://\\S*$");
    /** A line of running text that ends a sentence (perhaps with a footnote marker): the page's text stops there. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？”](?:\\s*\\d{1,3})*\\s*$");

    private FootnoteContinuation() {
    }

    /**
     * The first line of the rest of the cut footnote whose text so far ends with {@code cutEnd}, in the lines after
     * {@code pageStart} and above {@code footnoteLine}; -1 where the footnote was whole or no such rest stands there.
     */
    static int unmarkedStart(SourceText source, String cutEnd, int pageStart, int footnoteLine) {
        if (WHOLE.matcher(cutEnd).find()) {
            return -1;
        }
        int last = footnoteLine - 1;
        while (last > pageStart && source.line(last).isBlank()) {
            last--;
        }
        int first = last + 1;
        while (first - 1 > pageStart && !source.line(first - 1).isBlank()
                && !RUNNING_TEXT.matcher(source.line(first - 1)).find()) {
            first--;
        }
        if (first > last) {
            return -1;
        }
        StringBuilder words = new StringBuilder();
        for (int n = first; n <= last; n++) {
            words.append(source.line(n).strip());
        }
        return ENDS_WITH_LINK.matcher(words).find() ? first : -1;
    }

    /**
     * Whether the rest found from {@code first} to {@code last} may begin later: the page's running text above it
     * stopped inside a sentence, and two or more lines of words stand before the link, so the first of them may be
     * the last words of the running text as well as the footnote's. Without blank lines, only their sense tells.
     */
    static boolean startIsUncertain(SourceText source, int first, int last, int pageStart) {
        if (first - 1 <= pageStart || ENDS_SENTENCE.matcher(source.line(first - 1)).find()) {
            return false;
        }
        int words = 0;
        for (int n = first; n <= last; n++) {
            if (!source.line(n).isBlank() && !PageLinkList.URL_LINE.matcher(source.line(n)).matches()) {
                words++;
            }
        }
        return words >= 2;
    }
}
