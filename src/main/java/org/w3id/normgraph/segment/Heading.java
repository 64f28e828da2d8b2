package org.w3id.normgraph.segment;

import org.w3id.normgraph.document.Span;

/**
 * A heading of a report on UN processes: a section about one forum, a session or event within it, or a date that
 * the statements below it share.
 *
 * @param span  where the heading stands in the reading text
 * @param label the heading as a person reads it: footnote markers removed, no spaces inside Chinese text
 * @param forum for a section, the forum code from {@code report-sections.tsv} ("" for none); else ""
 */
public record Heading(Kind kind, Span span, String label, String forum) {

    public enum Kind {
        SECTION, SESSION, DATE
    }
}
