package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;

/** Every draft-provision stance of the ICANN report, compared as a whole set with the hand-checked facts. */
class IcannReportStancesTest {

    static Set<String> rows(DraftFindings findings) {
        return findings.stances().stream()
                .map(s -> ExpectedStances.row(s.provision().draft().id(), s.provision().article(),
                        s.provision().part(), s.relation().localName(), s.actor().actor().code(),
                        s.actorMention().firstLine(), s.actorMention().text()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void extractsExactlyTheHandCheckedStances() {
        assertEquals(ExpectedStances.rows(), rows(ExtractorFixture.icannReport()));
    }

    @Test
    void crlfAndByteOrderMarkGiveTheSameStances() throws Exception {
        String text = java.nio.file.Files.readString(ExtractorFixture.ICANN_REPORT);
        DraftFindings variant = ExtractorFixture.extract(SourceText.of("variant",
                org.w3id.normgraph.reader.PlainTextReaderAccess.normalise("\uFEFF" + text.replace("\n", "\r\n"))));
        assertEquals(ExpectedStances.rows(), rows(variant));
    }

    @Test
    void findsBothDraftVersions() {
        assertEquals(Set.of("ahc-cnd-2023-04-21", "ahc-dtc-2023-09-02"), ExtractorFixture.icannReport().drafts()
                .stream().map(DraftText::id).collect(Collectors.toSet()));
    }

    @Test
    void evidenceOfAnIntroductionCarriesTheArticle() {
        Stance russia = ExtractorFixture.icannReport().stances().stream()
                .filter(s -> s.provision().article().equals("10 bis") && s.relation() == StanceRelation.PROPOSES)
                .findFirst().orElseThrow();
        assertEquals("俄罗斯联邦、伊朗、白俄罗斯、布基纳法索、委内瑞拉和埃及引入了：“第 10 条之二：非法干扰关键信息基础设施。",
                russia.sentence().text());
        assertEquals(1678, russia.sentence().firstLine());
    }
}
