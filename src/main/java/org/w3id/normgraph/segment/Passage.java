package org.w3id.normgraph.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * Words of a source document joined across the lines that the PDF layout broke them over, as a person reads them:
 * no line breaks, no indentation, no spaces between two Chinese characters, and every character mapped back to its
 * offset in the source. A space is kept where the layout broke a line between two Latin words or numbers.
 *
 * <pre>{@code
 * Passage p = Passage.builder(source).addLine(37).addLine(39).build();
 * Evidence words = p.evidence(0, 4);   // the first four characters, with their lines and offsets
 * }</pre>
 */
public final class Passage {

    private final SourceText source;
    private final String text;
    /** The source offset of each character of the text; the array may run on past the text's end. */
    private final int[] sourceOffsets;
    /**
     * The line last found for a character: the next asked for is most often on it or the one after, which saves
     * a search of all the text's lines. Only a hint, checked each time, so threads may share it.
     */
    private int lastLineFound = 1;
    /**
     * The whole passage's evidence, made when first asked for: a heading's is asked for by each reply under it. A
     * race only makes it twice.
     */
    private Evidence whole;

    private Passage(SourceText source, String text, int[] sourceOffsets) {
        this.source = source;
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    public static Builder builder(SourceText source) {
        return new Builder(source, LineMeasure.UNWRAPPED);
    }

    /** A builder that joins a word or number that the layout broke at the margin of {@code measure} without a space. */
    public static Builder builder(SourceText source, LineMeasure measure) {
        return new Builder(source, measure);
    }

    /** Such a builder, made for about {@code capacity} characters (the lines it will be given, for one). */
    static Builder builder(SourceText source, LineMeasure measure, int capacity) {
        return new Builder(source, measure, capacity);
    }

    public String text() {
        return text;
    }

    public SourceText source() {
        return source;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Source offset of the character at {@code index}. */
    public int sourceOffset(int index) {
        return sourceOffsets[Objects.checkIndex(index, text.length())];
    }

    public Span sourceSpan(int start, int end) {
        int sourceStart = sourceOffsets[Objects.checkIndex(start, text.length())];
        int sourceEnd = end > start ? sourceOffsets[Objects.checkIndex(end - 1, text.length())] + 1 : sourceStart;
        return new Span(sourceStart, sourceEnd);
    }

    /** The 1-based source line of the character at {@code index}. */
    public int lineAt(int index) {
        return lineOf(sourceOffsets[Objects.checkIndex(index, text.length())]);
    }

    /** {@link SourceText#lineOf}, looked for first on the line last found and the one after. */
    private int lineOf(int offset) {
        int[] starts = source.lineStarts();
        int line = lastLineFound;
        for (int tried = 0; tried < 2 && line <= starts.length; tried++, line++) {
            if (starts[line - 1] <= offset && (line == starts.length || offset < starts[line])) {
                lastLineFound = line;
                return line;
            }
        }
        line = source.lineOf(offset);
        lastLineFound = line;
        return line;
    }

    public int firstLine() {
        return lineAt(0);
    }

    public int lastLine() {
        return lineAt(text.length() - 1);
    }

    /** The highest source line that any of the passage's characters stands on (0 for an empty passage). */
    int highestLine() {
        int highest = -1;
        for (int i = 0; i < text.length(); i++) {
            highest = Math.max(highest, sourceOffsets[i]);
        }
        return highest < 0 ? 0 : lineOf(highest);
    }

    /** The words between {@code start} and {@code end} with their place in the source. */
    public Evidence evidence(int start, int end) {
        Span span = sourceSpan(start, end);
        int last = span.end() > span.start() ? span.end() - 1 : span.start();
        return new Evidence(source.documentId(), text.substring(start, end), span, lineOf(span.start()), lineOf(last));
    }

    public Evidence evidence() {
        Evidence all = whole;
        if (all == null) {
            all = evidence(0, text.length());
            whole = all;
        }
        return all;
    }

    /** The same passage without the characters in {@code removed} (sorted, disjoint), with its spaces tidied again. */
    public Passage without(List<Span> removed) {
        if (removed.isEmpty()) {
            return this; // built by a Builder, its spaces are tidy already
        }
        Builder builder = new Builder(source, LineMeasure.UNWRAPPED, text.length());
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            while (next < removed.size() && removed.get(next).end() <= i) {
                next++;
            }
            boolean inside = next < removed.size() && removed.get(next).start() <= i;
            if (!inside) {
                builder.append(text.charAt(i), sourceOffsets[i]);
            }
        }
        return builder.build();
    }

    /** Collects the words of source lines, or of parts of them, in reading order. */
    public static final class Builder {

        private final SourceText source;
        private final LineMeasure measure;
        /** The characters so far and their source offsets, side by side. */
        private char[] chars;
        private int[] offsets;
        private int length;
        private int previousLine = -1;

        private Builder(SourceText source, LineMeasure measure) {
            this(source, measure, 64);
        }

        private Builder(SourceText source, LineMeasure measure, int capacity) {
            this.source = source;
            this.measure = measure;
            this.chars = new char[Math.max(capacity, 1)];
            this.offsets = new int[chars.length];
        }

        /** Adds the words of a whole line. */
        public Builder addLine(int lineNumber) {
            return addLine(lineNumber, 0);
        }

        /** Adds the words of a line from column {@code from}; a break before them joins as the layout requires. */
        public Builder addLine(int lineNumber, int from) {
            return addLine(lineNumber, from, lineEnd(lineNumber) - source.lineStart(lineNumber));
        }

        /** Adds the words of a line between columns {@code from} and {@code to}. */
        public Builder addLine(int lineNumber, int from, int to) {
            // the characters are read from the source text in place: a line is not cut out of it for each addition
            String all = source.text();
            int start = source.lineStart(lineNumber);
            int first = start + from;
            int last = start + to;
            while (first < last && Character.isWhitespace(all.charAt(first))) {
                first++;
            }
            while (last > first && Character.isWhitespace(all.charAt(last - 1))) {
                last--;
            }
            if (first == last) {
                return this;
            }
            if (length > 0 && breakIsSpace(chars[length - 1], all.charAt(first))
                    && !wordBrokenAtMargin(lineNumber, all)) {
                append(' ', first - 1);
            }
            previousLine = lineNumber;
            for (int i = first; i < last; i++) {
                char c = all.charAt(i);
                if (c > ' ' && c < '\u1680') {
                    // neither white space nor Chinese (the first space character above U+0020 is U+1680): kept as it is
                    store(c, i);
                } else if (c == ' ') {
                    // as append() takes a space, without its other tests: one space for several, none first
                    if (length > 0 && chars[length - 1] != ' ') {
                        store(c, i);
                    }
                } else {
                    append(c, i);
                }
            }
            return this;
        }

        /** Whether the line before {@code lineNumber} filled the measure, so that a word broken there joins unspaced. */
        private boolean wordBrokenAtMargin(int lineNumber, String all) {
            if (previousLine <= 0 || previousLine == lineNumber || !measure.wrapped()) {
                return false;
            }
            int start = source.lineStart(previousLine);
            int end = lineEnd(previousLine);
            return end > start && all.charAt(end - 1) != ' ' && measure.reachesMargin(all, start, end);
        }

        /** The offset of the end of a line, before its line break. */
        private int lineEnd(int lineNumber) {
            return lineNumber < source.lineStarts().length ? source.lineStarts()[lineNumber] - 1
                    : source.text().length();
        }

        /** Appends one character; whitespace becomes one space, and a space between Chinese characters goes. */
        void append(char c, int sourceOffset) {
            if (Character.isWhitespace(c)) {
                if (length == 0 || chars[length - 1] == ' ') {
                    return;
                }
                c = ' ';
            } else if (length > 0 && chars[length - 1] == ' ' && ReadingText.isChinese(c)
                    && (length == 1 || ReadingText.isChinese(chars[length - 2]))) {
                length--;
            }
            store(c, sourceOffset);
        }

        private void store(char c, int sourceOffset) {
            if (length == chars.length) {
                grow();
            }
            chars[length] = c;
            offsets[length] = sourceOffset;
            length++;
        }

        private void grow() {
            chars = Arrays.copyOf(chars, length * 2);
            offsets = Arrays.copyOf(offsets, length * 2);
        }

        public Passage build() {
            int kept = length;
            while (kept > 0 && chars[kept - 1] == ' ') {
                kept--;
            }
            // the offsets are handed over as they are, not copied: the builder only ever writes past the text's end
            return new Passage(source, new String(chars, 0, kept), offsets);
        }

        /**
         * A line break is a space only between two Latin words or numbers; inside Chinese text, and after a slash or
         * hyphen that the layout broke a symbol or a range at (A/75/ | 816, 2021- | 2025), it is nothing.
         */
        private static boolean breakIsSpace(char before, char after) {
            return before != ' ' && before != '/' && before != '-'
                    && !ReadingText.isChinese(before) && !ReadingText.isChinese(after);
        }
    }
}
