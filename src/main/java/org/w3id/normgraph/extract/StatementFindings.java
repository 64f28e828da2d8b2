package org.w3id.normgraph.extract;

import java.util.List;

import org.w3id.normgraph.segment.Heading;

/**
 * What the statement extractor read from one report.
 *
 * @param parts        the report's sections, sessions and date headings, in reading order (numbered from 1)
 * @param unattributed intros that look like a speaker (they end like one) but name no known speaker, with their
 *                     line: a build reports them, because each may be a statement the graph misses
 */
public record StatementFindings(
        List<Statement> statements,
        List<EditorialNote> notes,
        List<FootnoteSource> footnotes,
        List<Heading> headings,
        List<ReportPart> parts,
        List<String> unattributed) {
}
