package org.w3id.normgraph.extract;

import java.util.List;

import org.w3id.normgraph.document.Span;

/**
 * A part of a reply (or of the report's introduction): a section under a heading, a paragraph, or a footnote.
 *
 * @param number    sections and paragraphs are numbered 1, 2, … in reading order; a footnote has its printed number
 * @param parent    the number of the section that holds a paragraph, or 0 for a part of the reply itself
 * @param heading   a section's heading, else ""
 * @param text      the words of a paragraph or footnote, else ""
 * @param footnotes the numbers of the footnotes whose markers a paragraph carries
 */
public record ReplyPart(Kind kind, int number, int parent, String heading, String text, Span span, int firstLine,
        int lastLine, List<Integer> footnotes, List<Mention> mentions) {

    public enum Kind {
        SECTION, PARAGRAPH, FOOTNOTE
    }

    public ReplyPart {
        footnotes = List.copyOf(footnotes);
        mentions = List.copyOf(mentions);
    }
}
