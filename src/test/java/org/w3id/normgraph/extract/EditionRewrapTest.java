package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English, French, Spanish, Russian and Arabic editions of A/65/154 as other converters give them: each numbered
 * paragraph broken anew between words, at a fixed width or anywhere short of it (a reflowing viewer, a copy from a
 * browser), with or without blank lines between paragraphs, with LF or CRLF line ends. Every rendering gives the
 * replies of the edition as it is printed: actor, original language, date, resolution answered, subsections, and the
 * words of every part.
 */
class EditionRewrapTest {

    /** A numbered paragraph's first line: 1. In paragraph 3…, Arabic 1 - في الفقرة… */
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^\\d{1,3}(?:\\.| -)\\s+\\S.*");
    private static final int SEEDS = 24;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar"})
    void everyRewrapGivesTheEditionsReplies(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        List<String> expected = facts(edition.findings(printed));
        for (long seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            int width = 30 + random.nextInt(80);
            boolean anywhereShort = random.nextBoolean();
            boolean blankLines = random.nextBoolean();
            boolean crlf = random.nextInt(4) == 0;
            String text = rewrapped(printed, width, anywhereShort, blankLines, random);
            String what = language + " seed " + seed + ": " + width + " columns" + (anywhereShort ? ", anywhere short of it" : "")
                    + (blankLines ? "" : ", no blank lines") + (crlf ? ", CRLF" : "");
            assertSameFacts(what, expected, facts(edition.findings(crlf ? text.replace("\n", "\r\n") : text)));
        }
    }

    /**
     * The edition as a converter that keeps the page's layout gives it (pdftotext -layout): the page's margin before
     * every line, each numbered paragraph's first line indented further, lines that stand alone (titles, the actors'
     * names) centred and the bracketed language and date lines set to the right, with and without blank lines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar"})
    void aLayoutKeepingRenderingGivesTheEditionsReplies(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        List<String> expected = facts(edition.findings(printed));
        for (int margin = 0; margin <= 8; margin += 4) {
            for (boolean blankLines : new boolean[] {true, false}) {
                String text = laidOut(printed, margin, blankLines);
                assertSameFacts(language + ", margin " + margin + (blankLines ? "" : ", no blank lines"), expected,
                        facts(edition.findings(text)));
            }
        }
    }

    /**
     * A table of contents before the introduction, as a longer report of the series prints one (A/76/136: Contents,
     * Page, I. Introduction . . . 3, Australia . . . 3): its entries are the sections and the replying actors, with dot
     * leaders and page numbers, one line each or wrapped with the leader on the last line. They are no headings, in
     * any of the six languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh-Hans"})
    void aTableOfContentsIsNoPartOfTheReport(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        ReplyFindings findings = edition.findings(printed);
        List<String> expected = facts(findings);
        String[] lines = printed.split("\n", -1);
        int introduction = introductionHeading(List.of(lines));
        List<String> entries = new ArrayList<>(List.of(lines[introduction].strip()));
        for (ReplyFacts reply : findings.replies()) {
            String section = reply.sectionHeading().text();
            if (!entries.contains(section)) {
                entries.add(section);
            }
            entries.add(reply.heading().text());
        }
        for (int style = 0; style < 3; style++) {
            boolean wrapped = style == 1;
            // style 2: as pdftotext gives A/76/136's table, the numeral, the leader's page number on lines of their own
            boolean split = style == 2;
            StringBuilder contents = new StringBuilder(CONTENTS.get(language)).append(split ? "\n" : "\n\n")
                    .append(split ? "" : " ".repeat(70)).append(PAGE.get(language)).append("\n");
            int page = 2;
            for (String entry : entries) {
                String leader = " . . . . . . . . . . . . . . . . . ." + (split ? "\n" : "    ") + page++;
                java.util.regex.Matcher numeral = NUMERAL.matcher(entry);
                if (split && numeral.lookingAt()) {
                    contents.append(numeral.group().strip()).append("\n").append(entry.substring(numeral.end()));
                } else if ((wrapped || split) && entry.length() > 30) {
                    int cut = entry.lastIndexOf(' ', 30);
                    contents.append(entry, 0, cut).append("\n").append(entry.substring(cut + 1));
                } else {
                    contents.append(entry);
                }
                contents.append(leader).append("\n");
            }
            // the Chinese layout prints a blank line after every line, the table's too
            String table = language.equals("zh-Hans") ? contents.toString().replace("\n", "\n\n") : contents.toString();
            String text = String.join("\n", List.of(lines).subList(0, introduction)) + "\n" + table + "\n"
                    + String.join("\n", List.of(lines).subList(introduction, lines.length));
            assertSameFacts(language + (wrapped ? ", wrapped entries" : split ? ", numerals and pages apart" : ""),
                    expected, facts(edition.findings(text)));
        }
    }

    /**
     * The Latin ligatures that a PDF converter may give for the glyphs (ﬁ, ﬂ, ﬀ) and the soft hyphens (U+00AD) that
     * it may keep inside long words read as the letters of the word.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void ligaturesAndSoftHyphensReadAsTheWords(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        String glyphs = SOFT_HYPHEN_PLACE.matcher(printed.replace("ffi", "\uFB03").replace("fi", "\uFB01")
                .replace("fl", "\uFB02").replace("ff", "\uFB00")).replaceAll("$1\u00AD");
        assertEquals(facts(edition.findings(printed)), facts(edition.findings(glyphs)));
    }

    /** After the fifth letter of a word of ten letters or more: where a typesetter may break it. */
    private static final Pattern SOFT_HYPHEN_PLACE = Pattern.compile("(?<=\\b)(\\p{L}{5})(?=\\p{L}{5,})");

