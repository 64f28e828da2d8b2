package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A search that tries a pattern only where a match may begin by its first character must find what
 * {@code Matcher.find()} finds on the same region, for the stance rules' patterns of object and sentence ends and
 * for patterns that match nothing, an empty string, or ask what stands before a place.
 */
class FirstCharactersTest {

    private static final List<String> PATTERNS = List.of(
            "[.;!?](?=\\s|$)|,\\s+(?=(?:and|but|which)(?![\\p{L}\\p{N}_]))|\\s+and\\s+(?=(?:supports?|condemns?)"
                    + "(?![\\p{L}\\p{N}_]))",
            "[.!?][”’\")\\]]*(?=\\d{0,3}(?:\\s+[^\\s\\p{Ll}]|\\s*$))",
            "[.!?…](?:\\s?[»”’\")\\]])*(?=\\d{0,3}(?:\\s+[^\\s\\p{Ll}]|\\s*$))",
            "[，,](?=并|而|从而)|[。；;！？!?]", "[。！？!?]",
            "x*", "\\s*$", "(?!a)b", "(?<=a)b", "\\bend", "\\Bnd", "^b", "zz|z$");

    private static final List<String> TEXTS = List.of("",
            "Cuba supports the work of the Group, which meets. Cuba rejects it; and supports more.",
            "See A/65/201. The report 1. No 5 and “quoted.” Then (this) ends!",
            "Cuba appuie les travaux. Elle rejette … « ceci ». Fin",
            "澳大利亚支持制定一项行动纲领，为此提供常设论坛。我们谴责滥用，并强调支持！",
            "ab b abend bend xx zz z", "   ");

    @Test
    void findsWhatFindFindsInEveryRegion() {
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex);
            FirstCharacters starts = new FirstCharacters(pattern);
            for (String text : TEXTS) {
                for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 7)) {
                    assertEquals(plainFind(pattern, text, from), firstCharactersFind(starts, pattern, text, from),
                            regex + " in “" + text + "” from " + from);
                }
            }
        }
    }

    @Test
    void aPatternThatAsksWhatStandsBeforeIsTriedEverywhere() {
        // alone, b has no a before it; in the text it has, and the match must not be lost
        Pattern behind = Pattern.compile("(?<=a)b");
        Matcher m = behind.matcher("ab");
        assertEquals(1, new FirstCharacters(behind).find(m, "ab", 0, 2));
        Pattern inside = Pattern.compile("\\Bb");
        m = inside.matcher("ab");
        assertEquals(1, new FirstCharacters(inside).find(m, "ab", 0, 2));
    }

    /** Every match from {@code from} on, as successive find() calls give them. */
    private static List<String> plainFind(Pattern pattern, String text, int from) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, text.length());
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> firstCharactersFind(FirstCharacters starts, Pattern pattern, String text, int from) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int searchFrom = from;
        while (searchFrom <= text.length() && starts.find(m, text, searchFrom, text.length()) >= 0) {
            found.add(m.start() + "-" + m.end());
            searchFrom = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return found;
    }
}
