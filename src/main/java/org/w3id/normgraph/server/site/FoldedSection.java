package org.w3id.normgraph.server.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A section of a page: its heading, its summary, and its table, whole where it is short, folded where it is long. */
final class FoldedSection {

    /** A table longer than this many rows is folded under its summary. */
    static final int FOLD = 30;

    private FoldedSection() {
    }

    /**
     * A table of rows, each with the line of the source it comes from ({@code null}: none), under {@code head}: on a
     * long document's page folded by the parts of the document, elsewhere under one summary.
     */
    static void append(StringBuilder body, String heading, String summary, String name, String head,
            List<Map.Entry<Integer, String>> rows, Optional<DocumentOutline> outline) {
        if (rows.size() > FOLD && outline.isPresent()) {
            body.append("<h2>").append(heading).append("</h2>\n").append(summary)
                    .append(outline.get().fold(name, head, rows));
        } else {
            append(body, heading, summary, rows.size(), "<table>\n" + head + String.join("", rows.stream()
                    .map(Map.Entry::getValue).toList()) + "</table>\n");
        }
    }

    /** A table of {@code rows} rows, as HTML. */
    static void append(StringBuilder body, String heading, String summary, int rows, String table) {
        body.append("<h2>").append(heading).append("</h2>\n").append(summary);
        if (rows > FOLD) {
            body.append("<details><summary>All ").append(rows).append(" rows, each with its source</summary>\n")
                    .append(table).append("</details>\n");
        } else {
            body.append(table);
        }
    }
}
