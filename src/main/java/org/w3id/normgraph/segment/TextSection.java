package org.w3id.normgraph.segment;

import java.util.List;
import java.util.Optional;

/** A heading and the paragraphs under it up to the next heading; the text before a first heading has none. */
public record TextSection(Optional<Passage> heading, List<Paragraph> paragraphs) {

    public TextSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
