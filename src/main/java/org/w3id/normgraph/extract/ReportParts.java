package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.segment.Heading;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReportOutline;

/** A report's headings as nested {@link ReportPart}s, each running to the next heading of its level or above. */
final class ReportParts {

    private ReportParts() {
    }

    static List<ReportPart> of(ReadingText reading, List<Heading> headings) {
        List<ReportPart> parts = new ArrayList<>();
        int section = 0;
        int session = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int level = level(heading.kind());
            int end = reading.text().length();
            for (int j = i + 1; j < headings.size(); j++) {
                if (level(headings.get(j).kind()) <= level) {
                    end = headings.get(j).span().start();
                    break;
                }
            }
            while (end > heading.span().end() && Character.isWhitespace(reading.text().charAt(end - 1))) {
                end--;
            }
            int number = i + 1;
            int parent = switch (heading.kind()) {
                case SECTION -> 0;
                case SESSION -> section;
                case DATE -> session > 0 ? session : section;
            };
            if (heading.kind() == Heading.Kind.SECTION) {
                section = number;
                session = 0;
            } else if (heading.kind() == Heading.Kind.SESSION) {
                session = number;
            }
            Evidence place = Evidence.of(reading.source(), heading.label(),
                    reading.sourceSpan(heading.span().start(), Math.max(end, heading.span().end())));
            String date = heading.kind() == Heading.Kind.DATE ? ReportOutline.isoDate(heading.label()) : "";
            parts.add(new ReportPart(number, heading.kind(), place, heading.forum(), date == null ? "" : date, parent));
        }
        return List.copyOf(parts);
    }

    private static int level(Heading.Kind kind) {
        return switch (kind) {
            case SECTION -> 0;
            case SESSION -> 1;
            case DATE -> 2;
        };
    }
}
