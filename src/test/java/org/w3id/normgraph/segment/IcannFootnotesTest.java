package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.reader.PlainTextReader;

/**
 * Footnotes of {@code corpus/icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt} as a reader of the text finds them:
 * each split at its own number, with the link printed under its words, and with its continuation at the foot of the
 * next page. Every expectation was read off the text by hand; the lines are the file's.
 */
class IcannFootnotesTest {

    private static final Path ICANN_REPORT = Path.of("corpus", "icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt");

    private static SourceText source;
    private static PageLayout layout;
    private static Map<Integer, Footnote> footnotes;

    @BeforeAll
    static void read() {
        source = PlainTextReader.read(ICANN_REPORT, "icann");
        layout = PageLayout.analyse(source);
        footnotes = layout.footnotes().stream().collect(Collectors.toMap(Footnote::number, Function.identity()));
    }

    private static int firstLine(Footnote footnote) {
        return source.lineOf(footnote.span().start());
    }

    private static int lastLine(Footnote footnote) {
        return source.lineOf(footnote.span().end() - 1);
    }

    @Test
    void everyFootnoteFrom1To167IsReadOnce() {
        assertEquals(167, layout.footnotes().size());
        assertEquals(167, footnotes.size());
        assertEquals(167, layout.footnoteNumbers().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** Lines 1296-1302: 82 is Iran's paper (its link broken over 1297-1298), 83 at line 1299 is Japan's (日本，…). */
    @Test
    void footnotes82And83AreSplitAtTheirOwnNumbers() {
        Footnote iran = footnotes.get(82);
        assertEquals(1296, firstLine(iran));
        assertEquals(1298, lastLine(iran));
        assertTrue(iran.words().endsWith("第 4 页，https://www.unodc.org/documents/Cybercrime/AdHocCommittee/"
                + "Second_session/Islamic_Republic_of_Iran_contribution.pdf"), iran.words());
        Footnote japan = footnotes.get(83);
        assertEquals(1299, firstLine(japan));
        assertEquals(1302, lastLine(japan));
        assertTrue(japan.words().startsWith("日本，关于刑事定罪"), japan.words());
        assertTrue(japan.words().endsWith("https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Second_session/"
                + "Japan_Contribution.pdf"), japan.words());
    }

    /** The marker ”83 that closes Japan's statement (line 1263) is a footnote marker, not part of the words. */
    @Test
    void japansStatementAtLine1253EndsWithTheMarkerOfFootnote83() {
        ReadingText reading = ReadingText.of(layout);
        int close = reading.text().indexOf("的责任。”83");
        assertTrue(close > 0);
        assertEquals(1263, reading.sourceLine(close));
        assertEquals(2, reading.footnoteMarkerLength(close + "的责任。”".length()));
    }

    /**
     * The link right under a footnote's words is the footnote's; the page's list of links (set off by a blank line)
     * is not: footnote 4 (link at line 39, list at 41-44), 8 (128; 130), 26 (428; 430-437), 96 (1477; 1479-1484),
     * 104 (1643; 1646-1650).
     */
    @Test
    void aLinkJustBeforeThePagesListBelongsToItsFootnote() {
        Map<Integer, String[]> expected = Map.of(
                4, new String[] {"39", "https://www.icann.org/en/system/files/files/draft-op-financial-plan-fy21-25-"
                        + "opplan-fy21-20dec19-en.pdf"},
                8, new String[] {"128", "https://english.www.gov.cn/archive/whitepaper/202211/07/"
                        + "content_WS636894aac6d0a757729e2973.html"},
                26, new String[] {"428", "https://www.icann.org/en/system/files/correspondence/"
                        + "marby-to-fedorov-02mar22-en.pdf"},
                96, new String[] {"1477", "（从 02:06:20 开始），https://media.un.org/en/asset/k1o/k1o39wyquf"},
                104, new String[] {"1643", "纽约，https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/"
                        + "ahc_sixth_session/main"});
        expected.forEach((number, lineAndEnd) -> {
            Footnote footnote = footnotes.get(number);
            assertEquals(Integer.parseInt(lineAndEnd[0]), lastLine(footnote), "footnote " + number);
            assertTrue(footnote.words().endsWith(lineAndEnd[1]), number + ": " + footnote.words());
            assertEquals(1, footnote.words().split("https?://", -1).length - 1, number + ": " + footnote.words());
        });
    }

    /**
     * Footnotes cut by the page break go on at the foot of the next page, before its first numbered footnote:
     * 40 (602 “另请参阅：俄罗斯” → 669-670), 101 (1562 “…条款以及” → 1630-1634), 114 (1817 “第 13 页，” → 1881-1882).
     */
    @Test
    void aFootnoteCutByThePageBreakGoesOnAtTheFootOfTheNextPage() {
        assertContinued(40, 600, 670, "另请参阅：俄罗斯联邦代表团团长弗拉基米尔·申 (V. Shin) 的意见声明，2022 年 3 月 30 日，第 3 页，"
                + "https://documents.unoda.org/wp-content/uploads/2022/03/Russia-OEWG-statement-3-30.03.2022-Eng.pdf",
                669);
        assertContinued(101, 1560, 1634, "条款以及关于打击出于犯罪目的使用信息和通信技术行为的全面国际公约最终条款的合并谈判文件，第 38 页，",
                1630);
        assertTrue(footnotes.get(101).words().endsWith(
                "https://www.unodc.org/documents/Cybercrime/AdHocCommittee/5th_session/Documents/CND_2_-_21.04.2023.pdf"),
                footnotes.get(101).words());
        assertContinued(114, 1815, 1882, "第 13 页，https://www.unodc.org/documents/Cybercrime/AdHocCommittee/"
                + "6th_Session/Pre-session-docs/A_AC_291_22_Advance_Copy.pdf", 1881);
    }

    private static void assertContinued(int number, int first, int last, String words, int continuationLine) {
        Footnote footnote = footnotes.get(number);
        assertEquals(first, firstLine(footnote), "footnote " + number);
        assertEquals(last, lastLine(footnote), "footnote " + number);
        assertEquals(2, footnote.parts().size(), "footnote " + number);
        assertTrue(footnote.words().contains(words), number + ": " + footnote.words());
        assertTrue(layout.isDebris(continuationLine), "line " + continuationLine + " is footnote text");
        assertFalse(ReadingText.of(layout).text().contains(source.line(continuationLine).strip()),
                "line " + continuationLine + " is not running text");
    }
}
