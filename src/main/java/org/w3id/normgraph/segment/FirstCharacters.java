package org.w3id.normgraph.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters that a match of a pattern may begin with, learnt one character at a time, so that a search tries
 * the pattern only where one of them stands: most places of a text hold none (the end of an object, a full stop or a
 * comma before "and", begins at few). Each character is tried once, alone, with {@code lookingAt()}: where the
 * pattern fails there without reading to the end ({@link Matcher#hitEnd()} false), no match begins with that
 * character, whatever follows; where it reads to the end, the character and the next one are tried together, the same
 * way. The answers are kept for the pattern's life. A pattern that asks what stands before a
 * place (a look-behind, {@code \b}, {@code \B}, {@code ^}, {@code \G}, {@code \A}) is tried everywhere: a character
 * alone has nothing before it.
 */
public final class FirstCharacters {

    private static final List<String> ASKS_BEFORE = List.of("(?<=", "(?<!", "\\b", "\\B", "\\G", "\\A", "^");
    private static final int PAGE_BITS = 8;
    private static final byte UNKNOWN = 0;
    private static final byte MAY_BEGIN = 1;
    private static final byte CANNOT_BEGIN = 2;
    /** The character leaves it open (a space, for a pattern that begins with \s+and): the next one tells. */
    private static final byte ASK_NEXT = 3;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int PAGE_COUNT = 1 << (Character.SIZE - PAGE_BITS);

    private final Pattern pattern;
    private final boolean everywhere;
    /**
     * The answers by character, in pages of 256 made when first needed. Threads may share them: a race only loses or
     * repeats an answer, since each entry is unknown or the one right answer.
     */
    private final byte[][] pages = new byte[PAGE_COUNT][];
    /** Where the first character leaves it open, the answers by the next one, in pages again; shared the same way. */
    private final byte[][][][] nextPages = new byte[PAGE_COUNT][][][];

    public FirstCharacters(Pattern pattern) {
        this.pattern = pattern;
        this.everywhere = pattern.flags() != 0 || ASKS_BEFORE.stream().anyMatch(pattern.pattern()::contains);
    }

    /**
     * The first match of the pattern in {@code text[from, to)}, as {@code find()} on that region gives it: its start,
     * with {@code matcher} (of this pattern, set to {@code text}) holding the match; or -1.
     */
    public int find(Matcher matcher, String text, int from, int to) {
        if (everywhere) {
            matcher.region(from, to);
            return matcher.find() ? matcher.start() : -1;
        }
        for (int i = from; i < to; i++) {
            if (mayBeginAt(text, i, to)) {
                matcher.region(i, to);
                if (matcher.lookingAt()) {
                    return i;
                }
            }
        }
        // an empty match at the region's end is what find() gives last
        matcher.region(to, to);
        return from <= to && matcher.lookingAt() ? to : -1;
    }

    /** Whether a match may begin at {@code i}: by its character, and where that leaves it open, by the next one. */
    private boolean mayBeginAt(String text, int i, int to) {
        char c = text.charAt(i);
        byte[] answers = page(pages, c);
        int entry = c & (PAGE_SIZE - 1);
        if (answers[entry] == UNKNOWN) {
            Matcher probe = pattern.matcher(String.valueOf(c));
            answers[entry] = probe.lookingAt() ? MAY_BEGIN : probe.hitEnd() ? ASK_NEXT : CANNOT_BEGIN;
        }
        if (answers[entry] != ASK_NEXT) {
            return answers[entry] == MAY_BEGIN;
        }
        if (i + 1 >= to) {
            // the character is the region's last: alone, it did not match
            return false;
        }
        char next = text.charAt(i + 1);
        byte[][] byNext = nextPages[c >>> PAGE_BITS] == null ? null : nextPages[c >>> PAGE_BITS][entry];
        if (byNext == null) {
            if (nextPages[c >>> PAGE_BITS] == null) {
                nextPages[c >>> PAGE_BITS] = new byte[PAGE_SIZE][][];
            }
            byNext = new byte[PAGE_COUNT][];
            nextPages[c >>> PAGE_BITS][entry] = byNext;
        }
        byte[] nextAnswers = page(byNext, next);
        int nextEntry = next & (PAGE_SIZE - 1);
        if (nextAnswers[nextEntry] == UNKNOWN) {
            Matcher probe = pattern.matcher(new String(new char[] {c, next}));
            nextAnswers[nextEntry] = probe.lookingAt() || probe.hitEnd() ? MAY_BEGIN : CANNOT_BEGIN;
        }
        return nextAnswers[nextEntry] == MAY_BEGIN;
    }

    private static byte[] page(byte[][] pages, char c) {
        byte[] answers = pages[c >>> PAGE_BITS];
        if (answers == null) {
            answers = new byte[PAGE_SIZE];
            pages[c >>> PAGE_BITS] = answers;
        }
        return answers;
    }
}
