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
}