    /**
     * The foot of a report's first page as the UN prints it, here under the introduction: the notes that asterisks
     * mark (* Reissued for technical reasons, ** A/65/150., the agenda), the job number with the print dates, the bar code's digits and the recycling
     * line, in the edition's language. None of it is a fact, nor stops the reading.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh-Hans"})
    void theFirstPagesPrintIsNoPartOfTheReport(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        ReplyFindings findings = edition.findings(printed);
        String job = "10-46222 (" + JOB_LETTER.get(language) + ")    030810    040810";
        // the Chinese layout's blank line after every line, and a page's last line right before the next page's first
        String foot = language.equals("zh-Hans")
                ? "__________________\n\n* A/65/150。\n\n" + job + "\n*1046222*\n" + RECYCLE.get(language)
                : "__________________\n* Reissued for technical reasons on 2 August 2010.\n** A/65/150.\n\n" + job + "\n*1046222*\n\n" + RECYCLE.get(language) + "\n";
        List<String> lines = new ArrayList<>(List.of(printed.split("\n", -1)));
        int sectionHeading = findings.replies().get(0).sectionHeading().firstLine() - 1;
        lines.add(sectionHeading, foot);
        assertSameFacts(language, facts(findings), facts(edition.findings(String.join("\n", lines))));
    }

    private static final java.util.Map<String, String> JOB_LETTER = java.util.Map.of("en", "E", "fr", "F", "es", "S",
            "ru", "R", "ar", "A", "zh-Hans", "C");
    private static final java.util.Map<String, String> RECYCLE = java.util.Map.of("en", "Please recycle", "fr",
            "Merci de recycler", "es", "Sírvase reciclar", "ru", "Просьба отправить на вторичную переработку", "ar",
            "الرجاء إعادة الاستعمال", "zh-Hans", "请回收");

    /**
     * An addendum (A/65/154/Add.1) prints its replies without an introduction, under the section heading that goes on
     * the report's numbering: it gives the same replies, and no resolution that they answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh-Hans"})
    void anAddendumWithoutAnIntroductionGivesItsReplies(String language) {
        EditionFixture edition = EditionFixture.of(language);
        String printed = edition.rendering();
        ReplyFindings findings = edition.findings(printed);
        ReplyFindings read = edition.findings(addendumOf(printed, findings));
        List<String> expected = facts(findings);
        List<String> found = facts(read);
        assertEquals("responds-to|none", found.get(0));
        assertEquals(expected.subList(1, expected.size()), found.subList(1, found.size()));
    }

    /** The index of the introduction's heading: the last line with words before the first numbered paragraph. */
    private static int introductionHeading(List<String> lines) {
        int first = 0;
        while (!NUMBERED_PARAGRAPH.matcher(lines.get(first)).matches()) {
            first++;
        }
        int heading = first - 1;
        while (lines.get(heading).isBlank()) {
            heading--;
        }
        return heading;
    }

