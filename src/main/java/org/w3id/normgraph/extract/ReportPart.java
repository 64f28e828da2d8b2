package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.segment.Heading;

/**
 * A part of a report on UN processes that opens with a heading and runs to the next heading of the same or a higher
 * level: a process section (OEWG最新动态), a session or event heading inside it, or a date heading.
 *
 * @param number  1-based, the heading's place among the report's headings in reading order
 * @param heading the heading as it reads, and where the part stands: from the heading's first line to the line
 *                before the next heading of its level or above
 * @param forum   the forum code of a process section, or ""
 * @param date    the ISO date of a date heading (2021-12-09, 2023-04), or ""
 * @param parent  the number of the part it belongs to (a date heading to its session, a session to its section),
 *                or 0 for a process section, which belongs to the document
 */
public record ReportPart(int number, Heading.Kind kind, Evidence heading, String forum, String date, int parent) {
}
