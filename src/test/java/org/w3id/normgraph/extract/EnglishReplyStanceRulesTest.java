package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The English stance rules ({@code reply-stance-cues.en.tsv}) on sentences in the UN's English: each is the English
 * of a sentence of the 2022 report's Chinese edition, whose line it names, written for this test as the English
 * edition words such replies (subject first, the verb after it), so that each stance it expects is the one that
 * {@link ReplyStanceRulesTest} expects of the Chinese sentence; and the sentences that must give none.
 */
class EnglishReplyStanceRulesTest {

    private static final StanceSentences SENTENCES = new StanceSentences(
            ReplyStanceRules.bundled(ReplyLanguage.of("en").stanceCues().orElseThrow()),
            ReferenceData.bundled().englishNames());

    private static List<String> stances(String actorCode, String sentence) {
        return SENTENCES.read(actorCode, sentence, false).stream()
                .map(s -> s.relation().localName() + " " + s.rule() + " " + s.holderWords().text() + " ["
                        + s.object().text() + "]" + (s.holder().withMemberStates() ? " with member States" : ""))
                .toList();
    }

    @Test
    void theActorSupportsOrOpposesInItsOwnVoice() {
        // lines 170, 381, 912
        assertEquals(List.of("supports supports Australia [the development of a programme of action]"),
                stances("AUS", "Australia supports the development of a programme of action, which would provide a"
                        + " permanent forum under United Nations auspices."));
        assertEquals(List.of("opposes opposes we [the misuse of media platforms, including social media]"),
                stances("AZE", "In this regard, we condemn the misuse of media platforms, including social media."));
        assertEquals(List.of("supports advocates Russian Federation [the inviolability of the digital sovereignty of"
                + " States]"), stances("RUS", "The Russian Federation advocates the inviolability of the digital"
                        + " sovereignty of States. Each State should be able to determine its own parameters."));
    }

    @Test
    void theArticleAndTheGovernmentOfBelongToTheSubject() {
        assertEquals(List.of("supports supports Cuba [the work of the Group of Governmental Experts]"),
                stances("CUB", "The Government of Cuba fully supports the work of the Group of Governmental Experts."));
        assertEquals(List.of("supports supports Russian Federation [the work of the open-ended working group]"),
                stances("RUS", "The Russian Federation also supports the work of the open-ended working group."));
    }

    @Test
    void negationsOtherSubjectsConditionalsAndCallsOnOthersAreNoStances() {
        // lines 470 and 991, and the negation and calls the Chinese rules refuse too
        assertEquals(List.of(), stances("AUS", "Australia does not support the development of a new instrument."));
        assertEquals(List.of(), stances("DNK", "The framework supports the rules-based international order."));
        assertEquals(List.of(), stances("SGP", "The Association of Southeast Asian Nations subscribes in principle"
                + " to the 11 voluntary, non-binding norms, which Singapore supports."));
        assertEquals(List.of(), stances("DNK", "Denmark calls on States to support an open cyberspace."));
        assertEquals(List.of(), stances("DNK", "Denmark would support such a mechanism only if it were inclusive."));
        assertEquals(List.of(), stances("DNK", "Denmark seeks to strengthen cooperation in order to support the"
                + " capacity-building of third countries."));
    }

    @Test
    void aCourtesyFormulaIsNoStance() {
        // line 114
        assertEquals(List.of(), stances("AUS", "Australia welcomes the opportunity to respond to the invitation in"
                + " General Assembly resolution 76/19."));
    }

    @Test
    void theEuropeanUnionSpeaksWithItsMemberStates() {
        // lines 1900, 1957
        assertEquals(List.of("opposes opposes European Union and its member States [such malicious behaviour in"
                        + " cyberspace]" + " with member States",
                "supports continued-support European Union and its member States [increasing global cyber"
                        + " resilience] with member States"),
                stances("EU", "The European Union and its member States condemn such malicious behaviour in"
                        + " cyberspace, and stress their continued support for increasing global cyber resilience."));
        assertEquals(List.of("supports reaffirms-support European Union and its member States [continued dialogue"
                + " and cooperation] with member States"), stances("EU", "The European Union and its member States"
                        + " reaffirm their support for continued dialogue and cooperation."));
    }

    @Test
    void togetherWithOthersTheActorStaysTheSubject() {
        // line 1819
        assertEquals(List.of("supports proposes-with European Union [a programme of action to advance responsible"
                + " State behaviour in cyberspace]"), stances("EU", "The European Union, together with 60 States"
                        + " Members of the United Nations, proposes a programme of action to advance responsible"
                        + " State behaviour in cyberspace."));
    }

    @Test
    void declinesToCallForANewInstrumentOrHoldsSomethingUnacceptable() {
        // lines 685, 916-918
        assertEquals(List.of("opposes does-not-call-for Denmark [a new international legal instrument for cyber"
                + " issues]"), stances("DNK", "As existing international law applies to cyberspace, Denmark does"
                        + " not call for, nor see the need for, a new international legal instrument for cyber"
                        + " issues."));
        assertEquals(List.of("opposes holds-unacceptable We [any attempt to limit the sovereign right of States to"
                + " govern their national segments of the global network]"), stances("RUS", "We believe that any"
                        + " attempt to limit the sovereign right of States to govern their national segments of"
                        + " the global network is unacceptable."));
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalNotInsideASymbol() {
        assertEquals(List.of("supports supports Cuba [the recommendations of document A/65/201]",
                "opposes opposes Cuba [the hostile use of telecommunications]"),
                stances("CUB", "Cuba supports the recommendations of document A/65/201. Cuba rejects the hostile"
                        + " use of telecommunications."));
    }
}
