package org.w3id.normgraph.segment;

import java.util.function.IntPredicate;

/**
 * A property of UTF-16 code units, remembered once asked: the Unicode block and script look-ups behind it are binary
 * searches, and the reading asks them for every character of every line, several times over.
 */
final class CharTable {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final IntPredicate property;
    /** One entry per code unit; a race between two threads only computes the same answer twice. */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];

    CharTable(IntPredicate property) {
        this.property = property;
    }

    boolean test(char c) {
        byte answer = known[c];
        if (answer == UNKNOWN) {
            answer = property.test(c) ? YES : NO;
            known[c] = answer;
        }
        return answer == YES;
    }
}
