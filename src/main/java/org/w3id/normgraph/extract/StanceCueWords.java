package org.w3id.normgraph.extract;

import org.w3id.normgraph.lexicon.SpacedWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The words that the stance rules of one reply look for before any rule is tried: the words a cue begins with and
 * the actor's names and pronouns. A paragraph is read once for all of them ({@link Reading}); a rule is tried in a
 * sentence only where one of its words stands in it.
 *
 * <pre>{@code
 * StanceCueWords words = new StanceCueWords();
 * int[] ids = words.add(List.of("supports", "support"));  // for each rule, its words' numbers
 * words.close(List.of(ids));                               // a word that another begins is looked for as the shorter
 * StanceCueWords.Reading reading = words.reading();        // one per reply: it reuses its arrays
 * reading.find(paragraphText);
 * }</pre>
 */
final class StanceCueWords {

    private final List<String> added = new ArrayList<>();
    private List<String> words;
    private BitSet firstLetters;
    private char[] firsts;
    private int[][] byFirst;

    /** The numbers of {@code more} among the words, each added once. */
    int[] add(List<String> more) {
        int[] ids = new int[more.size()];
        for (int w = 0; w < more.size(); w++) {
            if (!added.contains(more.get(w))) {
                added.add(more.get(w));
            }
            ids[w] = added.indexOf(more.get(w));
        }
        return ids;
    }

    /**
     * Ends the adding: a word that another begins (support, supports) is looked for once, as the shorter (the rules'
     * regexes decide the rest), and {@code numbered}, the arrays of numbers that {@link #add} gave (null ones
     * skipped), are renumbered in place.
     */
    void close(List<int[]> numbered) {
        List<String> looked = new ArrayList<>();
        int[] as = new int[added.size()];
        List<Integer> shortestFirst = IntStream.range(0, added.size()).boxed()
                .sorted(Comparator.comparingInt((Integer w) -> added.get(w).length()).thenComparing(w -> w)).toList();
        for (int w : shortestFirst) {
            String word = added.get(w);
            int found = -1;
            for (int k = 0; k < looked.size() && found < 0; k++) {
                found = word.startsWith(looked.get(k)) ? k : -1;
            }
            if (found < 0) {
                looked.add(word);
                found = looked.size() - 1;
            }
            as[w] = found;
        }
        for (int[] ids : numbered) {
            if (ids != null) {
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = as[ids[i]];
                }
            }
        }
        words = List.copyOf(looked);
        firstLetters = new BitSet();
        words.forEach(w -> firstLetters.set(w.charAt(0)));
        firsts = words.stream().map(w -> String.valueOf(w.charAt(0))).distinct().sorted().collect(Collectors.joining())
                .toCharArray();
        byFirst = new int[firsts.length][];
        for (int f = 0; f < firsts.length; f++) {
            char first = firsts[f];
            byFirst[f] = IntStream.range(0, words.size()).filter(w -> words.get(w).charAt(0) == first).toArray();
        }
    }

    int size() {
        return words.size();
    }

    /** For each word, whether it is one of {@code ids} (none where {@code ids} is null). */
    boolean[] flags(int[] ids) {
        boolean[] flagged = new boolean[words.size()];
        if (ids != null) {
            for (int w : ids) {
                flagged[w] = true;
            }
        }
        return flagged;
    }

    Reading reading() {
        return new Reading();
    }

    /** Where the words stand in one paragraph, then in each of its sentences; one per reply, not shared. */
    final class Reading {

        private int[] at = new int[16];
        private int[] word = new int[16];
        private int count;
        /** The place, in the sentence being read, of the last of each word that ends in it, or -1. */
        private final int[] lastInSentence = new int[words.size()];
        private int sentenceFrom;
        private int sentenceTo;

        private Reading() {
            Arrays.fill(lastInSentence, -1);
        }

        /**
         * Finds the words of {@code text} in one reading, in the order they stand (occurrences may overlap). A word
         * of Latin, Greek or Cyrillic letters counts only where a word begins; in Arabic one may begin after a
         * proclitic (و, ب, ل), and in Chinese anywhere.
         */
        void find(String text) {
            count = 0;
            sentenceFrom = 0;
            sentenceTo = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!firstLetters.get(c) || i > 0 && SpacedWords.continuesWord(text.charAt(i - 1), c)) {
                    continue;
                }
                for (int w : byFirst[Arrays.binarySearch(firsts, c)]) {
                    if (text.startsWith(words.get(w), i)) {
                        if (count == at.length) {
                            at = Arrays.copyOf(at, count * 2);
                            word = Arrays.copyOf(word, count * 2);
                        }
                        at[count] = i;
                        word[count++] = w;
                    }
                }
            }
        }

        /** Whether a word that {@code flagged} marks stands in the paragraph. */
        boolean inParagraph(boolean[] flagged) {
            return any(flagged, 0, count);
        }

        /**
         * Moves to the sentence {@code [start, end)} (after the one before it): whether a word that {@code flagged}
         * marks stands in it; if so, {@link #last} answers for it until {@link #leaveSentence}.
         */
        boolean enterSentence(int start, int end, boolean[] flagged) {
            int from = sentenceTo;
            while (from < count && at[from] < start) {
                from++;
            }
            int to = from;
            while (to < count && at[to] < end) {
                to++;
            }
            sentenceFrom = from;
            sentenceTo = to;
            if (flagged != null && !any(flagged, from, to)) {
                return false;
            }
            for (int e = from; e < to; e++) {
                if (at[e] + words.get(word[e]).length() <= end) {
                    lastInSentence[word[e]] = at[e];
                }
            }
            return true;
        }

        void leaveSentence() {
            for (int e = sentenceFrom; e < sentenceTo; e++) {
                lastInSentence[word[e]] = -1;
            }
        }

        /** Where the last of {@code ids} begins in the sentence, or -1. */
        int last(int[] ids) {
            int last = -1;
            for (int w : ids) {
                last = Math.max(last, lastInSentence[w]);
            }
            return last;
        }

        private boolean any(boolean[] flagged, int from, int to) {
            for (int e = from; e < to; e++) {
                if (flagged[word[e]]) {
                    return true;
                }
            }
            return false;
        }
    }
}
