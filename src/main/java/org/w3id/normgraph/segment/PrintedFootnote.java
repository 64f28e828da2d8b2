package org.w3id.normgraph.segment;

/** A footnote as printed at the foot of a page: its number and its words (the number itself left out). */
public record PrintedFootnote(int number, Passage text) {
}
