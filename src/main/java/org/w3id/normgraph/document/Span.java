package org.w3id.normgraph.document;

/** A half-open range {@code [start, end)} of character offsets in a {@link SourceText}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
