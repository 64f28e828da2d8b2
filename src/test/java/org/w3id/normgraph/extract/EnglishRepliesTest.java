package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The English edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.en.txt},
 * in the UN's English layout): each reply's actor, date and original language on the lines checked by hand
 * ({@code expected/sg-replies-a-65-154.en.tsv}), the resolution the replies answer, no stances (read in Chinese
 * only), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with an English manifest entry makes.
 */
class EnglishRepliesTest {

    private static final EditionFixture EDITION = EditionFixture.of("en");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("resolution 64/25");
    }

    @Test
    void subsectionsFootnotesAndReferencesAreReadButNoStances() {
        EDITION.assertSubsectionsFootnotesAndReferencesButNoStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56"),
                List.of("AUS General appreciation of the issues of information security @45",
                "RUS A. General appreciation of the issues of information security @54"));
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksEnglishNames() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("en").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            assertEquals(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH), name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void anEnglishDateIsReadWithTheJdksMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. In its resolution 64/25, the General Assembly invited Member States to inform the Secretary-General.

                II. Replies received from Governments

                Cuba

                [Original: Spanish]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30", EDITION.date(text, "30 September 2010"));
        assertEquals(10, EDITION.refusedDateLine(text, "31 June 2010"));
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    @Test
    void aCorpusWithAnEnglishEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "Developments in the field of information and telecommunications in the context of international security (report of the Secretary-General, A/65/154)",
                "United Nations, Secretary-General");
    }
}
