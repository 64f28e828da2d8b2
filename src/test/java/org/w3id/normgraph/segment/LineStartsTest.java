package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Judging a line by its beginning must never pass over a line that matches: for every language's patterns, every
 * line of its rendering of A/65/154 (and lines that begin alike but differ after), a line that matches is one that
 * may, asked in any order.
 */
class LineStartsTest {

    private static final List<String> LIKE_DEBRIS = List.of("", " ", "A", "A/", "A/65/154", "A/65/154 ", "A bc", "1",
            "1.", "10-46222", "10-46222 (E)    3", "3", " 3", "- 3 -", "Page 3 of 9", "第 3 页", "[", "[Original: English]",
            "[27 May 2010]", "I. Introduction", "A. General", "_____", "__", "• item", "(a) item", "2. The");

    @Test
    void passesOverNoLineThatMatches() throws IOException {
        for (String tag : ReplyLanguage.available()) {
            ReplyLanguage words = ReplyLanguage.of(tag);
            List<String> lines = new ArrayList<>(Files.readAllLines(
                    Path.of("src/test/resources/sg-report-editions/a-65-154." + tag + ".txt"), StandardCharsets.UTF_8));
            lines.addAll(LIKE_DEBRIS);
            List<Pattern> whole = new ArrayList<>(List.of(words.languageLine, words.dateLine, words.numberedHeading));
            words.letteredHeading.ifPresent(whole::add);
            words.pageDebris.ifPresent(whole::add);
            for (Pattern pattern : whole) {
                check(new LineStarts(pattern, true), pattern, true, lines);
            }
            check(new LineStarts(words.numberedParagraph, false), words.numberedParagraph, false, lines);
        }
    }

    @Test
    void tellsALineThatCannotMatchByItsBeginning() {
        LineStarts language = new LineStarts(ReplyLanguage.of("en").languageLine, true);
        assertFalse(language.mayMatch("The Government of Cuba"));
        assertTrue(language.mayMatch("[Original: Spanish]"));
        LineStarts debris = new LineStarts(ReplyLanguage.of("en").pageDebris.orElseThrow(), true);
        assertFalse(debris.mayMatch("A bc"));
        assertTrue(debris.mayMatch("A/65/154"));
        assertFalse(debris.mayMatch("1. The Government"));
    }

    private static void check(LineStarts starts, Pattern pattern, boolean whole, List<String> lines) {
        // twice: the first time the answers are found, the second they are remembered
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                var m = pattern.matcher(line);
                boolean may = starts.mayMatch(line);
                if (whole ? m.matches() : m.lookingAt()) {
                    assertTrue(may, () -> pattern + " matches “" + line + "”");
                }
            }
        }
    }
}
