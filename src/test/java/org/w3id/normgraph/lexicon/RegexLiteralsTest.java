package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.segment.RegexLiterals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts that make the lexicons fast must find exactly what the plain regex loop finds: the words a regex
 * must begin with are read conservatively (null where the regex does not say), and a search that tries the regex only
 * where they stand gives the same matches as {@code Matcher.find()}.
 */
class RegexLiteralsTest {

    @Test
    void readsTheWordsThatEveryMatchBeginsWith() {
        assertArrayEquals(new String[] {"规范"}, RegexLiterals.starts("规范\\s*13\\s*(?:[（(]\\s*f\\s*[）)]|f\\b)"));
        // look-behinds match no text; an opening group of letters gives its alternatives
        assertArrayEquals(new String[] {"A", "S", "E"},
                RegexLiterals.starts("(?<![A-Za-z0-9/])(?:A|S|E)(?:/[A-Z]{2,6})*/\\d{1,4}"));
        assertArrayEquals(new String[] {"ab", "cd", "ef", "gh"}, RegexLiterals.starts("ab|cd|(?:ef|gh)"));
        // a quantifier takes the letter before it out of every match
        assertArrayEquals(new String[] {"a"}, RegexLiterals.starts("ab?c"));
        // a group that may be left out: its starts and those of what follows it; a class of a few letters, each
        assertArrayEquals(new String[] {"x", "y", "z"}, RegexLiterals.starts("(?:x|y)?z"));
        assertArrayEquals(new String[] {"a", "x", "y"}, RegexLiterals.starts("(?:a|[xy])b"));
        assertArrayEquals(new String[] {"Résolution", "résolution"}, RegexLiterals.starts("(?U)[Rr]ésolutions?"));
        // letters, then a class: the letters with each of its characters and what follows
        assertArrayEquals(new String[] {"s’oppose", "s'oppose"}, RegexLiterals.starts("s[’']oppose\\s+à"));
        assertArrayEquals(new String[] {"Ab", "Ac", "ab", "ac"}, RegexLiterals.starts("[Aa][bc]d?"));
        // in a text whose white space is single spaces, \s+ is one space; \s* and a space that may repeat end a word
        assertArrayEquals(new String[] {"ne préconise", "no", "se"},
                RegexLiterals.groupStarts("x(?<cue>ne\\s+préconise|no\\s*acepta|se\\s+?opone)", "cue", true));
        assertArrayEquals(new String[] {"ne", "no", "se"},
                RegexLiterals.groupStarts("x(?<cue>ne\\s+préconise|no\\s*acepta|se\\s+?opone)", "cue"));
        assertArrayEquals(new String[] {"General", "Resolution", "resolution"}, RegexLiterals.starts(
                "(?<![\\p{L}])(?:General\\s+Assembly\\s+)?[Rr]esolutions?\\s+\\d{1,3}/\\d{1,4}"));
        assertArrayEquals(new String[] {"欢迎", "欣见"},
                RegexLiterals.groupStarts("(?:还|也)*(?<cue>欢迎|欣见)(?!有机会|的)(?<object>.+)", "cue"));
    }

    @Test
    void readsLettersThatEveryMatchHolds() {
        // the slash of a written symbol: groups, classes and escapes before it hold none for certain
        assertEquals("/", RegexLiterals.requiredWords(
                "(?<![A-Za-z0-9/])(?:A|S|E)(?:/[A-Z]{2,6})*(?:/C\\.[1-6])?/\\d{1,4}/(?:L\\.)?\\d{1,4}"));
        // the longest run; the letter that a quantifier may leave out is no part of it
        assertEquals("esolution", RegexLiterals.requiredWords(
                "(?<![\\p{L}])(?:General\\s+Assembly\\s+)?[Rr]esolutions?\\s+\\d{1,3}/\\d{1,4}"));
        assertEquals("ésolution", RegexLiterals.requiredWords("(?U)(?<![\\p{L}])[Rr]ésolutions?\\s+\\d{1,3}"));
        assertEquals("1.2", RegexLiterals.requiredWords("\\d+1\\.2\\d"));
        assertEquals("c", RegexLiterals.requiredWords("a?b*c"));
        // a letter that may repeat ends its run: ab+c holds abbc
        assertEquals("ab", RegexLiterals.requiredWords("ab+c"));
        assertNull(RegexLiterals.requiredWords("a{0,2}"));
        // alternatives, inline flags other than (?U) and quoting say nothing
        assertNull(RegexLiterals.requiredWords("a/|b"));
        assertNull(RegexLiterals.requiredWords("(?i)a/"));
        assertNull(RegexLiterals.requiredWords("(?U)(?i)a/"));
        assertNull(RegexLiterals.requiredWords("\\Qa/\\E"));
        assertNull(RegexLiterals.requiredWords("(?:a/)\\d[/]"));
    }

