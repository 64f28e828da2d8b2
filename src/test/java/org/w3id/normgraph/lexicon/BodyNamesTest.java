package org.w3id.normgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.ReferenceGraph;

class BodyNamesTest {

    private static final BodyNames BODIES = BodyNames.bundled(ReferenceData.bundled());

    private static List<String> bodies(String text) {
        return BODIES.find(text).stream().map(m -> m.entity() + "=" + m.words()).toList();
    }

    @Test
    void theLongestNameWins() {
        // SG report line 2007 and 590
        assertEquals(List.of("group/OSCE=欧洲安全与合作组织", "forum/ARF=东南亚国家联盟区域论坛", "group/OAS=美洲国家组织"),
                bodies("在欧洲安全与合作组织、东南亚国家联盟区域论坛、美洲国家组织和其他区域环境中"));
        assertEquals(List.of("organization/enisa=欧洲联盟网络安全局"), bodies("也是欧洲联盟网络安全局理事会成员"));
        assertEquals(List.of("instrument/budapest-convention=欧洲委员会网络犯罪公约"), bodies("《欧洲委员会网络犯罪公约》缔约国"));
    }

    @Test
    void theTwoWorkingGroupsAreToldApartByTheirNamesAndANameWithoutOneIsNotTaken() {
        // SG report lines 88-90, 166-168 and 1202
        assertEquals(List.of("forum/OEWG-2019-2021=从国际安全角度看信息和电信领域的发展不限成员名额工作组"),
                bodies("积极参与从国际安全角度看信息和电信领域的发展不限成员名额工作组的工作"));
        assertEquals(List.of("forum/OEWG-2021-2025=2021-2025年信息和通信技术安全和使用问题不限成员名额工作组"),
                bodies("设立的 2021-2025年信息和通信技术安全和使用问题不限成员名额工作组，"));
        assertEquals(List.of(), bodies("我们欢迎工作组内的包容性和建设性对话"));
    }

    @Test
    void spacesAndLineBreaksInsideANameDoNotMatter() {
        assertEquals(List.of("forum/OEWG-2021-2025=2021-2025 年信息和通信技术安全和使用问题不限成员名额\n工作组"),
                bodies("2021-2025 年信息和通信技术安全和使用问题不限成员名额\n工作组"));
    }

    @Test
    void everyNamedThingIsDescribedInTheReferenceData() {
        Model reference = ReferenceGraph.of(ReferenceData.bundled());
        List<String> undescribed = BODIES.entities().stream()
                .filter(e -> !reference.contains(reference.createResource(Iris.ID + e), RDFS.label))
                .toList();
        assertEquals(List.of(), undescribed);
    }
}
