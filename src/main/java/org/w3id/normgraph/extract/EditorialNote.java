package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;

/**
 * A block of the report's own commentary (背景信息, 备注).
 *
 * @param commentsOn what it comments on: the nearest statement or provision before it in its part of the report
 *                   that it refers back to, or the part itself (see {@link StatementExtractor})
 * @param part       the number of the innermost {@link ReportPart} it stands in, or 0 before any heading
 */
public record EditorialNote(int ordinal, String kind, Evidence text, CommentTarget commentsOn, int part) {
}
