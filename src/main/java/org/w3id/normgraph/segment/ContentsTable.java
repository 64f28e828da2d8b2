package org.w3id.normgraph.segment;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The table of contents that a longer report prints before its introduction (Contents, Table des matières, Índice,
 * Содержание, المحتويات, 目录): its entries name the sections and the replying States with dot leaders and page
 * numbers (II. Replies received from Governments . . . . . 2, Cuba . . . . . 3), which a reader of the text would
 * otherwise take for the report's headings. Its lines are page furniture, told by their leaders, whatever the
 * language: an entry that the layout wrapped has its leader on its last line.
 */
final class ContentsTable {

    /** A dot leader, spaced or not, or a run of ellipses, perhaps with the page number after it. */
    private static final Pattern LEADER = Pattern.compile("(?:\\.\\s?){4,}\\s*(?:\\d{1,3}\\s*)?$|…{2,}\\s*(?:\\d{1,3}\\s*)?$");
    /**
     * How many text lines without a leader may stand between two entries that have one: a wrapped entry's lines, and
     * the section's numeral that a converter puts on a line of its own (II. | Voluntary national contributions … |
     * … by States . | 3).
     */
    private static final int LONGEST_ENTRY_GAP = 4;
    /** The title, the Page column's head and a first numeral above the first entry (Contents | Page | I.). */
    private static final int TITLE_LINES = 3;
    private static final int LONGEST_TITLE = 20;

    private ContentsTable() {
    }

    /** Sets in {@code debris} the lines of the text's table of contents, if it has one. */
    static void mark(LineKinds kinds, BitSet debris) {
        int first = -1;
        int last = -1;
        int sinceLeader = 0;
        for (int n = 1; n <= kinds.count(); n++) {
            if (kinds.blank(n) || debris.get(n)) {
                continue;
            }
            if (hasLeader(kinds.line(n))) {
                if (first < 0) {
                    first = n;
                }
                last = n;
                sinceLeader = 0;
            } else if (first >= 0 && ++sinceLeader > LONGEST_ENTRY_GAP) {
                break;
            }
        }
        if (first < 0) {
            return;
        }
        int start = first;
        int titles = 0;
        for (int n = first - 1; n >= 1 && titles < TITLE_LINES; n--) {
            if (kinds.blank(n) || debris.get(n)) {
                continue;
            }
            String words = kinds.line(n).strip();
            if (words.length() > LONGEST_TITLE || words.chars().anyMatch(Character::isDigit)) {
                break;
            }
            start = n;
            titles++;
        }
        for (int n = start; n <= last; n++) {
            if (!kinds.blank(n)) {
                debris.set(n);
            }
        }
    }

    private static boolean hasLeader(String line) {
        return (line.contains(". .") || line.contains("....") || line.contains("……")) && LEADER.matcher(line).find();
    }
}
