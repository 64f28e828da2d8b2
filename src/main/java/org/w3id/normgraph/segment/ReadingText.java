package org.w3id.normgraph.segment;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * The running text of a document as a person reads it: debris lines dropped, lines joined without the breaks
 * and spaces that the PDF layout put inside Chinese text, and every character mapped back to its offset in the
 * source. Extractors match on this text and report evidence through {@link #evidence(int, int)}.
 */
public final class ReadingText {

    // A pattern here that opens with a look-behind opens with (?=\d) too, which what follows implies: the
    // matcher then tries the look-behind only where a digit stands, not at every character of the text.
    private static final Pattern FOOTNOTE_MARKER =
            Pattern.compile("(?=\\d)(?<=[”。）)\\]\\p{IsHan}])(?<!第)(\\d{1,3})(?![\\d年月日页号次条个届版%.．A-Za-z/])"
                    + "(?!\\s[年月日页号次条个届版%])");

    /** A line that ends like a paragraph: a full stop or a closing quotation mark, perhaps a footnote marker after it. */
    static final Pattern ENDS_LIKE_PARAGRAPH = Pattern.compile("[。”！？!?\\]）)](?:\\s*\\d{1,3})*\\s*$");

    /**
     * A date heading (2021 年 12 月 14 日) standing on its own line after a paragraph: it ends there even where it
     * happens to reach the measure, which a narrow layout makes look like a line that runs on. (A date that runs on
     * from the line before is running text that the layout happened to break around, and so is one that the next line's comma goes on.)
     */
    private static final Pattern DATE_HEADING_LINE =
            Pattern.compile("^\\s*\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?\\s*$");

    /** A footnote marker that ends a page's running text (”19), which the next page's first words do not go on. */
    private static final Pattern ENDS_WITH_MARKER = Pattern.compile("[”。）)\\]]\\d{1,3}$");

    /** Where a footnote marker may follow: a marker alone on the next line (page) belongs to this line's end. */
    private static final Pattern ENDS_BEFORE_MARKER = Pattern.compile("[”。）)\\]\\p{IsHan}]\\d?\\s*$");

    private static final Pattern MARKER_AT_END = Pattern.compile("(?=\\d)(?<=[”。）)\\]\\p{IsHan}])(\\d{1,3})$");
    /** How far from a line's end {@link #MARKER_AT_END} can begin: three digits and a line terminator (\r\n). */
    private static final int MARKER_AT_END_REACH = 5;

    /** The rest of the footnote markers that the layout pushed onto a line of their own (”1 / 32, ”6 / 1 62). */
    private static final Pattern BROKEN_MARKER_TAIL = Pattern.compile("\\d{1,3}(?:\\s+\\d{1,3})*");

    private final SourceText source;
    private final String text;
    private final int[] sourceOffsets;
    private final Set<Integer> footnoteNumbers;
    /** Where a paragraph, a heading or another line that the layout did not fill begins. */
    private final BitSet lineStarts;
    /** Where each source line's words begin, full or not. */
    private final BitSet sourceLineStarts;
    private final LineMeasure measure;

    private ReadingText(SourceText source, String text, int[] sourceOffsets, Set<Integer> footnoteNumbers,
            BitSet lineStarts, BitSet sourceLineStarts, LineMeasure measure) {
        this.source = source;
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.footnoteNumbers = footnoteNumbers;
        this.lineStarts = lineStarts;
        this.sourceLineStarts = sourceLineStarts;
        this.measure = measure;
    }

    public static ReadingText of(PageLayout layout) {
        SourceText source = layout.source();
        StringBuilder text = new StringBuilder(source.text().length());
        int[] offsets = new int[source.text().length() + 1];
        int length = 0;
        BitSet lineStarts = new BitSet();
        BitSet sourceLineStarts = new BitSet();
        LineMeasure measure = measure(layout);
        String previousLine = null;
        boolean previousStartedLine = false;
        boolean separated = false;
        boolean gapLine = false;
        boolean pageBreak = false;
        int emptyLines = 0;
        /** Quotations opened and not yet closed: a speaker's words hold no heading. */
        int openQuotations = 0;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (layout.isDebris(n) || line.isBlank()) {
                separated |= layout.isDebris(n) || !line.isEmpty() || ++emptyLines > 1;
                gapLine |= !line.isEmpty() && line.isBlank();
                pageBreak |= layout.isDebris(n);
                continue;
            }
            int lineStart = source.lineStart(n);
            int from = 0;
            int to = line.length();
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            boolean markerGoesOn = markerGoesOn(text, length, line.substring(from, to), layout.footnoteNumbers());
            boolean brokenFootnoteMarker = length > 0 && Character.isDigit(text.charAt(length - 1))
                    && (markerGoesOn || BROKEN_MARKER_TAIL.matcher(line.substring(from, to)).matches()
                            && !separateMarkers(text, length, line.substring(from, to), layout.footnoteNumbers()));
            boolean previousReachesMargin = previousLine != null && measure.reachesMargin(previousLine);
            boolean wordBrokenAtMargin = previousReachesMargin
                    && !Character.isWhitespace(previousLine.charAt(previousLine.length() - 1))
                    && !(separated && ENDS_WITH_MARKER.matcher(previousLine).find())
                    && (!endsWithFootnoteMarker(previousLine, layout.footnoteNumbers())
                            || dateNumberGoesOn(previousLine, line.substring(from, to)));
            if (length > 0 && !brokenFootnoteMarker && !wordBrokenAtMargin
                    && needsSpace(text.charAt(length - 1), line.charAt(from))) {
                text.append(' ');
                offsets[length++] = lineStart + from - 1;
            }
            boolean markerAlone = previousLine != null && (markerGoesOn
                    || BROKEN_MARKER_TAIL.matcher(line.strip()).matches() && ENDS_BEFORE_MARKER.matcher(previousLine).find());
            if (previousLine == null || !markerAlone && !measure.fullBefore(previousLine, line)
                    || previousStartedLine && DATE_HEADING_LINE.matcher(previousLine).matches()
                            && !LineMeasure.opensWithClosingPunctuation(line)
                    || !markerAlone && ENDS_WITH_MARKER.matcher(previousLine.strip()).find()
                    || !markerAlone && ParagraphOpening.afterHeadingWithAddition(previousLine, previousStartedLine,
                            layout.footnoteNumbers(), measure)
                    || !markerAlone && ParagraphOpening.after(previousLine, previousStartedLine, line.substring(from, to),
                            layout.footnoteNumbers(), openQuotations, measure)
                    || !markerAlone && separated && (ENDS_LIKE_PARAGRAPH.matcher(previousLine).find()
                            || !previousReachesMargin || gapLine && !pageBreak)) {
                lineStarts.set(length);
            }
            previousStartedLine = lineStarts.get(length);
            sourceLineStarts.set(length);
            previousLine = line;
            separated = false;
            gapLine = false;
            pageBreak = false;
            emptyLines = 0;
            for (int i = from; i < to; i++) {
                char c = line.charAt(i);
                boolean spaceInsideChinese = c == ' ' && length > 0 && i + 1 < to
                        && isChinese(text.charAt(length - 1)) && isChinese(nextNonSpace(line, i, to));
                if (Character.isWhitespace(c) && (spaceInsideChinese
                        || (length > 0 && text.charAt(length - 1) == ' '))) {
                    continue;
                }
                text.append(Character.isWhitespace(c) ? ' ' : c);
                offsets[length++] = lineStart + i;
                openQuotations = c == '“' ? openQuotations + 1 : c == '”' ? Math.max(0, openQuotations - 1) : openQuotations;
            }
        }
        offsets[length] = length == 0 ? 0 : offsets[length - 1] + 1;
        return new ReadingText(source, text.toString(), Arrays.copyOf(offsets, length + 1), layout.footnoteNumbers(),
                lineStarts, sourceLineStarts, measure);
    }

    private static LineMeasure measure(PageLayout layout) {
        SourceText source = layout.source();
        int[] widths = java.util.stream.IntStream.rangeClosed(1, source.lineCount())
                .filter(n -> !layout.isDebris(n) && !source.line(n).isBlank())
                .map(n -> LineMeasure.width(source.line(n).strip())).toArray();
        return LineMeasure.of(widths);
    }

    public LineMeasure measure() {
        return measure;
    }

    private static final Pattern TRAILING_MARKER_DIGITS = Pattern.compile("(?=\\d)(?<=[”。）)\\]\\p{IsHan}])\\d{1,2}$");
    private static final Pattern LEADING_MARKER_DIGITS =
            Pattern.compile("^(\\d{1,2})(?![\\d年月日页号次条个届版%.．A-Za-z/])(?!\\s*[年月日页号次条个届版%])");

    /**
     * Whether the digits that open {@code line} finish the footnote marker that the text so far ends with (”13 /
     * 9“从…, ”6 / 1 62): together they are the number of a footnote, and not two markers in a row (”61 / 62).
     */
    private static boolean markerGoesOn(CharSequence text, int length, String line, Set<Integer> footnoteNumbers) {
        Matcher before = TRAILING_MARKER_DIGITS.matcher(text.subSequence(Math.max(0, length - 3), length));
        Matcher after = LEADING_MARKER_DIGITS.matcher(line);
        if (length == 0 || !before.find() || !after.lookingAt()) {
            return false;
        }
        String head = before.group();
        String tail = after.group(1);
        if (head.length() + tail.length() > 3) {
            return false;
        }
        int headNumber = Integer.parseInt(head);
        boolean nextMarker = footnoteNumbers.contains(headNumber) && Integer.parseInt(tail) == headNumber + 1;
        return footnoteNumbers.contains(Integer.parseInt(head + tail)) && !nextMarker;
    }

    /** Whether a line of digits after a complete footnote marker is the next marker, not its rest (”61 / 62). */
    private static boolean separateMarkers(CharSequence text, int length, String line, Set<Integer> footnoteNumbers) {
        Matcher before = TRAILING_MARKER_DIGITS.matcher(text.subSequence(Math.max(0, length - 3), length));
        Matcher after = LEADING_MARKER_DIGITS.matcher(line);
        return before.find() && after.lookingAt() && footnoteNumbers.contains(Integer.parseInt(before.group()))
                && !footnoteNumbers.contains(Integer.parseInt(before.group() + after.group(1)));
    }

    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d{1,3}$");
    private static final Pattern LEADING_DATE_NUMBER = Pattern.compile("^(\\d{1,3})\\s*([年月日])");

    /**
     * Whether digits that look like a footnote marker at a line's end (在2) are the start of a year, month or day that
     * the next line finishes (023 年): together they make a number that unit can have.
     */
    private static boolean dateNumberGoesOn(String previousLine, String line) {
        Matcher before = TRAILING_DIGITS.matcher(previousLine.strip());
        Matcher after = LEADING_DATE_NUMBER.matcher(line);
        if (!before.find() || !after.lookingAt()) {
            return false;
        }
        String number = before.group() + after.group(1);
        int value = Integer.parseInt(number);
        return switch (after.group(2)) {
            case "年" -> number.length() == 4;
            case "月" -> value >= 1 && value <= 12 && number.length() <= 2;
            default -> value >= 1 && value <= 31 && number.length() <= 2;
        };
    }

    /** A line that ends with the marker of a footnote (数据116): digits on the next line are a number of their own. */
    static boolean endsWithFootnoteMarker(String line, Set<Integer> footnoteNumbers) {
        Matcher m = MARKER_AT_END.matcher(line);
        // a match ends at the line's end (or before a last line terminator): only its last few characters can start one
        m.useTransparentBounds(true);
        m.region(Math.max(0, line.length() - MARKER_AT_END_REACH), line.length());
        return m.find() && footnoteNumbers.contains(Integer.parseInt(m.group(1)));
    }

    private static char nextNonSpace(String line, int index, int end) {
        int i = index;
        while (i < end && line.charAt(i) == ' ') {
            i++;
        }
        return i < end ? line.charAt(i) : ' ';
    }

    /** A line break inside Chinese text is no word boundary; between Latin words or numbers it is. */
    private static boolean needsSpace(char before, char after) {
        return !isChinese(before) && !isChinese(after) && before != ' ';
    }

    /** Chinese characters and the full-width punctuation that stands between them. */
    static boolean isChinese(char c) {
        // below U+2000 (Latin, Greek, Cyrillic, Arabic…) there is neither Han nor any of the blocks below
        return c >= '\u2000' && CHINESE.test(c);
    }

    private static final CharTable CHINESE = new CharTable(c -> chinese((char) c));

    private static boolean chinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    public String text() {
        return text;
    }

    /**
     * Whether the character at {@code index} begins a line that the layout did not run on from the line before: a
     * paragraph, a heading, or a line after one that did not fill the measure.
     */
    public boolean startsLine(int index) {
        return lineStarts.get(index);
    }

    /** Whether the character at {@code index} begins the words of a source line, whether the layout ran on to it or not. */
    public boolean startsSourceLine(int index) {
        return sourceLineStarts.get(index);
    }

    public SourceText source() {
        return source;
    }

    /** The reading-text ranges of the source lines that are running text, in order; each ends where the next begins. */
    public java.util.List<Span> lines() {
        java.util.List<Span> lines = new java.util.ArrayList<>();
        int start = lineStarts.nextSetBit(0);
        while (start >= 0) {
            int next = lineStarts.nextSetBit(start + 1);
            int end = next < 0 ? text.length() : next;
            lines.add(new Span(start, end));
            start = next;
        }
        return lines;
    }

    /** The source line on which the reading-text character at {@code index} stands. */
    public int sourceLine(int index) {
        return source.lineOf(sourceOffsets[Math.min(index, text.length())]);
    }

    /** Source offset of the reading-text character at {@code index} ({@code index == length} maps past the end). */
    public int sourceOffset(int index) {
        return sourceOffsets[index];
    }

    public Span sourceSpan(int start, int end) {
        int sourceStart = sourceOffsets[start];
        int sourceEnd = end > start ? sourceOffsets[end - 1] + 1 : sourceStart;
        return new Span(sourceStart, sourceEnd);
    }

    /** The words between {@code start} and {@code end}, without footnote markers, with their place in the source. */
    public Evidence evidence(int start, int end) {
        return Evidence.of(source, withoutFootnoteMarkers(text.substring(start, end)).strip(), sourceSpan(start, end));
    }

    /**
     * The reading text from {@code start} to {@code end} without footnote markers, seen with the character before it:
     * a marker right after a sentence's end (。71该报告…) goes too, wherever the words begin.
     */
    public String withoutFootnoteMarkers(int start, int end) {
        boolean context = start > 0 && !Character.isDigit(text.charAt(start - 1));
        String cleaned = withoutFootnoteMarkers(text.substring(context ? start - 1 : start, end));
        return context ? cleaned.substring(1) : cleaned;
    }

    public String withoutFootnoteMarkers(String fragment) {
        Matcher m = FOOTNOTE_MARKER.matcher(fragment);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean marker = footnoteNumbers.contains(Integer.parseInt(m.group(1)));
            m.appendReplacement(out, marker ? "" : m.group(1));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where the quotation that opens (“) at {@code open} closes, quotations inside it counted; -1 if it never does. */
    public int closingQuote(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Length of the footnote marker that starts at {@code index}, or 0 if there is none. */
    public int footnoteMarkerLength(int index) {
        Matcher m = FOOTNOTE_MARKER.matcher(text);
        m.region(index, Math.min(text.length(), index + 4));
        m.useTransparentBounds(true);
        if (m.lookingAt() && footnoteNumbers.contains(Integer.parseInt(m.group(1)))) {
            return m.end() - index;
        }
        return markerEndingALine(index);
    }

    /**
     * A marker that ends its source line (”82, then 日本： on the next line): what follows it belongs to the next
     * line, so it cannot make the digits part of a date or a number.
     */
    private int markerEndingALine(int index) {
        int end = index;
        while (end < text.length() && end - index < 3 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        boolean lineEnds = end == text.length() || sourceLineStarts.get(end)
                || sourceLineStarts.get(end + 1) && text.charAt(end) == ' ';
        if (end > index && lineEnds && index > 0 && "”。）)]".indexOf(text.charAt(index - 1)) >= 0
                && footnoteNumbers.contains(Integer.parseInt(text.substring(index, end)))) {
            return end - index;
        }
        return 0;
    }
}
