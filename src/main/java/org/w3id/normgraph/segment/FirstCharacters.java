package org.w3id.normgraph.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters that a match of a pattern may begin with, learnt one character at a time, so that a search tries
 * the pattern only where one of them stands: most places of a text hold none (the end of an object, a full stop or a
 * comma before "and", begins at few). Each character is tried once, alone, with {@code lookingAt()}: where the
 * pattern fails there without reading to the end ({@link Matcher#hitEnd()} false), no match begins with that
 * character, whatever follows; the answers are kept for the pattern's life. A pattern that asks what stands before a
 * place (a look-behind, {@code \b}, {@code \B}, {@code ^}, {@code \G}, {@code \A}) is tried everywhere: a character
 * alone has nothing before it.
 */
public final class FirstCharacters {

    private static final List<String> ASKS_BEFORE = List.of("(?<=", "(?<!", "\\b", "\\B", "\\G", "\\A", "^");
    private static final int PAGE_BITS = 8;
    private static final byte UNKNOWN = 0;
    private static final byte MAY_BEGIN = 1;
    private static final byte CANNOT_BEGIN = 2;

    private final Pattern pattern;
    private final boolean everywhere;
    /**
     * The answers by character, in pages of 256 made when first needed. Threads may share them: a race only loses or
     * repeats an answer, since each entry is unknown or the one right answer.
     */
    private final byte[][] pages = new byte[1 << (Character.SIZE - PAGE_BITS)][];

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
            if (mayBeginWith(text.charAt(i))) {
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

    private boolean mayBeginWith(char c) {
        byte[] answers = pages[c >>> PAGE_BITS];
        if (answers == null) {
            answers = new byte[1 << PAGE_BITS];
            pages[c >>> PAGE_BITS] = answers;
        }
        int entry = c & ((1 << PAGE_BITS) - 1);
        if (answers[entry] == UNKNOWN) {
            Matcher probe = pattern.matcher(String.valueOf(c));
            answers[entry] = probe.lookingAt() || probe.hitEnd() ? MAY_BEGIN : CANNOT_BEGIN;
        }
        return answers[entry] == MAY_BEGIN;
    }
}
