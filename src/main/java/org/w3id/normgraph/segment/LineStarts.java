package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line may match a pattern that is matched from the line's start ({@code matches()} or
 * {@code lookingAt()}), told by how the line begins: its leading spaces and the character after them. Most lines
 * of a text begin with a letter that the pattern refuses at once (a language line needs its [, a page number its
 * digit), and the lines begin in few ways, so each way is tried once, on those characters alone: where the pattern
 * fails there without reading to their end ({@link Matcher#hitEnd()} false), more characters could not have made it
 * match, and no line that begins so can. This spares the matcher's set-up for every line, which costs more than the
 * failed match itself.
 */
final class LineStarts {

    /** Lines indented further are tried whole: indents are few and short. */
    private static final int MOST_SPACES = 16;
    private static final byte UNKNOWN = 0;
    private static final byte MAY_MATCH = 1;
    private static final byte CANNOT_MATCH = 2;

    private final Matcher probe;
    private final boolean whole;
    /** Answers by (spaces, character), in open addressing: a text's lines begin in a few dozen ways. */
    private int[] keys = new int[64];
    private byte[] answers = new byte[64];
    private int size;

    /** For {@code pattern} matched against a whole line ({@code whole}) or against its start. */
    LineStarts(Pattern pattern, boolean whole) {
        this.probe = pattern.matcher("");
        this.whole = whole;
    }

    /** False only where the line {@code text[from, to)} cannot match the pattern. */
    boolean mayMatch(String text, int from, int to) {
        int first = from;
        while (first < to && text.charAt(first) == ' ') {
            first++;
        }
        int spaces = first - from;
        if (first == to || spaces > MOST_SPACES) {
            return true;
        }
        int key = (spaces << 16) | text.charAt(first);
        int slot = slot(key);
        byte answer = answers[slot];
        if (answer == UNKNOWN) {
            probe.reset(text.substring(from, first + 1));
            boolean matched = whole ? probe.matches() : probe.lookingAt();
            answer = matched || probe.hitEnd() ? MAY_MATCH : CANNOT_MATCH;
            keys[slot] = key;
            answers[slot] = answer;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return answer == MAY_MATCH;
    }

    boolean mayMatch(String line) {
        return mayMatch(line, 0, line.length());
    }

    /** The slot that holds {@code key}, or the empty one where it goes. */
    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9 >>> 16) & mask;
        while (answers[slot] != UNKNOWN && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        byte[] oldAnswers = answers;
        keys = new int[oldKeys.length * 2];
        answers = new byte[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldAnswers[i] != UNKNOWN) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                answers[slot] = oldAnswers[i];
            }
        }
    }
}