    /** The edition as an addendum would print it: without its introduction, under the symbol A/65/154/Add.1. */
    static String addendumOf(String printed, ReplyFindings findings) {
        List<String> lines = List.of(printed.split("\n", -1));
        int introduction = introductionHeading(lines);
        int replies = findings.replies().get(0).sectionHeading().firstLine() - 1;
        return (String.join("\n", lines.subList(0, introduction)) + "\n"
                + String.join("\n", lines.subList(replies, lines.size()))).replace("A/65/154", "A/65/154/Add.1");
    }

    /** A section's numeral before its title: II., Arabic ثانيا -, Chinese 二. */
    private static final Pattern NUMERAL = Pattern.compile("^(?:[IVX]{1,5}\\.|\\p{IsArabic}+\\s*-|[一二三四五六七八九十]+\\.)\\s*");

    private static final java.util.Map<String, String> CONTENTS = java.util.Map.of("en", "Contents", "fr",
            "Table des matières", "es", "Índice", "ru", "Содержание", "ar", "المحتويات", "zh-Hans", "目录");
    private static final java.util.Map<String, String> PAGE = java.util.Map.of("en", "Page", "fr", "Page", "es",
            "Página", "ru", "Стр.", "ar", "الصفحة", "zh-Hans", "页次");

    static String laidOut(String text, int margin, boolean blankLines) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean alone = (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
            String laid;
            if (line.isBlank() || line.startsWith(" ") || line.length() > 70) {
                laid = line;
            } else if (line.startsWith("[")) {
                laid = " ".repeat(80 - line.length()) + line;
            } else if (NUMBERED_PARAGRAPH.matcher(line).matches()) {
                laid = "     " + line;
            } else if (alone && !Character.isDigit(line.charAt(0))) {
                laid = " ".repeat((80 - line.length()) / 2) + line;
            } else {
                laid = line;
            }
            if (blankLines || !laid.isBlank()) {
                out.add(laid.isBlank() ? laid : " ".repeat(margin) + laid);
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static void assertSameFacts(String what, List<String> expected, List<String> read) {
        assertEquals(expected, read, () -> what + "\n  missing " + without(expected, read) + "\n  extra "
                + without(read, expected));
    }

    private static List<String> without(List<String> facts, List<String> others) {
        return facts.stream().filter(f -> !others.contains(f)).toList();
    }

    /** The facts of a reading, without the lines they stand on (which a rewrap moves). */
    static List<String> facts(ReplyFindings findings) {
        List<String> facts = new ArrayList<>();
        facts.add("responds-to|" + findings.respondsTo().map(Mention::target).orElse("none"));
        for (ReplyFacts reply : findings.replies()) {
            facts.add("reply|" + reply.code() + "|" + reply.language() + "|" + reply.date());
            for (ReplyPart part : reply.parts()) {
                facts.add("part|" + reply.code() + "|" + part.kind() + "|" + part.heading() + "|" + part.text());
            }
            reply.footnotes().forEach(f -> facts.add("footnote|" + reply.code() + "|" + f.text()));
        }
        return facts;
    }

    /**
     * The text with each numbered paragraph broken anew between words: at {@code width} columns, or, with
     * {@code anywhereShort}, at a width drawn anew for each line between half of it and all of it. Headings,
     * bracketed lines, footnotes and page furniture keep their lines; without {@code blankLines} none is left.
     */
    static String rewrapped(String text, int width, boolean anywhereShort, boolean blankLines, Random random) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!NUMBERED_PARAGRAPH.matcher(lines[i]).matches()) {
                out.add(lines[i++]);
                continue;
            }
            StringBuilder words = new StringBuilder(lines[i++].strip());
            while (i < lines.length && !lines[i].isBlank() && !NUMBERED_PARAGRAPH.matcher(lines[i]).matches()
                    && !lines[i].startsWith("_____")) {
                words.append(' ').append(lines[i++].strip());
            }
            out.addAll(broken(words.toString(), width, anywhereShort, random));
        }
        return out.stream().filter(l -> blankLines || !l.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    private static List<String> broken(String paragraph, int width, boolean anywhereShort, Random random) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int limit = lineWidth(width, anywhereShort, random);
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
                limit = lineWidth(width, anywhereShort, random);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int lineWidth(int width, boolean anywhereShort, Random random) {
        return anywhereShort ? width / 2 + random.nextInt(width - width / 2 + 1) : width;
    }
}
