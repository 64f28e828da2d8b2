package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line may match a pattern that is matched from the line's start ({@code matches()} or
 * {@code lookingAt()}), told by how the line begins: its leading spaces and the one or two characters after them.
 * Most lines of a text begin with letters that the pattern refuses at once (a language line needs its [, a page
 * number its digit, a symbol A/ its slash), and lines begin in few ways, so each way is tried once, on those
 * characters alone: where the pattern fails there without reading to their end ({@link Matcher#hitEnd()} false),
 * more characters could not have made it match, and no line that begins so can. Where the first character does not
 * tell, the second is asked about. This spares the matcher's set-up for every line, which costs more than the
 * failed match itself. The answers are kept for the pattern's life (a language's patterns live as long as its
 * {@link ReplyLanguage}), so that each text does not try the same beginnings again.
 */
final class LineStarts {

    /** Lines indented further are tried whole: indents are few and short. */
    private static final int MOST_SPACES = 7;
    private static final int PAGE_BITS = 8;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final byte UNKNOWN = 0;
    private static final byte MAY_MATCH = 1;
    private static final byte CANNOT_MATCH = 2;
    /** The first character leaves it open: the second one tells. */
    private static final byte ASK_SECOND = 3;
    private static final char LINE_END = '\n';

    private final Pattern pattern;
    private final boolean whole;
    /**
     * The answers by (spaces, first character), in pages of 256 characters made when first needed. Threads may share
     * the pages: a race only loses or repeats an answer, since each entry is unknown or the one right answer.
     */
    private final byte[][] pages = new byte[(MOST_SPACES + 1) << (Character.SIZE - PAGE_BITS)][];
    /** Where the first character leaves it open, the answers by the second, in pages again; shared the same way. */
    private final byte[][][][] seconds = new byte[pages.length][][][];

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
        // a line that ends is asked about as one with a line break there: no line holds one
        char c = first == to ? LINE_END : text.charAt(first);
        int page = (spaces << (Character.SIZE - PAGE_BITS)) | (c >>> PAGE_BITS);
        byte[] answers = pages[page];
        if (answers == null) {
            answers = new byte[PAGE_SIZE];
            pages[page] = answers;
        }
        int entry = c & (PAGE_SIZE - 1);
        byte answer = answers[entry];
        if (answer == UNKNOWN) {
            answer = first == to ? probe(text, from, to, true, MAY_MATCH)
                    : probe(text, from, first + 1, false, ASK_SECOND);
            answers[entry] = answer;
        }
        if (answer != ASK_SECOND) {
            return answer == MAY_MATCH;
        }
        char second = first + 1 >= to ? LINE_END : text.charAt(first + 1);
        byte[][] byPage = seconds[page] == null ? null : seconds[page][entry];
        if (byPage == null) {
            if (seconds[page] == null) {
                seconds[page] = new byte[PAGE_SIZE][][];
            }
            byPage = new byte[1 << (Character.SIZE - PAGE_BITS)][];
            seconds[page][entry] = byPage;
        }
        byte[] secondAnswers = byPage[second >>> PAGE_BITS];
        if (secondAnswers == null) {
            secondAnswers = new byte[PAGE_SIZE];
            byPage[second >>> PAGE_BITS] = secondAnswers;
        }
        answer = secondAnswers[second & (PAGE_SIZE - 1)];
        if (answer == UNKNOWN) {
            answer = first + 1 >= to ? probe(text, from, to, true, MAY_MATCH)
                    : probe(text, from, first + 2, false, MAY_MATCH);
            secondAnswers[second & (PAGE_SIZE - 1)] = answer;
        }
        return answer == MAY_MATCH;
    }

    boolean mayMatch(String line) {
        return mayMatch(line, 0, line.length());
    }

    /**
     * The pattern tried on the line's characters up to {@code end}. Where they are all the line's characters that the
     * answer stands for ({@code lineEnds}: a line of spaces, or of spaces and one character), its answer is final;
     * else a failure that did not read to their end cannot match, and any other answer is {@code open}.
     */
    private byte probe(String text, int from, int end, boolean lineEnds, byte open) {
        Matcher probe = pattern.matcher(text.substring(from, end));
        boolean matched = whole ? probe.matches() : probe.lookingAt();
        if (lineEnds) {
            return matched ? MAY_MATCH : CANNOT_MATCH;
        }
        return matched || probe.hitEnd() ? open : CANNOT_MATCH;
    }
}
