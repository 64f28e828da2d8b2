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
}
