package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.normgraph.document.SourceText;

/** The words of one paragraph, with the page breaks that fall inside it, anchored after a character. */
final class RenderedParagraph {
    final SourceText source;
    String prefix;
    final String separator;
    final StringBuilder words = new StringBuilder();
    final List<Integer> origins = new ArrayList<>();
    final List<Integer> breakAnchors = new ArrayList<>();
    final List<List<int[]>> breaks = new ArrayList<>();
    /** A heading of the reply layout takes no lines after it: they are its own continuation or a paragraph. */
    boolean heading;

    RenderedParagraph(SourceText source, int line, String separator, boolean keepIndent) {
        this.source = source;
        this.separator = separator;
        String text = source.line(line);
        this.prefix = keepIndent ? text.substring(0, Rendering.indent(text)) : "";
        add(line);
    }

    void add(int line) {
        String text = source.line(line);
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        if (words.length() > 0 && !LineWrap.wide(words.charAt(words.length() - 1)) && !LineWrap.wide(text.charAt(from))) {
            words.append(' ');
            origins.add(source.lineStart(line) + from - 1);
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' && words.length() > 0 && words.charAt(words.length() - 1) == ' ') {
                continue;
            }
            words.append(c);
            origins.add(source.lineStart(line) + i);
        }
    }

    void pageBreak(List<int[]> region) {
        breakAnchors.add(words.length());
        breaks.add(region);
    }
}
