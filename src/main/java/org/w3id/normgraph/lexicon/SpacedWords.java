package org.w3id.normgraph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Words that the PDF layout may break over lines or typeset with spaces: whitespace inside the words is ignored, and
 * any whitespace ({@code \s}: space, tab, line break, vertical tab, form feed) may stand between two of their
 * characters. {@link #regex} gives them as a regular expression to combine with others; an instance finds them on
 * its own, the same matches as {@link #pattern}'s {@code find()} loop, by looking for the first letter and reading on
 * from there, which is several times faster than a regex over every place of a long text.
 */
public final class SpacedWords {

    /** The words' letters without whitespace, one code point each. */
    private final String[] letters;
    /** The regex, for words that are only whitespace (which match the empty string everywhere, as the regex does). */
    private final Pattern empty;
    /** The letters as UTF-16 units, where each is one (no letter outside the Basic Multilingual Plane), else null. */
    private final char[] units;

    private SpacedWords(String words) {
        this.letters = words.codePoints().filter(c -> !Character.isWhitespace(c)).mapToObj(Character::toString)
                .toArray(String[]::new);
        this.empty = letters.length == 0 ? pattern(words) : null;
        boolean basic = Arrays.stream(letters).allMatch(l -> l.length() == 1);
        this.units = basic ? String.join("", letters).toCharArray() : null;
    }

    public static SpacedWords of(String words) {
        return new SpacedWords(words);
    }

    /** {@code "大会 第"} gives a regex that matches 大会第, 大会 第 and 大会\n第. */
    public static String regex(String words) {
        StringBuilder regex = new StringBuilder();
        words.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            if (regex.length() > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(Character.toString(c)));
        });
        return regex.toString();
    }

    public static Pattern pattern(String words) {
        return Pattern.compile(regex(words));
    }

    /** Receives one match: where it starts and ends in the text. */
    public interface Found {
        void at(int start, int end);
    }

    /** Every place where the words stand in {@code text}, left to right, none overlapping. */
    public void findAll(String text, Found found) {
        if (empty != null) {
            Matcher m = empty.matcher(text);
            while (m.find()) {
                found.at(m.start(), m.end());
            }
            return;
        }
        String first = letters[0];
        int from = 0;
        while (from <= text.length()) {
            int start = text.indexOf(first, from);
            if (start < 0) {
                return;
            }
            int end = endAt(text, start + first.length());
            if (end >= 0) {
                found.at(start, end);
                from = end;
            } else {
                from = start + 1;
            }
        }
    }

    /** Where the words end if their letters after the first stand from {@code at} on, or -1. */
    private int endAt(String text, int at) {
        if (units != null) {
            int i = at;
            for (int u = 1; u < units.length; u++) {
                while (i < text.length() && isRegexSpace(text.charAt(i))) {
                    i++;
                }
                if (i >= text.length() || text.charAt(i) != units[u]) {
                    return -1;
                }
                i++;
            }
            return i;
        }
        int i = at;
        for (int l = 1; l < letters.length; l++) {
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            if (!text.startsWith(letters[l], i)) {
                return -1;
            }
            i += letters[l].length();
        }
        return i;
    }

    /** Receives one match of one of several words: which (its place in the list), and where. */
    public interface FoundOne {
        void at(int word, int start, int end);
    }

    /**
     * Many words found in one reading of a text: the same matches as {@link #findAll} of each word, except inside a word
     * of a spaced script ({@link #continuesWord}), but each place of the text is looked at once for all the words that
     * begin with the letter there, in a tree of their letters.
     */
    public static final class Index {
        private final List<SpacedWords> words;
        private final WordTrie trie = new WordTrie();
        /** The words with a letter outside the Basic Multilingual Plane, by their first UTF-16 unit. */
        private final Map<Character, int[]> othersByFirst = new HashMap<>();
        /** The words that are only whitespace. */
        private final int[] onlySpaces;
        /**
         * A UTF-16 unit that every word holds one as high as or higher than: a text without one holds none of the words
         * (a text in English, none of the words of a Chinese lexicon), and is not read letter by letter.
         */
        private final int highestLetterInEvery;

        public Index(List<SpacedWords> words) {
            this.words = List.copyOf(words);
            Map<Character, List<Integer>> ids = new HashMap<>();
            for (int w = 0; w < words.size(); w++) {
                SpacedWords word = words.get(w);
                if (word.empty == null && word.units != null) {
                    trie.add(w, word.units);
                } else if (word.empty == null) {
                    ids.computeIfAbsent(word.letters[0].charAt(0), c -> new ArrayList<>()).add(w);
                }
            }
            ids.forEach((first, list) -> othersByFirst.put(first, list.stream().mapToInt(Integer::intValue).toArray()));
            this.onlySpaces = IntStream.range(0, words.size()).filter(w -> words.get(w).empty != null).toArray();
            this.highestLetterInEvery = onlySpaces.length > 0 ? 0 : words.stream()
                    .mapToInt(w -> String.join("", w.letters).chars().max().orElse(0)).min().orElse(Character.MAX_VALUE);
        }

        /** Every match of every word, each word's matches left to right and not overlapping one another. */
        public void findAll(String text, FoundOne found) {
            for (int word : onlySpaces) {
                words.get(word).findAll(text, (start, end) -> found.at(word, start, end));
            }
            if (!holdsUnitFrom(text, highestLetterInEvery)) {
                return;
            }
            int[] next = null; // where each word may be found again, made at the first place that holds one
            Hits hits = new Hits();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (trie.begins(c) && !(i > 0 && continuesWord(text.charAt(i - 1), c))) {
                    trie.wordsAt(text, i, hits::add);
                }
                int[] others = othersByFirst.isEmpty() ? null : othersByFirst.get(c);
                if (others != null) {
                    for (int w : others) {
                        SpacedWords word = words.get(w);
                        if (text.startsWith(word.letters[0], i)) {
                            int end = word.endAt(text, i + word.letters[0].length());
                            if (end >= 0) {
                                hits.add(w, end);
                            }
                        }
                    }
                }
                if (hits.count == 0) {
                    continue;
                }
                // in the order of the words, as each word's own search would give them
                hits.sort();
                if (next == null) {
                    next = new int[words.size()];
                }
                for (int h = 0; h < hits.count; h++) {
                    int w = hits.words[h];
                    if (i >= next[w]) {
                        found.at(w, i, hits.ends[h]);
                        next[w] = hits.ends[h];
                    }
                }
                hits.count = 0;
            }
        }
    }

    private static boolean holdsUnitFrom(String text, int lowest) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= lowest) {
                return true;
            }
        }
        return false;
    }

    /** The words found at one place of a text and where each ends. */
    private static final class Hits {
        private static final int[] NONE = new int[0];
        // made at the first word found: most texts hold none of an index's words
        private int[] words = NONE;
        private int[] ends = NONE;
        private int count;

        void add(int word, int end) {
            if (words == NONE) {
                words = new int[8];
                ends = new int[8];
            } else if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            words[count] = word;
            ends[count] = end;
            count++;
        }

        /** By word, by insertion: a place holds few words. */
        void sort() {
            for (int i = 1; i < count; i++) {
                int w = words[i];
                int e = ends[i];
                int j = i - 1;
                while (j >= 0 && words[j] > w) {
                    words[j + 1] = words[j];
                    ends[j + 1] = ends[j];
                    j--;
                }
                words[j + 1] = w;
                ends[j + 1] = e;
            }
        }
    }

    /**
     * Whether {@code c} after {@code before} is inside a word of Latin, Greek or Cyrillic letters, where no name or
     * term of an index begins (Cuba in Scuba, EU in NEU). In Arabic a word may begin after a proclitic (و, ب, ل) and
     * in Chinese anywhere, so there every place counts.
     */
    public static boolean continuesWord(char before, char c) {
        return c < SPACED_LETTERS.length && before < SPACED_LETTERS.length && SPACED_LETTERS[c] && SPACED_LETTERS[before];
    }

    /** {@link Character#isLetter} of each character below U+0590 (Latin, Greek, Cyrillic, Armenian), looked up. */
    private static final boolean[] SPACED_LETTERS = new boolean[0x0590];

    static {
        for (char c = 0; c < SPACED_LETTERS.length; c++) {
            SPACED_LETTERS[c] = Character.isLetter(c);
        }
    }

    /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
