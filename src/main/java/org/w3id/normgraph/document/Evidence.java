package org.w3id.normgraph.document;

/**
 * Words of a source document that carry a fact: the cleaned text a person reads, and where it stands in the
 * document (character offsets and 1-based lines, first and last).
 */
public record Evidence(String documentId, String text, Span span, int firstLine, int lastLine) {

    public static Evidence of(SourceText source, String cleanText, Span span) {
        int last = span.end() > span.start() ? span.end() - 1 : span.start();
        return new Evidence(source.documentId(), cleanText, span, source.lineOf(span.start()), source.lineOf(last));
    }
}
