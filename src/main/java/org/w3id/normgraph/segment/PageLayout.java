package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * Finds the page-break debris of a text extracted from a PDF: footnote blocks printed at the foot of each page,
 * and the run of link URLs that the extraction appends after them. What is left is the running text.
 *
 * <p>A footnote block starts with a line that begins with a footnote number close to the highest seen so far
 * (PDF extraction sometimes prints footnotes slightly out of order), and it runs until the next page begins:
 * the extraction starts each page's running text with one space.
 */
public final class PageLayout {

    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})(?![\\d.．])\\s?(\\S)");
    private static final Pattern NOT_A_FOOTNOTE = Pattern.compile("^\\d{1,3}\\s*(年|月|日|页|号|次|条|个|%|\\s*$)");
    /** A footnote whose text begins with a year: 71 + 2021-2025 年… prints as 712021-2025 年…. */
    private static final Pattern NUMBER_BEFORE_YEAR = Pattern.compile("^(\\d{1,3})(?=(?:19|20)\\d{2}(?:\\D|$))");
    private static final Pattern URL_LINE = Pattern.compile("^\\s*https?://\\S*\\s*$");
    private static final Pattern URL_CONTINUATION = Pattern.compile("^\\s*[\\w./%?=&#~+:-]+\\s*$");
    private static final Pattern PAGE_START = Pattern.compile("^ (?!\\s|https?://)\\S");
    private static final int FOOTNOTE_NUMBER_DRIFT = 8;

    private final SourceText source;
    private final BitSet debrisLines;
    private final List<Footnote> footnotes;

    private PageLayout(SourceText source, BitSet debrisLines, List<Footnote> footnotes) {
        this.source = source;
        this.debrisLines = debrisLines;
        this.footnotes = List.copyOf(footnotes);
    }

    public static PageLayout analyse(SourceText source) {
        BitSet debris = new BitSet();
        List<Footnote> footnotes = new ArrayList<>();
        int highestFootnote = 0;
        boolean inFootnoteBlock = false;
        int openNumber = -1;
        int openStart = -1;
        int lines = source.lineCount();
        for (int n = 1; n <= lines; n++) {
            String line = source.line(n);
            int number = footnoteNumber(line, highestFootnote);
            if (number > 0) {
                if (openNumber > 0) {
                    footnotes.add(footnote(source, openNumber, openStart, n - 1));
                }
                openNumber = number;
                openStart = n;
                highestFootnote = Math.max(highestFootnote, number);
                inFootnoteBlock = true;
                debris.set(n);
            } else if (inFootnoteBlock && PAGE_START.matcher(line).find()) {
                footnotes.add(footnote(source, openNumber, openStart, lastTextLine(source, openStart, n - 1)));
                openNumber = -1;
                inFootnoteBlock = false;
            } else if (inFootnoteBlock || URL_LINE.matcher(line).matches() || continuesUrl(source, debris, n)
                    || continuesFootnoteOfPreviousPage(source, n, highestFootnote)) {
                debris.set(n);
            }
        }
        if (openNumber > 0) {
            footnotes.add(footnote(source, openNumber, openStart, lastTextLine(source, openStart, lines)));
        }
        return new PageLayout(source, debris, footnotes);
    }

    private static int footnoteNumber(String line, int highestSoFar) {
        Matcher m = FOOTNOTE_START.matcher(line);
        if (!m.find() || NOT_A_FOOTNOTE.matcher(line).find()) {
            m = NUMBER_BEFORE_YEAR.matcher(line);
            if (!m.find()) {
                return -1;
            }
        }
        int number = Integer.parseInt(m.group(1));
        boolean plausible = number > 0
                && number <= highestSoFar + FOOTNOTE_NUMBER_DRIFT
                && number >= highestSoFar - FOOTNOTE_NUMBER_DRIFT;
        return plausible ? number : -1;
    }

    /**
     * The end of the previous page's last footnote, which the extraction prints just before this page's footnote
     * block: a line of text, then the link that ends that footnote, then the next numbered footnote. Running text
     * is never followed by a link line and a footnote.
     */
    private static boolean continuesFootnoteOfPreviousPage(SourceText source, int n, int highestSoFar) {
        int link = nextNonBlank(source, n + 1);
        if (link < 0 || !URL_LINE.matcher(source.line(link)).matches()) {
            return false;
        }
        int next = nextNonBlank(source, link + 1);
        return next > 0 && footnoteNumber(source.line(next), highestSoFar) > 0;
    }

    private static int nextNonBlank(SourceText source, int from) {
        for (int n = from; n <= source.lineCount(); n++) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return -1;
    }

    /** A URL that the layout broke over two lines, its first half already found to be debris. */
    private static boolean continuesUrl(SourceText source, BitSet debris, int n) {
        if (n < 2 || !debris.get(n - 1) || !URL_LINE.matcher(source.line(n - 1)).matches()) {
            return false;
        }
        String previous = source.line(n - 1).strip();
        return (previous.endsWith("-") || previous.endsWith("/") || previous.endsWith("_"))
                && URL_CONTINUATION.matcher(source.line(n)).matches();
    }

    /** The footnote's own text ends before the URL lines that follow the block. */
    private static int lastTextLine(SourceText source, int first, int last) {
        int end = last;
        while (end > first && (source.line(end).isBlank() || URL_LINE.matcher(source.line(end)).matches())) {
            end--;
        }
        return end;
    }

    private static Footnote footnote(SourceText source, int number, int firstLine, int lastLine) {
        int start = source.lineStart(firstLine);
        int end = source.lineStart(lastLine) + source.line(lastLine).length();
        return new Footnote(number, new Span(start, end));
    }

    public SourceText source() {
        return source;
    }

    public boolean isDebris(int lineNumber) {
        return debrisLines.get(lineNumber);
    }

    public List<Footnote> footnotes() {
        return footnotes;
    }

    public Set<Integer> footnoteNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        footnotes.forEach(f -> numbers.add(f.number()));
        return numbers;
    }
}
