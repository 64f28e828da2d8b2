package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The Arabic edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.ar.txt}, in
 * the UN's Arabic layout): each reply's actor (CLDR's Arabic names and the UN's own), date ({@code [1 حزيران/يونيه
 * 2010]}, the month named twice, with Latin or Arabic-Indic digits) and original language
 * ({@code [الأصل: بالإسبانية]}) on the lines checked by hand ({@code expected/sg-replies-a-65-154.ar.tsv}), the
 * resolution the replies answer, no stances (read in Chinese only), the same replies without blank lines between
 * paragraphs and with the marks that converters of right-to-left text add, and the replies in the graph that a
 * build of a corpus with an Arabic manifest entry makes.
 */
class ArabicRepliesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final EditionFixture EDITION = EditionFixture.of("ar");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("قرارها 64/25");
    }

    @Test
    void subsectionsFootnotesAndReferencesAreReadButNoStances() {
        EDITION.assertSubsectionsFootnotesReferencesAndStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.of("AUS التقييم العام لمسائل أمن المعلومات @45",
                "RUS ألف - التقييم العام لمسائل أمن المعلومات @54"), List.of());
        assertEquals(33, EDITION.findings().replies().get(0).footnotes().get(0).firstLine());
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksArabicNamesAndTheUnsSpellingOfEnglish() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("ar").languageNames());
        List<String> notCldr = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            codes.add(code);
            if (!Locale.forLanguageTag(code).getDisplayLanguage(ARABIC).equals(name)) {
                notCldr.add(name);
            }
        }
        assertEquals(Set.of("ar", "en", "es", "fr", "ru", "zh"), codes);
        assertEquals(List.of("الإنكليزية"), notCldr, "only the UN's spelling of English differs from CLDR");
        assertEquals("الإنجليزية", Locale.ENGLISH.getDisplayLanguage(ARABIC));
    }

    @Test
    void anArabicDateIsReadWithBothMonthNamesOrOneAndAnyDigitsAndAWrongOneIsRefused() {
        String text = """
                أولا - مقدمة

                1 - في قرارها 64/25، دعت الجمعية العامة الدول الأعضاء إلى موافاة الأمين العام بآرائها.

                ثانيا - الردود الواردة من الحكومات

                كوبا

                [الأصل: بالإسبانية]
                [%s]

                1 - نص.
                """;
        assertEquals("2010-09-30", EDITION.date(text, "30 أيلول/سبتمبر 2010"));
        assertEquals("2010-01-12", EDITION.date(text, "12 كانون الثاني/يناير 2010"));
        assertEquals("2010-12-12", EDITION.date(text, "12 كانون الأول/ديسمبر 2010"));
        assertEquals("2010-06-01", EDITION.date(text, "1 حزيران/يونيه 2010"));
        assertEquals("2010-07-01", EDITION.date(text, "1 تموز/يوليو 2010"), "CLDR's spelling of July");
        assertEquals("2010-05-27", EDITION.date(text, "27 مايو 2010"), "the Egyptian name alone");
        assertEquals("2010-05-27", EDITION.date(text, "27 أيار / مايو  2010"), "spaces around the slash");
        assertEquals("2010-02-01", EDITION.date(text, "١ شباط/فبراير ٢٠١٠"), "Arabic-Indic digits");
        assertEquals("2010-06-15", EDITION.date(text, "۱۵ حزيران/يونيه ۲۰۱۰"), "Eastern Arabic-Indic digits");
        assertEquals("2010-05-27", EDITION.date(text, "\u200f27\u200f أيار/مايو \u200e2010\u200e"), "direction marks");
        assertEquals("2010-05-27", EDITION.date(text.replace("[%s]", "]%s["), "27 أيار/مايو 2010"), "mirrored brackets");
        for (String wrong : List.of("31 حزيران/يونيه 2010", "27 أيار/يونيه 2010")) {
            assertEquals(10, EDITION.refusedDateLine(text, wrong), wrong);
        }
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    @Test
    void withArabicIndicDigitsTatweelAndDirectionMarksTheFactsAreTheSame() {
        String text = EDITION.rendering();
        StringBuilder marked = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("[")) {
                // dates in Arabic-Indic digits, brackets wrapped in right-to-left marks
                line = "\u200f" + arabicIndic(line, '\u0660').replace("]", "]\u200f");
            } else if (line.matches("\\d - .*")) {
                line = arabicIndic(line.substring(0, 1), '\u06f0') + line.substring(1);
            }
            marked.append(line.replace("ألف - ", "ألـــف - ").replace("الأمم المتحدة", "الأمــم المتحـدة"))
                    .append('\n');
        }
        String variant = marked.substring(0, marked.length() - 1);
        assertTrue(variant.contains("[\u0661\u0660 "), variant);
        ReplyFindings findings = EDITION.findings(variant);
        assertEquals(EDITION.expectedRows(), SgReportRepliesTest.replyRows(findings));
        assertEquals(List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                EditionFixture.citedDocuments(findings));
        assertEquals(EditionFixture.sections(EDITION.findings(text)), EditionFixture.sections(findings));
    }

    private static String arabicIndic(String line, char zero) {
        StringBuilder out = new StringBuilder();
        line.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void theReaderMakesEveryScriptsDigitsAsciiDropsDirectionMarksAndTatweelAndUnshapesLetters() {
        assertEquals("2010 2010 2010\nباء - ", PlainTextReaderAccess.normalise(
                "\u0662\u0660\u0661\u0660 \u06f2\u06f0\u06f1\u06f0 ２０１０\n\u200fب\u0640\u0640\u0640اء - \u200e"));
        assertEquals("[27 أيار/مايو 2010]",
                PlainTextReaderAccess.normalise("\u202b[\u200f27 أيار/مايو \u0662\u0660\u0661\u0660]\u202c"));
        // كوبا and الاتحاد in the shapes of the letters (presentation forms), with the ligature ﻻ for لا
        assertEquals("كوبا الاتحاد", PlainTextReaderAccess.normalise(
                "\ufedb\ufeee\ufe91\ufe8e \ufe8d\ufefb\ufe97\ufea4\ufe8e\ufeaa"));
    }

    @Test
    void actorsAreNamedByCldrsArabicNamesOrTheUnsOwn() {
        ReplyLanguage arabic = ReplyLanguage.of("ar");
        assertEquals("كوبا|أستراليا", new Locale("", "CU").getDisplayCountry(ARABIC) + "|"
                + new Locale("", "AU").getDisplayCountry(ARABIC));
        Map<String, String> codes = EditionFixture.actorCodes(ARABIC);
        assertEquals("RUS", codes.get("الاتحاد الروسي"));
        assertEquals("RUS", codes.get("روسيا"));
        assertEquals("GBR", codes.get("المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية"));
        assertEquals("GBR", codes.get("المملكة المتحدة"));
        assertEquals("IRN", codes.get("جمهورية إيران الإسلامية"));
        assertEquals("IRN", codes.get("إيران"));
        assertEquals("USA", codes.get("الولايات المتحدة الأمريكية"));
        assertEquals("USA", codes.get("الولايات المتحدة"));
        assertEquals("EU", codes.get("الاتحاد الأوروبي"));
        assertEquals("ar", arabic.actorNames());
    }

    @Test
    void aCorpusWithAnArabicEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي (تقرير الأمين العام، A/65/154)",
                "الأمم المتحدة، الأمين العام");
    }
}
