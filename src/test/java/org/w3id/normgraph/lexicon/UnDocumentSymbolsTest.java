package org.w3id.normgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnDocumentSymbolsTest {

    private static final UnDocumentSymbols SYMBOLS = UnDocumentSymbols.bundled();

    private static List<String> symbols(String text) {
        return SYMBOLS.find(text).stream().map(m -> m.symbol() + "=" + m.words()).toList();
    }

    @Test
    void aResolutionNumberIsAGeneralAssemblyResolutionUnlessAnotherOrganIsNamed() {
        // SG report lines 7, 114 and 2017
        assertEquals(List.of("A/RES/76/19=第 76/19 号决议"), symbols("的第 76/19 号决议。"));
        assertEquals(List.of("A/RES/76/19=大会第 76/19 号决议"), symbols("响应大会第 76/19 号决议的邀请"));
        assertEquals(List.of("A/HRC/RES/20/8=人权理事会第 20/8 号决议"), symbols("见人权理事会第 20/8 号决议。"));
        assertEquals(List.of("A/RES/76/19=联合国大会第76/19号决议"), symbols("发起了联合国大会第76/19号决议"));
    }

    @Test
    void aListOfNumbersCitesOneResolutionEach() {
        // SG report line 134
        assertEquals(List.of("A/RES/65/41=第 65/41", "A/RES/68/243=第 68/243", "A/RES/70/237=第 70/237",
                        "A/RES/74/28=第 74/28", "A/RES/75/32=第 75/32 号决议"),
                symbols("第 65/41、第 68/243、第 70/237、第 74/28 和第 75/32 号决议。"));
        assertEquals(List.of("A/RES/73/27=第 73/27 号", "A/RES/73/266=第 73/266 号决议"),
                symbols("第 73/27 号和第 73/266 号决议"));
        assertEquals(List.of("A/HRC/RES/20/8=人权理事会第 20/8 号", "A/HRC/RES/26/13=第 26/13 号决议"),
                symbols("人权理事会第 20/8 号和第 26/13 号决议"));
    }

    @Test
    void symbolsWrittenOutAreTakenAsWritten() {
        // SG report line 136
        assertEquals(List.of("A/65/201=A/65/201", "A/68/98=A/68/98", "A/70/174=A/70/174"),
                symbols("分别为 A/65/201、A/68/98 和 A/70/174。"));
        assertEquals(List.of("A/76/135=A/76/135"), symbols("提供了进一步的实际指导(见 A/76/135)，"));
    }

    @Test
    void councilConclusionsLawsAndOtherNumbersAreNoUnDocuments() {
        // SG report lines 1786, 1867, 780 and 1487
        assertEquals(List.of(), symbols("《欧盟理事会关于网络外交问题的第 6122/15 号结论》。"));
        assertEquals(List.of(), symbols("第 7371/22 号，“安全与防务战略指南"));
        assertEquals(List.of(), symbols("关于打击信息技术犯罪的第 175(2018)号法"));
        assertEquals(List.of(), symbols("国际电工委员会第 27701、27011 号标准"));
    }
}
