package org.w3id.normgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final Gazetteer GAZETTEER = Gazetteer.of(DATA);

    private static String longest(String text, int index) {
        return GAZETTEER.longestMatchAt(text, index).map(m -> m.name().actor().key()).orElse("none");
    }

    @Test
    void groupNameWinsOverTheStateHiddenInIt() {
        assertEquals("group/CARICOM", longest("加勒比海地区社群反对", 0));
    }

    @Test
    void longestNameWins() {
        assertEquals("state/SSD", longest("南苏丹", 0));
        assertEquals("state/GNB", longest("几内亚比绍", 0));
        assertEquals("territory/MAC", longest("中国澳门、汤加", 0));
        assertEquals("state/CHN", longest("中国、汤加", 0));
    }

    @Test
    void speakerFormulaIsTheGroupWithItsMembers() {
        var match = GAZETTEER.longestMatchAt("欧盟及其成员国和斐济", 0).orElseThrow();
        assertEquals("group/EU", match.name().actor().key());
        assertTrue(match.name().withMemberStates());
        assertEquals("欧盟及其成员国".length(), match.end());
    }

    @Test
    void everyMemberOfTheEuIsAState() {
        Actor eu = DATA.actor(ActorKind.GROUP, "EU").orElseThrow();
        assertEquals(27, eu.memberCodes().size());
        eu.memberCodes().forEach(code -> assertTrue(DATA.actor(ActorKind.STATE, code).isPresent(), code));
    }

    @Test
    void shorterNamesAreOfferedForBacktracking() {
        // 阿曼迪普·辛格·吉尔 (Amandeep Singh Gill, the Tech Envoy) begins with 阿曼 (Oman)
        var matches = GAZETTEER.matchesAt("阿曼迪普·辛格·吉尔表示", 0);
        assertEquals(java.util.List.of("person/un-tech-envoy", "state/OMN"),
                matches.stream().map(m -> m.name().actor().key()).toList());
    }
}
