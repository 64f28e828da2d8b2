package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The French stance rules ({@code reply-stance-cues.fr.tsv}) on sentences in the UN's French: each is the French of
 * a sentence of the 2022 report's Chinese edition, whose line it names, written for this test as the French edition
 * words such replies (the subject with its article, the verb after it, its adverbs after the verb), so that each
 * stance it expects is the one that {@link ReplyStanceRulesTest} expects of the Chinese sentence and
 * {@link EnglishReplyStanceRulesTest} of the English one; and the sentences that must give none.
 */
class FrenchReplyStanceRulesTest {

    private static final StanceSentences SENTENCES = new StanceSentences(
            ReplyStanceRules.bundled(ReplyLanguage.of("fr").stanceCues().orElseThrow()),
            ReferenceData.bundled().namesIn(Locale.FRENCH));

    private static List<String> stances(String actorCode, String sentence) {
        return SENTENCES.read(actorCode, sentence, false).stream()
                .map(s -> s.relation().localName() + " " + s.rule() + " " + s.holderWords().text() + " ["
                        + s.object().text() + "]" + (s.holder().withMemberStates() ? " with member States" : ""))
                .toList();
    }

    @Test
    void theActorSupportsOrOpposesInItsOwnVoice() {
        // lines 170, 381, 912
        assertEquals(List.of("supports supports Australie [l'élaboration d'un programme d'action]"),
                stances("AUS", "L'Australie appuie l'élaboration d'un programme d'action, qui offrirait une instance"
                        + " permanente sous les auspices de l'Organisation des Nations Unies."));
        assertEquals(List.of("opposes opposes nous [l'utilisation abusive des plateformes médiatiques, y compris les"
                + " médias sociaux]"), stances("AZE", "À cet égard, nous condamnons l'utilisation abusive des"
                        + " plateformes médiatiques, y compris les médias sociaux."));
        assertEquals(List.of("supports advocates Fédération de Russie [l'inviolabilité de la souveraineté numérique"
                + " des États]"), stances("RUS", "La Fédération de Russie prône l'inviolabilité de la souveraineté"
                        + " numérique des États. Chaque État devrait pouvoir déterminer ses propres paramètres."));
    }

    @Test
    void theArticleAndLeGouvernementDeBelongToTheSubjectAndAdverbsFollowTheVerb() {
        assertEquals(List.of("supports supports Cuba [les travaux du Groupe d'experts gouvernementaux]"),
                stances("CUB", "Le Gouvernement de Cuba appuie pleinement les travaux du Groupe d'experts"
                        + " gouvernementaux."));
        assertEquals(List.of("supports supports Fédération de Russie [les travaux du groupe de travail à composition"
                + " non limitée]"), stances("RUS", "Le Gouvernement de la Fédération de Russie appuie également les"
                        + " travaux du groupe de travail à composition non limitée."));
        // line 1963: continues to support
        assertEquals(List.of("supports supports Royaume-Uni [les travaux du groupe de travail]"),
                stances("GBR", "Le Royaume-Uni continue d'appuyer les travaux du groupe de travail."));
    }

    @Test
    void negationsOtherSubjectsConditionalsAndCallsOnOthersAreNoStances() {
        // lines 470 and 991, and the negation and calls the Chinese and English rules refuse too
        assertEquals(List.of(), stances("AUS", "L'Australie n'appuie pas l'élaboration d'un nouvel instrument."));
        assertEquals(List.of(), stances("DNK", "Le cadre appuie l'ordre international fondé sur des règles."));
        assertEquals(List.of(), stances("SGP", "L'Association des nations de l'Asie du Sud-Est souscrit en principe"
                + " aux 11 normes volontaires et non contraignantes, que Singapour appuie."));
        assertEquals(List.of(), stances("DNK", "Le Danemark demande aux États d'appuyer un cyberespace ouvert."));
        assertEquals(List.of(), stances("DNK", "Le Danemark appuierait un tel mécanisme s'il était inclusif."));
        assertEquals(List.of(), stances("DNK", "Le Danemark cherche à renforcer la coopération afin d'appuyer le"
                + " renforcement des capacités des pays tiers."));
    }

    @Test
    void aCourtesyFormulaIsNoStance() {
        // line 114
        assertEquals(List.of(), stances("AUS", "L'Australie se félicite de l'occasion qui lui est donnée de répondre"
                + " à l'invitation figurant dans la résolution 76/19 de l'Assemblée générale."));
        assertEquals(List.of(), stances("AUS", "L'Australie se félicite de la possibilité de présenter ses vues."));
    }

    @Test
    void theEuropeanUnionSpeaksWithItsMemberStates() {
        // lines 1900, 1957
        assertEquals(List.of("opposes opposes Union européenne et ses États membres [ce comportement malveillant dans"
                        + " le cyberespace] with member States",
                "supports continued-support Union européenne et ses États membres [renforcement de la résilience"
                        + " informatique mondiale] with member States"),
                stances("EU", "L'Union européenne et ses États membres condamnent ce comportement malveillant dans"
                        + " le cyberespace, et soulignent leur soutien constant au renforcement de la résilience"
                        + " informatique mondiale."));
        // à la, au, du: the preposition and its article belong to the cue, as a contracted one must
        assertEquals(List.of("supports reaffirms-support Union européenne et ses États membres [poursuite du"
                + " dialogue et de la coopération] with member States"), stances("EU", "L'Union européenne et ses"
                        + " États membres réaffirment leur soutien à la poursuite du dialogue et de la coopération."));
    }

    @Test
    void withOthersTheActorStaysTheSubject() {
        // line 1819
        assertEquals(List.of("supports proposes-with Union européenne [un programme d'action visant à promouvoir le"
                + " comportement responsable des États dans le cyberespace]"), stances("EU", "L'Union européenne,"
                        + " avec 60 États Membres de l'Organisation des Nations Unies, propose un programme d'action"
                        + " visant à promouvoir le comportement responsable des États dans le cyberespace."));
    }

    @Test
    void declinesToCallForANewInstrumentOrHoldsSomethingUnacceptable() {
        // lines 685, 916-918
        assertEquals(List.of("opposes does-not-call-for Danemark [l'élaboration d'un nouvel instrument juridique"
                + " international sur les questions cybernétiques]"), stances("DNK", "Le droit international"
                        + " existant s'appliquant au cyberespace, le Danemark ne préconise pas, et ne juge pas"
                        + " nécessaire, l'élaboration d'un nouvel instrument juridique international sur les"
                        + " questions cybernétiques."));
        assertEquals(List.of("opposes holds-unacceptable Nous [toute tentative de limiter le droit souverain des"
                + " États de gouverner leurs segments nationaux du réseau mondial]"), stances("RUS", "Nous estimons"
                        + " que toute tentative de limiter le droit souverain des États de gouverner leurs segments"
                        + " nationaux du réseau mondial est inacceptable."));
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalNotInsideASymbol() {
        assertEquals(List.of("supports supports Cuba [les recommandations du document A/65/201]",
                "opposes opposes Cuba [l'utilisation hostile des télécommunications]"),
                stances("CUB", "Cuba appuie les recommandations du document A/65/201. Cuba rejette l'utilisation"
                        + " hostile des télécommunications."));
    }
}
