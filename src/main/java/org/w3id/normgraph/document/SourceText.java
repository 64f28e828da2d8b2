package org.w3id.normgraph.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one source document after byte-level normalisation (no byte-order mark, LF line ends),
 * with the line index that turns character offsets into the 1-based line numbers that a reader sees.
 * All offsets in normgraph are UTF-16 indexes into {@link #text()}.
 */
public record SourceText(String documentId, String text, int[] lineStarts) {

    public static SourceText of(String documentId, String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return new SourceText(documentId, text, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    public int lineCount() {
        boolean endsWithNewline = !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
        return endsWithNewline ? lineStarts.length - 1 : lineStarts.length;
    }

    /** 1-based line number of the line holding the character at {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    public int lineStart(int lineNumber) {
        return lineStarts[lineNumber - 1];
    }

    /** The line's characters without its line break. */
    public String line(int lineNumber) {
        int start = lineStarts[lineNumber - 1];
        int end = lineNumber < lineStarts.length ? lineStarts[lineNumber] - 1 : text.length();
        return text.substring(start, end);
    }
}
