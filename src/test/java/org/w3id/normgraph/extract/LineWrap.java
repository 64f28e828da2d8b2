package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.normgraph.segment.LineMeasure;

/** How a converter breaks a paragraph's words into lines at a width: between words, or anywhere at the margin. */
final class LineWrap {

    private LineWrap() {
    }

    static boolean wide(char c) {
        return LineMeasure.width(String.valueOf(c)) == 2;
    }

    /**
     * Breaks {@code words} into lines of at most {@code width} columns (the first line has {@code lead} columns
     * less): between words and anywhere between Chinese characters, keeping closing punctuation off a line's start;
     * or, with {@code anywhere}, exactly at the margin. Returns [start, end) ranges without the spaces at breaks.
     */
    static List<int[]> wrap(CharSequence words, int width, boolean anywhere, int lead) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int length = words.length();
        int room = width - lead;
        while (start < length) {
            int columns = 0;
            int end = start;
            while (end < length) {
                int w = wide(words.charAt(end)) ? 2 : 1;
                if (columns + w > room && end > start) {
                    break;
                }
                columns += w;
                end++;
            }
            if (end < length && !anywhere) {
                int cut = breakBefore(words, start, end);
                end = cut > start ? cut : end;
            }
            int lineEnd = end;
            while (!anywhere && lineEnd > start && words.charAt(lineEnd - 1) == ' ') {
                lineEnd--;
            }
            // breaking anywhere, a converter leaves the space at a break at the end of the line
            while (anywhere && lineEnd < length && words.charAt(lineEnd) == ' ') {
                lineEnd++;
                end++;
            }
            lines.add(new int[] {start, lineEnd});
            start = end;
            while (start < length && words.charAt(start) == ' ') {
                start++;
            }
            room = width;
        }
        if (lines.isEmpty()) {
            lines.add(new int[] {0, 0});
        }
        return lines;
    }

    private static final String NO_LINE_START = "，。、；：！？”’）)]】》」』％%·";

    /** The last place at or before {@code end} where a line may break between words: a space or a Chinese character. */
    private static int breakBefore(CharSequence words, int start, int end) {
        for (int cut = end; cut > start + 1; cut--) {
            char before = words.charAt(cut - 1);
            char after = words.charAt(cut);
            boolean spaceBreak = after == ' ' || before == ' ';
            boolean chineseBreak = (wide(before) || wide(after)) && NO_LINE_START.indexOf(after) < 0
                    && !Character.isLowSurrogate(after);
            if (spaceBreak || chineseBreak) {
                return cut;
            }
        }
        return end;
    }
}
