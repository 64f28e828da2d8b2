package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * Finds the page-break debris of a text extracted from a PDF: footnote blocks printed at the foot of each page,
 * and the run of link URLs that the extraction appends after them. What is left is the running text.
 *
 * <p>A footnote block starts with a line that begins with a footnote number a little above the highest seen so far
 * (a footnote may be missing), whose marker the running text above carries, and it runs until the next page begins:
 * the extraction starts each page's running text with one space. Each footnote runs to the next number; the page's
 * list of links, set off by a blank line, closes the block and belongs to no footnote. A footnote that the page break
 * cut goes on at the foot of the next page, between the gap line that ends that page's running text (a line of
 * spaces only) and the page's first numbered footnote.
 */
public final class PageLayout {

    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})(?![\\d.．:：/a-z-])\\s?(\\S)");
    /** A number that begins a date, a page or a count (8 日，) is not a footnote; 日本 (Japan) is no 日. */
    private static final Pattern NOT_A_FOOTNOTE = Pattern.compile("^\\d{1,3}\\s*(年|月|日(?!本)|页|号|次|条|个|%|\\s*$)");
    /** A footnote whose text begins with a year: 71 + 2021-2025 年… prints as 712021-2025 年…. */
    private static final Pattern NUMBER_BEFORE_YEAR = Pattern.compile("^(\\d{1,3})(?=(?:19|20)\\d{2}(?:\\D|$))");
    static final Pattern URL_CONTINUATION = Pattern.compile("^\\s*[\\w./%?=&#~+:-]+\\s*$");
    /** A line that ends inside a time (…（从 31: | 50 开始）): the next line's digits go on with it. */
    private static final Pattern GOES_ON = Pattern.compile("\\d\\s*[:：]\\s*$");
    private static final Pattern ENDS_IN_DIGIT = Pattern.compile("[\\d/]$");
    private static final Pattern PAGE_START = Pattern.compile("^ (?!\\s|https?://)\\S");
    /** The last word of a text that ends inside a link, which the next line goes on without a space. */
    private static final Pattern ENDS_IN_LINK = Pattern.compile("https?://\\S*$");
    /** How far a footnote number may jump ahead of the last one (footnotes lost by the extraction). */
    static final int FOOTNOTE_NUMBER_DRIFT = 8;

    private final SourceText source;
    private final BitSet debrisLines;
    private final List<Footnote> footnotes;
    private final Set<Integer> footnoteNumbers;
    private final List<Footnote> uncertainRests;

    private PageLayout(SourceText source, BitSet debrisLines, List<Footnote> footnotes, List<Footnote> uncertainRests) {
        this.source = source;
        this.debrisLines = debrisLines;
        this.footnotes = List.copyOf(footnotes);
        this.uncertainRests = List.copyOf(uncertainRests);
        SortedSet<Integer> numbers = new TreeSet<>();
        footnotes.forEach(f -> numbers.add(f.number()));
        this.footnoteNumbers = Collections.unmodifiableSortedSet(numbers);
    }

    /** A footnote being read: its number, where its number ends on its first line, and its parts as line ranges. */
    private static final class OpenFootnote {
        final int number;
        final int firstLine;
        final int numberEnd;
        final List<int[]> lineRanges = new ArrayList<>();
        /** Whether its rest on the next page may begin a line or more later than read (see FootnoteContinuation). */
        boolean restUncertain;

        OpenFootnote(int number, int firstLine, int numberEnd) {
            this.number = number;
            this.firstLine = firstLine;
            this.numberEnd = numberEnd;
        }

        /** Its lines end above line {@code n}, without the page's list of links. */
        void endBefore(int n, PageLinkList links) {
            lineRanges.add(new int[] {firstLine, links.lastTextLine(firstLine, n - 1)});
        }
    }

    public static PageLayout analyse(SourceText source) {
        BitSet debris = new BitSet();
        List<OpenFootnote> read = new ArrayList<>();
        int highestFootnote = 0;
        boolean inFootnoteBlock = false;
        OpenFootnote open = null;
        /** The last footnote of the page before, which may go on at the foot of this page. */
        OpenFootnote cut = null;
        int pageStart = 1;
        StringBuilder runningText = new StringBuilder();
        int lines = source.lineCount();
        int[] runningTextBefore = new int[lines + 2];
        BitSet heads = RunningHeads.find(source);
        PageLinkList links = new PageLinkList(source, heads);
        boolean pagesMarked = FootnoteBlockEnd.pageStartsMarked(source, PAGE_START);
        LineMeasure lineMeasure = pagesMarked ? LineMeasure.UNWRAPPED : measureOfAll(source, heads);
        for (int n = 1; n <= lines; n++) {
            String line = source.line(n);
            runningTextBefore[n] = runningText.length();
            if (heads.get(n)) {
                debris.set(n);
                if (inFootnoteBlock && !pagesMarked) {
                    // a page number or running head stands at a page break: the page's footnotes end above it
                    open.endBefore(n, links);
                    cut = open;
                    open = null;
                    inFootnoteBlock = false;
                    pageStart = n;
                }
                continue;
            }
            Matcher number = footnoteStart(line, highestFootnote);
            if (number != null && n > 1 && goesOn(source.line(n - 1), Integer.parseInt(number.group(1)), highestFootnote)) {
                number = null;
            }
            if (number != null && (!inFootnoteBlock || Integer.parseInt(number.group(1)) != highestFootnote + 1)
                    && !markedAbove(runningText, Integer.parseInt(number.group(1)))) {
                number = null;
            }
            if (number != null) {
                if (open != null) {
                    open.endBefore(n, links);
                } else if (cut != null) {
                    int first = continueOnThisPage(source, cut, pageStart, n, debris, links.blankLinesKept());
                    if (first > 0) {
                        runningText.setLength(runningTextBefore[first]);
                    }
                }
                cut = null;
                open = new OpenFootnote(Integer.parseInt(number.group(1)), n, number.end(1));
                read.add(open);
                highestFootnote = Math.max(highestFootnote, open.number);
                inFootnoteBlock = true;
                debris.set(n);
            } else if (inFootnoteBlock && (pagesMarked ? PAGE_START.matcher(line).lookingAt()
                    : FootnoteBlockEnd.after(source, n, debris, highestFootnote, lineMeasure))) {
                open.endBefore(n, links);
                cut = open;
                open = null;
                inFootnoteBlock = false;
                pageStart = n;
                runningText.append(line.strip()).append('\n');
            } else if (inFootnoteBlock || PageLinkList.URL_LINE.matcher(line).matches() || continuesUrl(source, debris, n)) {
                debris.set(n);
            } else if (!line.isBlank()) {
                runningText.append(line.strip()).append('\n');
            }
        }
        if (open != null) {
            open.endBefore(lines + 1, links);
        }
        List<Integer> footnoteWidths = new ArrayList<>();
        for (OpenFootnote footnote : read) {
            for (int[] range : footnote.lineRanges) {
                for (int n = range[0]; n <= range[1]; n++) {
                    if (!source.line(n).isBlank()) {
                        footnoteWidths.add(LineMeasure.width(source.line(n).strip()));
                    }
                }
            }
        }
        LineMeasure measure = LineMeasure.of(footnoteWidths.stream().mapToInt(Integer::intValue).toArray());
        List<Footnote> footnotes = new ArrayList<>();
        List<Footnote> uncertainRests = new ArrayList<>();
        for (OpenFootnote footnote : read) {
            footnotes.add(footnote(source, footnote, measure));
            if (footnote.restUncertain) {
                uncertainRests.add(footnotes.get(footnotes.size() - 1));
            }
        }
        return new PageLayout(source, debris, footnotes, uncertainRests);
    }

    /**
     * Whether a line's leading number goes on with the line before (a time, a path, or a number broken at the margin)
     * rather than opening a footnote: only the next footnote in order may follow a line that ends in a digit or a slash (a link
     * ending …/1680081561).
     */
    private static boolean goesOn(String previous, int number, int highestSoFar) {
        return GOES_ON.matcher(previous).find() || ENDS_IN_DIGIT.matcher(previous).find() && number != highestSoFar + 1;
    }

    /**
     * Whether the running text above carries the marker of footnote {@code number}: a footnote is referred to before
     * it is printed (on its page, or before the page break that a narrower page moved). A line of running text that the layout began with a marker
     * (数据 | 116 1.各缔约国…) is no footnote. The marker may be broken over lines (…议9 | 9).
     */
    private static boolean markedAbove(StringBuilder runningText, int number) {
        // By hand rather than by a regex compiled per call, as (?<=[\p{IsHan}”。）)\]，、]\n?)9\n?9(?!\d) would read
        // it: this runs for every candidate footnote line over all the running text above it.
        String digits = Integer.toString(number);
        char first = digits.charAt(0);
        for (int at = runningText.indexOf(String.valueOf(first)); at >= 0;
                at = runningText.indexOf(String.valueOf(first), at + 1)) {
            if (markerMayFollow(runningText, at) && digitsAt(runningText, at, digits)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a footnote marker may begin at {@code at}: after Chinese text or closing punctuation, perhaps a line break between. */
    private static boolean markerMayFollow(CharSequence text, int at) {
        if (at >= 1 && marksFootnote(text.charAt(at - 1))) {
            return true;
        }
        if (at >= 2 && Character.isHighSurrogate(text.charAt(at - 2)) && Character.isLowSurrogate(text.charAt(at - 1))) {
            return isHan(Character.toCodePoint(text.charAt(at - 2), text.charAt(at - 1)));
        }
        return at >= 2 && text.charAt(at - 1) == '\n' && marksFootnote(text.charAt(at - 2));
    }

    private static boolean marksFootnote(char c) {
        return "”。）)]，、".indexOf(c) >= 0 || !Character.isSurrogate(c) && isHan(c);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code digits} stand at {@code at}, each perhaps after a line break, and no digit follows them. */
    private static boolean digitsAt(CharSequence text, int at, String digits) {
        int i = at + 1;
        for (int d = 1; d < digits.length(); d++) {
            if (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != digits.charAt(d)) {
                return false;
            }
            i++;
        }
        return i >= text.length() || text.charAt(i) < '0' || text.charAt(i) > '9';
    }

    private static Matcher footnoteStart(String line, int highestSoFar) {
        if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9') {
            return null; // each pattern below begins with ^\d: most lines are ruled out without a matcher
        }
        // lookingAt, not find: the patterns begin with ^, and find would try (and fail) at every other place too
        Matcher m = FOOTNOTE_START.matcher(line);
        if (!m.lookingAt() || NOT_A_FOOTNOTE.matcher(line).lookingAt()) {
            m = NUMBER_BEFORE_YEAR.matcher(line);
            if (!m.lookingAt()) {
                return null;
            }
        }
        int number = Integer.parseInt(m.group(1));
        boolean plausible = number > highestSoFar && number <= highestSoFar + FOOTNOTE_NUMBER_DRIFT;
        return plausible ? m : null;
    }

    /**
     * The end of the previous page's last footnote, printed at the foot of this page before its first numbered
     * footnote: the lines after the gap line (spaces only) that ends this page's running text. Returns the first
     * of them, or -1 if there are none.
     */
    private static int continueOnThisPage(SourceText source, OpenFootnote cut, int pageStart, int footnoteLine,
            BitSet debris, boolean blankLinesKept) {
        int gap = -1;
        for (int k = footnoteLine - 1; k > pageStart; k--) {
            String line = source.line(k);
            if (!line.isEmpty() && line.isBlank()) {
                gap = k;
                break;
            }
        }
        boolean unmarked = false;
        if (gap < 0 && !blankLinesKept && !cut.lineRanges.isEmpty()) {
            int[] lastPart = cut.lineRanges.get(cut.lineRanges.size() - 1);
            gap = FootnoteContinuation.unmarkedStart(source, source.line(lastPart[1]).strip(), pageStart,
                    footnoteLine) - 1;
            unmarked = gap >= 0;
        }
        if (gap < 0) {
            return -1;
        }
        int first = -1;
        int last = -1;
        for (int k = gap + 1; k < footnoteLine; k++) {
            if (!source.line(k).isBlank()) {
                first = first < 0 ? k : first;
                last = k;
                debris.set(k);
            }
        }
        if (first > 0) {
            cut.lineRanges.add(new int[] {first, last});
            cut.restUncertain = unmarked && FootnoteContinuation.startIsUncertain(source, first, last, pageStart);
        }
        return first;
    }

    /** The measure of all the lines but page numbers and running heads, footnotes and running text together. */
    private static LineMeasure measureOfAll(SourceText source, BitSet heads) {
        int[] widths = IntStream.rangeClosed(1, source.lineCount())
                .filter(n -> !heads.get(n) && !source.line(n).isBlank())
                .map(n -> LineMeasure.width(source.line(n).strip())).toArray();
        return LineMeasure.of(widths);
    }

    /** A URL that the layout broke over two lines, its first half already found to be debris. */
    private static boolean continuesUrl(SourceText source, BitSet debris, int n) {
        if (n < 2 || !debris.get(n - 1) || !PageLinkList.URL_LINE.matcher(source.line(n - 1)).matches()) {
            return false;
        }
        String previous = source.line(n - 1).strip();
        return (previous.endsWith("-") || previous.endsWith("/") || previous.endsWith("_"))
                && URL_CONTINUATION.matcher(source.line(n)).matches();
    }

    private static Footnote footnote(SourceText source, OpenFootnote footnote, LineMeasure measure) {
        StringBuilder words = new StringBuilder();
        List<Span> parts = new ArrayList<>();
        String previous = null;
        for (int[] range : footnote.lineRanges) {
            int first = range[0];
            for (int n = first; n <= range[1]; n++) {
                String line = source.line(n);
                if (line.isBlank()) {
                    continue;
                }
                int from = n == footnote.firstLine ? footnote.numberEnd : 0;
                boolean wordBroken = previous != null && measure.reachesMargin(previous)
                        && !Character.isWhitespace(previous.charAt(previous.length() - 1));
                append(words, line.substring(from).strip(), wordBroken);
                previous = line;
            }
            int start = first == footnote.firstLine ? source.lineStart(first) : source.lineStart(first)
                    + leadingSpaces(source.line(first));
            int end = source.lineStart(range[1]) + source.line(range[1]).stripTrailing().length();
            parts.add(new Span(start, Math.max(start, end)));
        }
        return new Footnote(footnote.number, words.toString().strip(), parts);
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Joins a footnote's line as a person reads it: nothing between Chinese text, inside a broken link or inside a
     * word or number that the layout broke at the margin; else one space between two Latin words or numbers.
     */
    private static void append(StringBuilder words, String line, boolean wordBrokenAtMargin) {
        if (line.isEmpty()) {
            return;
        }
        if (words.length() > 0) {
            char before = words.charAt(words.length() - 1);
            boolean insideLink = ENDS_IN_LINK.matcher(words).find() && !ReadingText.isChinese(line.charAt(0));
            if (!insideLink && !wordBrokenAtMargin && !ReadingText.isChinese(before)
                    && !ReadingText.isChinese(line.charAt(0))) {
                words.append(' ');
            }
        }
        words.append(line);
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

    /**
     * The footnotes cut by a page break whose rest, in a text without blank lines, may begin a line or more later
     * than it was read: their words may hold the last words of the page's running text.
     */
    public List<Footnote> uncertainRests() {
        return uncertainRests;
    }

    public Set<Integer> footnoteNumbers() {
        return footnoteNumbers;
    }
}
