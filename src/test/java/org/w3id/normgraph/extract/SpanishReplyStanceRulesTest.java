package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The Spanish stance rules ({@code reply-stance-cues.es.tsv}) on sentences in the UN's Spanish: each is the Spanish
 * of a sentence of the 2022 report's Chinese edition, whose line it names, written for this test as the Spanish
 * edition words such replies (the subject with its article, or none where the verb is in the first person plural),
 * so that each stance it expects is the one that {@link ReplyStanceRulesTest} expects of the Chinese sentence and
 * {@link EnglishReplyStanceRulesTest} of the English one; and the sentences that must give none.
 */
class SpanishReplyStanceRulesTest {

    private static final StanceSentences SENTENCES = new StanceSentences(
            ReplyStanceRules.bundled(ReplyLanguage.of("es").stanceCues().orElseThrow()),
            ReferenceData.bundled().namesIn(Locale.forLanguageTag("es")));

    private static List<String> stances(String actorCode, String sentence) {
        return SENTENCES.read(actorCode, sentence, false).stream()
                .map(s -> s.relation().localName() + " " + s.rule() + " " + s.holderWords().text() + " ["
                        + s.object().text() + "]" + (s.holder().withMemberStates() ? " with member States" : ""))
                .toList();
    }

    @Test
    void theActorSupportsOrOpposesInItsOwnVoice() {
        // lines 170, 912
        assertEquals(List.of("supports supports Australia [la elaboración de un programa de acción]"),
                stances("AUS", "Australia apoya la elaboración de un programa de acción, que ofrecería un foro"
                        + " permanente bajo los auspicios de las Naciones Unidas."));
        assertEquals(List.of("supports advocates Federación de Rusia [la inviolabilidad de la soberanía digital de"
                + " los Estados]"), stances("RUS", "La Federación de Rusia propugna la inviolabilidad de la"
                        + " soberanía digital de los Estados. Cada Estado debe poder determinar sus propios"
                        + " parámetros."));
    }

    @Test
    void aVerbInTheFirstPersonPluralIsTheRepliesOwnActor() {
        // line 381: the holder is the reply's heading
        assertEquals(List.of("opposes opposes-first-person Azerbaiyán [el uso indebido de las plataformas de medios,"
                + " incluidas las redes sociales]"), stances("AZE", "A este respecto, condenamos el uso indebido de"
                        + " las plataformas de medios, incluidas las redes sociales."));
        assertEquals(List.of("supports supports-first-person Azerbaiyán [la labor del grupo de trabajo]"),
                stances("AZE", "También apoyamos la labor del grupo de trabajo."));
        // a first person plural inside another clause's words is no clause of its own
        assertEquals(List.of(), stances("AZE", "Es un marco que apoyamos desde 2015."));
    }

    @Test
    void theArticleAndElGobiernoDeBelongToTheSubjectAndAdverbsStandAroundTheVerb() {
        assertEquals(List.of("supports supports Cuba [la labor del Grupo de Expertos Gubernamentales]"),
                stances("CUB", "El Gobierno de Cuba apoya plenamente la labor del Grupo de Expertos"
                        + " Gubernamentales."));
        assertEquals(List.of("supports supports Federación de Rusia [la labor del grupo de trabajo de composición"
                + " abierta]"), stances("RUS", "La Federación de Rusia también apoya la labor del grupo de trabajo"
                        + " de composición abierta."));
        // line 1963: continues to support
        assertEquals(List.of("supports supports Reino Unido [la labor del grupo de trabajo]"),
                stances("GBR", "El Reino Unido sigue apoyando la labor del grupo de trabajo."));
    }

