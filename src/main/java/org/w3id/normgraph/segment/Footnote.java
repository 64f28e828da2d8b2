package org.w3id.normgraph.segment;

import java.util.List;

import org.w3id.normgraph.document.Span;

/**
 * A footnote printed at the foot of a page: its number, its words as a person reads them (the number left out, lines
 * joined, a link broken over lines made whole), and where it stands in the source. A footnote that the page break
 * cut goes on at the foot of the next page: it then has two parts.
 *
 * @param parts the source ranges of its lines, in order; the first begins at its number
 */
public record Footnote(int number, String words, List<Span> parts) {

    public Footnote {
        parts = List.copyOf(parts);
    }

    /** From its number to the end of its last part (for a footnote continued on the next page, running text lies between). */
    public Span span() {
        return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }
}
