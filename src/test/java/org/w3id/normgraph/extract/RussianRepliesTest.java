package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The Russian edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.ru.txt}, in
 * the UN's Russian layout): each reply's actor (CLDR's Russian names and the UN's own), date
 * ({@code [1 июня 2010 года]}, the month in the genitive) and original language
 * ({@code [Подлинный текст на испанском языке]}) on the lines checked by hand
 * ({@code expected/sg-replies-a-65-154.ru.tsv}), the resolution the replies answer, no stances (read in Chinese
 * only), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with a Russian manifest entry makes.
 */
class RussianRepliesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final EditionFixture EDITION = EditionFixture.of("ru");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("резолюции 64/25");
    }

    @Test
    void subsectionsFootnotesAndReferencesAreReadButNoStances() {
        EDITION.assertSubsectionsFootnotesReferencesAndStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.of("AUS Общая оценка проблем информационной безопасности @45",
                "RUS A. Общая оценка проблем информационной безопасности @54"), List.of());
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksRussianNamesInThePrepositional() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("ru").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            String nominative = Locale.forLanguageTag(code).getDisplayLanguage(RUSSIAN);
            assertTrue(nominative.endsWith("ий"), nominative);
            assertEquals(nominative.substring(0, nominative.length() - 2) + "ом", name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void aRussianDateIsReadWithTheJdksGenitiveMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. В своей резолюции 64/25 Генеральная Ассамблея предложила государствам-членам информировать.

                II. Ответы, полученные от правительств

                Куба

                [Подлинный текст на испанском языке]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30", EDITION.date(text, "30 сентября 2010 года"));
        assertEquals("2010-06-01", EDITION.date(text, "1 июня 2010 года"));
        assertEquals("2010-02-01",
                EDITION.date(text, "1\u00a0февраля  2010 года"));
        assertEquals(10, EDITION.refusedDateLine(text, "1 июнь 2010 года"));
        assertEquals(10, EDITION.refusedDateLine(text, "31 июня 2010 года"));
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    @Test
    void actorsAreNamedByCldrsRussianNamesOrTheUnsOwn() {
        ReplyLanguage russian = ReplyLanguage.of("ru");
        assertEquals("Куба|Австралия", new Locale("", "CU").getDisplayCountry(RUSSIAN) + "|"
                + new Locale("", "AU").getDisplayCountry(RUSSIAN));
        Map<String, String> codes = EditionFixture.actorCodes(RUSSIAN);
        assertEquals("RUS", codes.get("Российская Федерация"));
        assertEquals("RUS", codes.get("Россия"));
        assertEquals("GBR", codes.get("Соединенное Королевство Великобритании и Северной Ирландии"));
        assertEquals("GBR", codes.get("Великобритания"));
        assertEquals("IRN", codes.get("Иран (Исламская Республика)"));
        assertEquals("IRN", codes.get("Иран"));
        assertEquals("EU", codes.get("Европейский союз"));
        assertEquals("ru", russian.actorNames());
    }

    @Test
    void aCorpusWithARussianEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности (доклад Генерального секретаря, A/65/154)",
                "Организация Объединенных Наций, Генеральный секретарь");
    }
}