    @Test
    void negationsOtherSubjectsConditionalsAndCallsOnOthersAreNoStances() {
        // lines 470 and 991, and the negation and calls the Chinese and English rules refuse too
        assertEquals(List.of(), stances("AUS", "Australia no apoya la elaboración de un nuevo instrumento."));
        assertEquals(List.of(), stances("DNK", "El marco apoya el orden internacional basado en normas."));
        assertEquals(List.of(), stances("SGP", "La Asociación de Naciones de Asia Sudoriental suscribe en principio"
                + " las 11 normas voluntarias y no vinculantes, que Singapur apoya."));
        assertEquals(List.of(), stances("DNK", "Dinamarca exhorta a los Estados a apoyar un ciberespacio abierto."));
        assertEquals(List.of(), stances("DNK", "Dinamarca apoyaría un mecanismo así solo si fuera inclusivo."));
        assertEquals(List.of(), stances("DNK", "Dinamarca procura reforzar la cooperación a fin de apoyar la creación"
                + " de capacidad de terceros países."));
    }

    @Test
    void aCourtesyFormulaIsNoStance() {
        // line 114
        assertEquals(List.of(), stances("AUS", "Australia acoge con beneplácito la oportunidad de responder a la"
                + " invitación formulada en la resolución 76/19 de la Asamblea General."));
        assertEquals(List.of(), stances("AUS", "Australia agradece la oportunidad de presentar sus opiniones."));
    }

    @Test
    void theEuropeanUnionSpeaksWithItsMemberStates() {
        // lines 1900, 1957
        assertEquals(List.of("opposes opposes Unión Europea y sus Estados miembros [ese comportamiento malicioso en el"
                        + " ciberespacio] with member States",
                "supports continued-support Unión Europea y sus Estados miembros [aumento de la resiliencia"
                        + " cibernética mundial] with member States"),
                stances("EU", "La Unión Europea y sus Estados miembros condenan ese comportamiento malicioso en el"
                        + " ciberespacio, y subrayan su apoyo constante al aumento de la resiliencia cibernética"
                        + " mundial."));
        // a la, al, del: the preposition and its article belong to the cue, as a contracted one must
        assertEquals(List.of("supports reaffirms-support Unión Europea y sus Estados miembros [continuación del"
                + " diálogo y la cooperación] with member States"), stances("EU", "La Unión Europea y sus Estados"
                        + " miembros reafirman su apoyo a la continuación del diálogo y la cooperación."));
    }

    @Test
    void withOthersTheActorStaysTheSubject() {
        // line 1819
        assertEquals(List.of("supports proposes-with Unión Europea [un programa de acción para promover el"
                + " comportamiento responsable de los Estados en el ciberespacio]"), stances("EU", "La Unión"
                        + " Europea, junto con 60 Estados Miembros de las Naciones Unidas, propone un programa de"
                        + " acción para promover el comportamiento responsable de los Estados en el ciberespacio."));
    }

    @Test
    void declinesToCallForANewInstrumentOrHoldsSomethingUnacceptable() {
        // lines 685, 916-918
        assertEquals(List.of("opposes does-not-call-for Dinamarca [un nuevo instrumento jurídico internacional sobre"
                + " las cuestiones cibernéticas]"), stances("DNK", "Puesto que el derecho internacional vigente se"
                        + " aplica al ciberespacio, Dinamarca no pide, ni considera necesario, un nuevo instrumento"
                        + " jurídico internacional sobre las cuestiones cibernéticas."));
        // the holder's words are the reply's heading, here the first of the actor's names (CLDR's Rusia)
        assertEquals(List.of("opposes holds-unacceptable-first-person Rusia [todo intento de limitar el"
                + " derecho soberano de los Estados a gobernar sus segmentos nacionales de la red mundial]"),
                stances("RUS", "Consideramos que todo intento de limitar el derecho soberano de los Estados a"
                        + " gobernar sus segmentos nacionales de la red mundial es inaceptable."));
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalNotInsideASymbol() {
        assertEquals(List.of("supports supports Cuba [las recomendaciones del documento A/65/201]",
                "opposes opposes Cuba [el empleo hostil de las telecomunicaciones]"),
                stances("CUB", "Cuba apoya las recomendaciones del documento A/65/201. Cuba rechaza el empleo"
                        + " hostil de las telecomunicaciones."));
    }
}
