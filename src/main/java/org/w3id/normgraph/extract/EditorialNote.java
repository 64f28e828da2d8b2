package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;

/**
 * A block of the report's own commentary (背景信息, 备注).
 *
 * @param commentsOn ordinal of the statement it follows in its section, or 0
 */
public record EditorialNote(int ordinal, String kind, Evidence text, int commentsOn) {
}
