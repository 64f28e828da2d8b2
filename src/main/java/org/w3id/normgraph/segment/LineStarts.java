package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line may match a pattern that is matched from the line's start ({@code matches()} or
 * {@code lookingAt()}), told by how the line begins: its leading spaces and the character after them. Most lines
 * of a text begin with a letter that the pattern refuses at once (a language line needs its [, a page number its
 * digit), and lines begin in few ways, so each way is tried once, on those characters alone: where the pattern fails
 * there without reading to their end ({@link Matcher#hitEnd()} false), more characters could not have made it match,
 * and no line that begins so can. This spares the matcher's set-up for every line, which costs more than the failed
 * match itself. The answers are kept for the pattern's life (a language's patterns live as long as its
 * {@link ReplyLanguage}), so that each text does not try the same beginnings again.
 */
final class LineStarts {

    /** Lines indented further are tried whole: indents are few and short. */
    private static final int MOST_SPACES = 7;
    private static final int PAGE_BITS = 8;
    private static final byte UNKNOWN = 0;
    private static final byte MAY_MATCH = 1;
    private static final byte CANNOT_MATCH = 2;
    private static final char LINE_END = '\n';

    private final Pattern pattern;
    private final boolean whole;
    /**
     * The answers by (spaces, character), in pages of 256 characters made when first needed. Threads may share the
     * pages: a race only loses or repeats an answer, since each entry is unknown or the one right answer.
     */
    private final byte[][] pages = new byte[(MOST_SPACES + 1) << (Character.SIZE - PAGE_BITS)][];

    /** For {@code pattern} matched against a whole line ({@code whole}) or against its start. */
    LineStarts(Pattern pattern, boolean whole) {
        this.pattern = pattern;
        this.whole = whole;
    }

    /** False only where the line {@code text[from, to)} cannot match the pattern. */
    boolean mayMatch(String text, int from, int to) {
        int first = from;
        while (first < to && text.charAt(first) == ' ') {
            first++;
        }
        int spaces = first - from;
        if (spaces > MOST_SPACES) {
            return true;
        }
        // a line of spaces only is asked about as one that ends where a line break would stand: no line holds one
        char c = first == to ? LINE_END : text.charAt(first);
        int page = (spaces << (Character.SIZE - PAGE_BITS)) | (c >>> PAGE_BITS);
        byte[] answers = pages[page];
        if (answers == null) {
            answers = new byte[1 << PAGE_BITS];
            pages[page] = answers;
        }
        int entry = c & ((1 << PAGE_BITS) - 1);
        byte answer = answers[entry];
        if (answer == UNKNOWN) {
            Matcher probe = pattern.matcher(text.substring(from, Math.min(first + 1, to)));
            boolean matched = whole ? probe.matches() : probe.lookingAt();
            // the probe of a line of spaces is the whole line: its answer is final
            answer = matched || first < to && probe.hitEnd() ? MAY_MATCH : CANNOT_MATCH;
            answers[entry] = answer;
        }
        return answer == MAY_MATCH;
    }

    boolean mayMatch(String line) {
        return mayMatch(line, 0, line.length());
    }
}
