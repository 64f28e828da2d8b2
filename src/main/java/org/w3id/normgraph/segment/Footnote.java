package org.w3id.normgraph.segment;

import org.w3id.normgraph.document.Span;

/** A footnote printed at the foot of a page: its number and where its text stands in the source. */
public record Footnote(int number, Span span) {
}
