package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;

/**
 * A page's footnotes in a text that marks neither paragraphs nor pages (no blank lines, no indents), as a browser
 * copies the ICANN report: the footnote block ends by what it holds. The lines are those of the report's pages
 * 2-3 and 31 (footnotes 6 and 146-148, numbered here from 1), cut short.
 */
class UnmarkedFootnoteBlockTest {

    private static final String LINK = "https://documents.unoda.org/wp-content/uploads/2021/12/"
            + "Chinese-Position-Paper-on-International-Rules-making-in-Cyberspace-ENG.pdf";

    private static List<Footnote> footnotes(String... lines) {
        return PageLayout.analyse(SourceText.of("copy", String.join("\n", lines) + "\n")).footnotes();
    }

    @Test
    void aLinkBrokenAnywhereGoesOnInItsFootnote() {
        List<Footnote> read = footnotes(
                "中国表示：“互联网治理存在垄断。”1",
                "1 中国关于将主权原则应用于网络空间的看法，2021 年 12 月 9 日，第 1 页，" + LINK.substring(0, 100),
                LINK.substring(100),
                "联合国网络电视，第 3 次全体会议。");
        assertEquals(1, read.size());
        assertEquals("中国关于将主权原则应用于网络空间的看法，2021 年 12 月 9 日，第 1 页，" + LINK, read.get(0).words());
    }

    @Test
    void aLineWithTheMarkerOfAFootnoteStillToComeIsTheNextPagesText() {
        List<Footnote> read = footnotes(
                "“……各方都能在这里找到共同点。”1 吉尔特使补充道：“我们需要一个地",
                "1 同上，（从 1:34:32 开始）",
                "2 此处为 – 数字合作论坛",
                "方，能够找到将这些工作整合起来的方法。这也是这项建议被提出来的唯一原因。”3",
                "3 秘书长发布的《我们的共同议程》政策简报，https://media.un.org/en/asset/k1n/k1nugz7a7n");
        assertEquals(List.of(1, 2, 3), read.stream().map(Footnote::number).toList());
        assertEquals("此处为 – 数字合作论坛", read.get(1).words());
    }
}
