package org.w3id.normgraph.segment;

import org.w3id.normgraph.document.SourceText;

/**
 * Whether a text keeps the blank lines of the layout it was extracted from. The Chinese extraction of a PDF writes
 * every line followed by a blank line; other converters (pdftotext without {@code -layout}, a copy from a browser, a
 * word processor's plain-text export) write none, between lines or between paragraphs. The readers tell the two
 * apart from the text itself, not from what the edition's description says.
 */
public final class BlankLines {

    private BlankLines() {
    }

    /** Whether most text lines of {@code source} are followed by a blank line (or by the end of the text). */
    public static boolean followMostLines(SourceText source) {
        int text = 0;
        int followed = 0;
        int lines = source.lineCount();
        for (int n = 1; n <= lines; n++) {
            if (source.line(n).isBlank()) {
                continue;
            }
            text++;
            if (n == lines || source.line(n + 1).isBlank()) {
                followed++;
            }
        }
        return followed * 2 > text;
    }
}
