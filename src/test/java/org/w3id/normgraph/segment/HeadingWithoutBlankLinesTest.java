package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;

/**
 * Headings of the ICANN report in a narrow text without blank lines, where a heading's width leaves no room for the
 * next line's first word, so that the widths alone would join the heading to the paragraph under it. The headings are
 * the report's own (its lines 1339, 1417, 1912, 2306), the headings and the paragraphs around them cut short to fit a
 * measure of 36 columns.
 */
class HeadingWithoutBlankLinesTest {

    private static final String FULL = "各国应当共同维护网络空间的和平，安全";

    /** The reading's lines (paragraphs and headings) from the given lines, after a paragraph that shows the measure. */
    private static List<String> lines(String... lines) {
        String measure = (FULL + "\n").repeat(12) + "其中包括这些内容。\n";
        ReadingText reading = ReadingText.of(PageLayout.analyse(
                SourceText.of("narrow", measure + String.join("\n", lines) + "\n")));
        return reading.lines().stream().skip(1).map(l -> reading.text().substring(l.start(), l.end())).toList();
    }

    @Test
    void aHeadingWithFootnoteMarkersEndsOnItsLine() {
        assertEquals(List.of(FULL + "平等参与 ICANN 的工作。", "AHC 的第四次正式会议1和第五次会议2", "合并的 AHC 谈判文件：",
                FULL + "已经发布。"), lines(
                FULL, "平等参与 ICANN 的工作。",
                "AHC 的第四次正式会议1和第五次会议2",
                "合并的 AHC 谈判文件：",
                FULL, "已经发布。",
                "1 同上，（从 1:34:32 开始）",
                "2 同上，（从 2:55:05 开始）"));
    }

    @Test
    void aHeadingWithABracketedAdditionEndsOnItsLine() {
        assertEquals(List.of(FULL + "AHC 第六次会议的工作于 9 月 1 日结束。", "公约草案（截至 2023 年 9 月 2 日）",
                "AHC 第六次会议编制了长达 80 页的文本。" + FULL), lines(
                FULL, "AHC 第六次会议的工作于 9 月 1 日结束。",
                "公约草案（截至 2023 年 9 月 2 日）",
                "AHC 第六次会议编制了长达 80 页的文本。",
                FULL));
    }

    @Test
    void aHeadingWithACommaEndsBeforeADatedParagraphOrANote() {
        assertEquals(List.of(FULL + "这是这项建议提出的唯一原因。”", "筹备会议 - 联合国大会，第 78 届会议",
                "2023 年 9 月 21 日，发表了若干部长级声明。" + FULL + "其中包括这些内容。",
                "各成员国、联盟针对 GDC 提交的书面文件", "背景信息：联合国技术事务特使办公室组织了讨论。" + FULL), lines(
                FULL, "这是这项建议提出的唯一原因。”",
                "筹备会议 - 联合国大会，第 78 届会议",
                "2023 年 9 月 21 日，发表了若干部长级声明。",
                FULL, "其中包括这些内容。",
                "各成员国、联盟针对 GDC 提交的书面文件",
                "背景信息：联合国技术事务特使办公室组织了讨论。",
                FULL));
    }

    @Test
    void aNameBrokenAtTheMarginOrADateInASentenceGoesOn() {
        assertEquals(List.of(FULL + "各方都参与其中。", "中国、伊朗、俄罗斯联邦、委内瑞拉和埃及提议：保留原文。", FULL + "结束。",
                "在 9 月 21 日举行的会议上，俄罗斯在2023 年 9 月 21 日，发表了声明。"), lines(
                FULL, "各方都参与其中。",
                "中国、伊朗、俄罗斯联邦、委内瑞拉和埃",
                "及提议：保留原文。",
                FULL, "结束。",
                "在 9 月 21 日举行的会议上，俄罗斯在",
                "2023 年 9 月 21 日，发表了声明。"));
    }
}
