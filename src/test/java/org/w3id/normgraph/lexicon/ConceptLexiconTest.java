package org.w3id.normgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.lexicon.ConceptLexicon.ConceptMention;

class ConceptLexiconTest {

    private static final ConceptLexicon LEXICON = ConceptLexicon.bundled();

    private static List<String> concepts(String text) {
        return LEXICON.find(text).stream()
                .map(m -> m.concept().substring("https://w3id.org/normgraph/id/".length()) + "=" + m.words())
                .toList();
    }

    @Test
    void findsAnExplicitNormWithOrWithoutSpacesAndBrackets() {
        // ICANN report line 235
        assertEquals(List.of("norm/gge-2015-13f=规范 13f"), concepts("报告（规范 13f）中"));
        assertEquals(List.of("norm/gge-2015-13f=规范13(f)"), concepts("规范13(f)"));
        assertEquals(List.of(), concepts("规范 13 所列"));
    }

    @Test
    void matchesATermBrokenOverALine() {
        assertEquals(List.of("topic/internet-governance=互联网\n治理"), concepts("全球互联网\n治理体系"));
    }

    @Test
    void keepsOnlyTheLongerOfTwoOverlappingTriggersOfOneConcept() {
        List<ConceptMention> found = LEXICON.find("多利益相关方的参与");
        assertEquals(1, found.size());
        assertEquals("多利益相关方", found.get(0).words());
    }

    @Test
    void tagsEachConceptThatATextNames() {
        // ICANN report line 267, India at the first OEWG session
        assertEquals(List.of("topic/public-core-of-the-internet=公共核心"), concepts("对互联网公共核心进行攻击的义务"));
    }
}