    @Test
    void saysNothingWhereTheRegexDoesNotSay() {
        assertNull(RegexLiterals.starts("a|"));
        assertNull(RegexLiterals.starts("(?i)abc"));
        assertNull(RegexLiterals.starts("\\Qab\\E"));
        assertNull(RegexLiterals.starts("a{2}b"));
        assertNull(RegexLiterals.starts("(?:a|[x-y])b"));
        assertNull(RegexLiterals.starts("[Rr]?e"));
        assertNull(RegexLiterals.starts("(?:x|y)?"));
        assertNull(RegexLiterals.starts("(?:x|y)?\\d"));
        assertNull(RegexLiterals.starts("[]a]b"));
        assertNull(RegexLiterals.starts("\\d+年"));
        assertNull(RegexLiterals.groupStarts("(?<cue>.+)", "cue"));
    }

    @Test
    void findsWhatFindFinds() {
        List<String> regexes = List.of("规范\\s*13\\s*(?:[（(]\\s*c\\s*[）)]|c\\b)", "(?<![A-Za-z0-9/])(?:A|S|E)/\\d{1,4}",
                "ab?c", "aa", "(?<=x)ab|cd", "领土被用于[^。]{0,20}国际不法行为", "(?:x|y)?z", "(?:a|[xy])b", "(?:ab)??c",
                "[Rr]e[sS]", "(?<![\\p{L}])(?:General\\s+Assembly\\s+)?[Rr]esolutions?\\s+\\d{1,3}/\\d{1,4}",
                "ne\\s+préconise\\s+pas|no\\s*acepta", "Cuba\\s+supports\\s+?the",
                "(?U)(?<![\\p{L}])[Rr]ésolutions?\\s+\\d{1,3}/\\d{1,4}", "n[’']accepte\\s+pas", "[Aa][bc]d?",
                "(?U)(?<![\\p{L}])(?:[وف])?(?:[بلك])?(?:ال|ل)?قرار(?:ات|ين|ه)?\\s+\\d{1,3}/\\d{1,4}");
        List<String> texts = List.of("", "规范 13c 与规范13（c）及规范 13 cd", "A/76 和 XA/77、S/1 E/2A/3/4",
                "aacabc aaaa xab cd", "不让其领土被用于实施国际不法行为。领土被用于。国际不法行为",
                "General Assembly resolution 64/25, Resolutions 1/2, nonresolution 3/4; xz yz z xb ab c abc ac Res ReS",
                "sa résolution 64/25 et Résolutions 1/2, irrésolution 3/4; وبالقرار 64/25 والقرارات 1/2 قرار 3/4",
                "Il n’accepte pas, n'accepte pas, naccepte pas; Ab ac AD abd",
                "Il ne  préconise pas, ne\npréconise pas; no acepta, noacepta; Cuba supports\t the work");
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> found = new ArrayList<>();
                RegexLiterals.findAll(pattern, RegexLiterals.starts(regex), text,
                        match -> found.add(match.start() + "-" + match.end()));
                assertEquals(expected, found, regex + " in " + text);
                // the same text with single spaces, and the words read through \s+
                String single = text.replaceAll("\\s+", " ");
                List<String> expectedSingle = new ArrayList<>();
                Matcher s = pattern.matcher(single);
                while (s.find()) {
                    expectedSingle.add(s.start() + "-" + s.end());
                }
                List<String> foundSingle = new ArrayList<>();
                RegexLiterals.findAll(pattern, RegexLiterals.starts(regex, true), single,
                        match -> foundSingle.add(match.start() + "-" + match.end()));
                assertEquals(expectedSingle, foundSingle, regex + " in " + single);
            }
        }
    }

    @Test
    void spacedWordsTogetherFindWhatEachRegexFinds() {
        List<String> words = List.of("互联网 治理", "治理", "多利益相关方", "利益相关方", "aa", " ");
        String text = "全球互联网\n治理体系、互联网 治理和治理；多利益 相关方与利益相关方 aaa\taa";
        List<String> expected = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Matcher m = SpacedWords.pattern(words.get(w)).matcher(text);
            while (m.find()) {
                expected.add(w + ":" + m.start() + "-" + m.end());
            }
        }
        List<String> alone = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int word = w;
            SpacedWords.of(words.get(w)).findAll(text, (start, end) -> alone.add(word + ":" + start + "-" + end));
        }
        List<String> together = new ArrayList<>();
        new SpacedWords.Index(words.stream().map(SpacedWords::of).toList())
                .findAll(text, (word, start, end) -> together.add(word + ":" + start + "-" + end));
        assertEquals(expected, alone);
        assertEquals(indexed(words, text), together.stream().sorted().toList());
    }

    /**
     * What an index finds, as regexes: each word's own matches, except that a word of Latin, Greek or Cyrillic letters
     * does not begin inside such a word.
     */
    private static List<String> indexed(List<String> words, String text) {
        List<String> expected = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String first = words.get(w).strip();
            boolean spaced = !first.isEmpty() && first.charAt(0) < '\u0590' && Character.isLetter(first.charAt(0));
            String notInsideWord = spaced ? "(?<![\\p{L}&&[\\x{0}-\\x{58F}]])" : "";
            Matcher m = Pattern.compile(notInsideWord + SpacedWords.regex(words.get(w))).matcher(text);
            while (m.find()) {
                expected.add(w + ":" + m.start() + "-" + m.end());
            }
        }
        return expected.stream().sorted().toList();
    }

    @Test
    void anIndexFindsNoWordBeginningInsideAWordOfASpacedScript() {
        List<String> words = List.of("Cuba", "EU", "Союз", "الاتحاد", "古巴", "aa");
        String text = "ProCuba (Cuba), NEU, EU's, l'EU, ЕвроСоюз, Союз, والاتحاد, 的Cuba, 古巴古巴, aaa\taa";
        List<String> found = new ArrayList<>();
        List<String> places = new ArrayList<>();
        new SpacedWords.Index(words.stream().map(SpacedWords::of).toList()).findAll(text, (word, start, end) -> {
            found.add(text.substring(start, end) + "@" + start);
            places.add(word + ":" + start + "-" + end);
        });
        // not Cuba in ProCuba, EU in NEU, Союз in ЕвроСоюз; but الاتحاد after the proclitic و and 古巴 anywhere
        assertEquals(List.of("Cuba@9", "EU@21", "EU@29", "Союз@43", "الاتحاد@50", "Cuba@60", "古巴@66", "古巴@68",
                "aa@72", "aa@76"), found.stream().sorted(Comparator.comparingInt(
                        (String f) -> Integer.parseInt(f.substring(f.lastIndexOf('@') + 1)))).toList());
        assertEquals(indexed(words, text), places.stream().sorted().toList());
    }

    @Test
    void anIndexOfChineseWordsFindsNoneInEnglishTextButFindsALatinWordAmongThem() {
        SpacedWords.Index chinese = new SpacedWords.Index(List.of(SpacedWords.of("互联网 治理"),
                SpacedWords.of("2021-2025 年工作组")));
        List<String> found = new ArrayList<>();
        chinese.findAll("Internet governance, 2021-2025 working group", (w, s, e) -> found.add(w + ":" + s));
        chinese.findAll("2021-2025 年工作组和互联网治理", (w, s, e) -> found.add(w + ":" + s));
        assertEquals(List.of("1:0", "0:15"), found);
        SpacedWords.Index mixed = new SpacedWords.Index(List.of(SpacedWords.of("互联网治理"), SpacedWords.of("ICANN")));
        mixed.findAll("the ICANN report", (w, s, e) -> found.add(w + ":" + s));
        assertEquals(List.of("1:0", "0:15", "1:4"), found);
    }
}
