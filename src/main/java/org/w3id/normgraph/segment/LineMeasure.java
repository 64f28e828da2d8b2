package org.w3id.normgraph.segment;

import java.util.regex.Pattern;

/**
 * The measure of a text's lines: how wide a line that the layout filled is, in columns (a Chinese character or a
 * full-width form takes two, as on a page). A line break after a full line is a soft one, made by the layout where
 * the next word did not fit; a break after a shorter line ends a paragraph or a heading. A text with no such
 * measure (one line per paragraph) has only hard breaks.
 *
 * <p>The measure is found from the text itself: the commonest width in the narrow band of widths that most of its
 * lines reach. Lines that the layout filled cluster there; lines that end a paragraph are spread below it.
 */
public final class LineMeasure {

    /** Lines narrower than this are headings, dates or paragraph ends in any layout; they say nothing of the measure. */
    private static final int NARROWEST_MEASURE = 16;
    private static final int BAND = 4;
    /** Columns a full line may fall short of the measure: justification and the measure's own estimate vary. */
    private static final int SLACK = 2;
    private static final double SHARE_IN_BAND = 0.25;
    private static final double SHARE_WITHIN_MEASURE = 0.5;
    /** Characters that may not open a line (a layout moves the character before them down with them). */
    private static final String NO_LINE_START = "，。、；：！？”’）)]】》」』％%·";
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\s\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]+");

    /** A text whose lines were not wrapped: every line break is a hard one. */
    public static final LineMeasure UNWRAPPED = new LineMeasure(Integer.MAX_VALUE);

    private final int columns;

    private LineMeasure(int columns) {
        this.columns = columns;
    }

    public static LineMeasure of(int[] widths) {
        // counted by width: the lines of a text are many, their widths few
        int considered = 0;
        int max = 0;
        for (int w : widths) {
            if (w >= NARROWEST_MEASURE) {
                considered++;
                max = Math.max(max, w);
            }
        }
        if (considered < 10) {
            return UNWRAPPED;
        }
        int[] counts = new int[max + 1];
        for (int w : widths) {
            if (w >= NARROWEST_MEASURE) {
                counts[w]++;
            }
        }
        int best = -1;
        int bestCount = 0;
        for (int top = NARROWEST_MEASURE; top <= max; top++) {
            int inBand = 0;
            for (int w = Math.max(0, top - BAND + 1); w <= top; w++) {
                inBand += counts[w];
            }
            if (inBand > bestCount || inBand == bestCount && top > best) {
                best = top;
                bestCount = inBand;
            }
        }
        // the commonest width in the band: justified lines vary a little around it
        int mode = best;
        for (int w = Math.max(NARROWEST_MEASURE, best - BAND + 1); w <= best; w++) {
            if (counts[w] > counts[mode]) {
                mode = w;
            }
        }
        best = mode;
        int top = best;
        long within = 0;
        for (int w = NARROWEST_MEASURE; w <= Math.min(max, top + 2); w++) {
            within += counts[w];
        }
        boolean wrapped = bestCount >= SHARE_IN_BAND * considered && within >= SHARE_WITHIN_MEASURE * considered;
        return wrapped ? new LineMeasure(best) : UNWRAPPED;
    }

    public int columns() {
        return columns;
    }

    public boolean wrapped() {
        return columns != Integer.MAX_VALUE;
    }

    /** Columns that {@code text} takes: two for wide and full-width characters, one for the others. */
    public static int width(CharSequence text) {
        return columns(text, 0, text.length());
    }

    /** The width of {@code text[from, to)} without the white space around it, as {@link String#strip()} leaves it. */
    static int strippedWidth(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return columns(text, from, to);
    }

    private static int columns(CharSequence text, int from, int to) {
        int width = to - from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // one test for the characters of the spaced scripts below the middle dot, the one wide character there
            if (c >= '·') {
                width += Character.isLowSurrogate(c) ? -1 : wide(c) ? 1 : 0;
            }
        }
        return width;
    }

    static boolean wide(char c) {
        // below U+2000 only the middle dot is wide (Han, CJK punctuation, full-width forms and quotes are all above)
        return c < '\u2000' ? c == '·' : WIDE.test(c);
    }

    private static final CharTable WIDE = new CharTable(c -> isWide((char) c));

    private static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isHighSurrogate(c)
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < '\uFF61'
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·';
    }

    /**
     * Whether the break after {@code line} is one the layout made because {@code next}'s first word or character
     * (with the punctuation that may not open a line) did not fit: the paragraph goes on.
     */
    public boolean fullBefore(String line, String next) {
        if (!wrapped()) {
            return false;
        }
        String kept = line.strip();
        String following = next.strip();
        if (following.isEmpty()) {
            return false;
        }
        int needed;
        var word = FIRST_WORD.matcher(following);
        if (word.lookingAt()) {
            needed = width(word.group()) + 1;
        } else {
            int end = 1;
            while (end < following.length() && NO_LINE_START.indexOf(following.charAt(end)) >= 0) {
                end++;
            }
            needed = width(following.substring(0, end));
        }
        int width = width(kept);
        return width + needed > columns - SLACK || width >= columns - SLACK;
    }

    /** Whether {@code line} opens with punctuation that may not open a line: it runs on from the line before. */
    public static boolean opensWithClosingPunctuation(String line) {
        String kept = line.strip();
        return !kept.isEmpty() && NO_LINE_START.indexOf(kept.charAt(0)) >= 0;
    }

    /** Whether a line filled the measure to its last column, so that its last word may go on on the next line. */
    public boolean reachesMargin(String line) {
        return wrapped() && width(line.strip()) >= columns - 1;
    }

    /** Whether the line {@code text[from, to)} filled the measure to its last column ({@link #reachesMargin(String)}). */
    boolean reachesMargin(String text, int from, int to) {
        return wrapped() && strippedWidth(text, from, to) >= columns - 1;
    }

    @Override
    public String toString() {
        return wrapped() ? columns + " columns" : "unwrapped";
    }
}
