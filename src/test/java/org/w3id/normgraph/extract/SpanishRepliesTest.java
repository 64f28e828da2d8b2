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
 * The Spanish edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.es.txt}, in
 * the UN's Spanish layout): each reply's actor (CLDR's Spanish names and the UN's own), date
 * ({@code [1 de junio de 2010]}) and original language ({@code [Original: español]}) on the lines checked by hand
 * ({@code expected/sg-replies-a-65-154.es.tsv}), the resolution the replies answer, no stances (read in Chinese
 * only), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with a Spanish manifest entry makes.
 */
class SpanishRepliesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final EditionFixture EDITION = EditionFixture.of("es");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("resolución 64/25");
    }

    @Test
    void subsectionsFootnotesReferencesAndStancesAreRead() {
        // Australia's "agradece la oportunidad" (line 47) is a courtesy, no stance
        EDITION.assertSubsectionsFootnotesReferencesAndStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.of("AUS Evaluación general de las cuestiones de seguridad de la información @45",
                "RUS A. Evaluación general de las cuestiones de seguridad de la información @54"),
                List.of("CUB supports supports [la labor del Grupo de Expertos Gubernamentales] @38",
                        "EU supports welcomes [el informe del Grupo de Expertos Gubernamentales] @81"));
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksSpanishNames() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("es").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            assertEquals(Locale.forLanguageTag(code).getDisplayLanguage(SPANISH), name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void aSpanishDateIsReadWithTheJdksMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. En su resolución 64/25, la Asamblea General invitó a los Estados Miembros a informar.

                II. Respuestas recibidas de los gobiernos

                Cuba

                [Original: español]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30",
                EDITION.date(text, "30 de septiembre de 2010"));
        assertEquals("2010-06-01", EDITION.date(text, "1 de junio de 2010"));
        assertEquals("2010-02-01",
                EDITION.date(text, "1\u00a0de febrero de  2010"));
        assertEquals(10, EDITION.refusedDateLine(text, "31 de junio de 2010"));
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    @Test
    void actorsAreNamedByCldrsSpanishNamesOrTheUnsOwn() {
        ReplyLanguage spanish = ReplyLanguage.of("es");
        assertEquals("Cuba|Australia", new Locale("", "CU").getDisplayCountry(SPANISH) + "|"
                + new Locale("", "AU").getDisplayCountry(SPANISH));
        Map<String, String> codes = EditionFixture.actorCodes(SPANISH);
        assertEquals("RUS", codes.get("Federación de Rusia"));
        assertEquals("RUS", codes.get("Rusia"));
        assertEquals("GBR", codes.get("Reino Unido de Gran Bretaña e Irlanda del Norte"));
        assertEquals("GBR", codes.get("Reino Unido"));
        assertEquals("IRN", codes.get("Irán (República Islámica del)"));
        assertEquals("IRN", codes.get("Irán"));
        assertEquals("EU", codes.get("Unión Europea"));
        assertEquals("es", spanish.actorNames());
    }

    @Test
    void aCorpusWithASpanishEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "Avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional (informe del Secretario General, A/65/154)",
                "Naciones Unidas, Secretario General");
    }
}
