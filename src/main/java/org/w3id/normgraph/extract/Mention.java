package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;

/**
 * A place where a text names something: a UN document by its symbol, a forum, organization, group or instrument, or
 * a concept of {@code ontology/concepts.ttl} by one of its trigger words.
 *
 * @param target   the symbol (A/RES/76/19), the path under {@code https://w3id.org/normgraph/id/}
 *                 (forum/OEWG-2019-2021), or the concept's IRI
 * @param pageLink for a UN document, the link the PDF printed after the page for that symbol, or "" if none
 */
public record Mention(Kind kind, String target, Evidence words, String pageLink) {

    public enum Kind {
        UN_DOCUMENT, BODY, CONCEPT
    }
}
