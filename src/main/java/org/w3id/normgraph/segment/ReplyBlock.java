package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.List;

/** Consecutive text lines of a compilation of replies that the layout makes one heading, paragraph or bracketed line. */
final class ReplyBlock {

    enum Kind { HEADING, PARAGRAPH, LANGUAGE, DATE }

    final Kind kind;
    final List<int[]> lines = new ArrayList<>();
    boolean listItem;
    boolean numbered;
    /** Column-0 lines right after a heading: the heading's second line, or the paragraph under it. */
    boolean afterHeading;
    /** The block's words, built once they are asked for (a heading's are asked several times). */
    Passage passage;

    ReplyBlock(Kind kind, int line, int from) {
        this.kind = kind;
        lines.add(new int[] {line, from});
    }

    int firstLine() {
        return lines.get(0)[0];
    }

    /** Whether the block holds at least {@code count} letters: its passage keeps every one, and is as long at least. */
    boolean lettersAtLeast(LineKinds kinds, int count) {
        int letters = 0;
        for (int[] l : lines) {
            String line = kinds.line(l[0]);
            for (int i = l[1]; i < line.length() && letters < count; i++) {
                if (!Character.isWhitespace(line.charAt(i))) {
                    letters++;
                }
            }
        }
        return letters >= count;
    }
}
