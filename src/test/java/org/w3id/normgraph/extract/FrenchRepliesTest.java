package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The French edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.fr.txt}, in
 * the UN's French layout): each reply's actor (CLDR's French names and the UN's own), date ({@code [1er juin 2010]})
 * and original language ({@code [Original : espagnol]}, with any space before the colon) on the lines checked by
 * hand ({@code expected/sg-replies-a-65-154.fr.tsv}), the resolution the replies answer, no stances (read in Chinese
 * only), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with a French manifest entry makes.
 */
class FrenchRepliesTest {

    private static final EditionFixture EDITION = EditionFixture.of("fr");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("résolution 64/25");
    }

    @Test
    void subsectionsFootnotesReferencesAndStancesAreRead() {
        // Australia's "se félicite de l'occasion" (line 47) is a courtesy, no stance
        EDITION.assertSubsectionsFootnotesReferencesAndStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.of("AUS Appréciation générale des questions de sécurité de l'information @45",
                "RUS A. Appréciation générale des questions de sécurité de l'information @54"),
                List.of("CUB supports supports [les travaux du Groupe d'experts gouvernementaux] @38",
                        "EU supports welcomes [rapport du Groupe d'experts gouvernementaux] @81"));
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksFrenchNames() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("fr").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            assertEquals(Locale.forLanguageTag(code).getDisplayLanguage(Locale.FRENCH), name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void aFrenchDateIsReadWithTheJdksMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. Dans sa résolution 64/25, l'Assemblée générale a invité les États Membres à informer.

                II. Réponses reçues des gouvernements

                Cuba

                [Original : espagnol]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30", EDITION.date(text, "30 septembre 2010"));
        assertEquals("2010-06-01", EDITION.date(text, "1er juin 2010"));
        assertEquals("2010-02-01",
                EDITION.date(text, "1er\u00a0février 2010"));
        assertEquals(10, EDITION.refusedDateLine(text, "31 juin 2010"));
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    @Test
    void actorsAreNamedByCldrsFrenchNamesOrTheUnsOwnWithEitherApostrophe() {
        ReplyLanguage french = ReplyLanguage.of("fr");
        assertEquals("Cuba|Australie", new Locale("", "CU").getDisplayCountry(Locale.FRENCH) + "|"
                + new Locale("", "AU").getDisplayCountry(Locale.FRENCH));
        Map<String, String> codes = EditionFixture.actorCodes(Locale.FRENCH);
        assertEquals("RUS", codes.get("Fédération de Russie"));
        assertEquals("RUS", codes.get("Russie"));
        assertEquals("IRN", codes.get("Iran (République islamique d’)"));
        assertEquals("CIV", codes.get("Côte d'Ivoire"));
        assertEquals("EU", codes.get("Union européenne"));
        assertEquals("fr", french.actorNames());
    }

    @Test
    void aCorpusWithAFrenchEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "Progrès de l'informatique et des télécommunications et sécurité internationale (rapport du Secrétaire général, A/65/154)",
                "Nations Unies, Secrétaire général");
    }
}
