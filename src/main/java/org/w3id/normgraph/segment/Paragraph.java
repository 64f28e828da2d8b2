package org.w3id.normgraph.segment;

import java.util.List;

/**
 * One paragraph of running text, footnote markers removed.
 *
 * @param listItem  whether it is an item of a list (• or (a)), which states no sentence of its own
 * @param footnotes the numbers of the footnotes whose markers it carries, in order
 */
public record Paragraph(Passage text, boolean listItem, List<Integer> footnotes) {

    public Paragraph {
        footnotes = List.copyOf(footnotes);
    }
}
