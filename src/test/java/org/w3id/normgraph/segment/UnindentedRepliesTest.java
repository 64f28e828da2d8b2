package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;

/**
 * A compilation of replies in the Chinese layout as a browser or {@code pdftotext} without {@code -layout} gives
 * it: no indents, no blank lines, lines wrapped at 40 columns (20 Chinese characters). Where a paragraph's last
 * sentence ends at the margin, only what follows tells whether a new block begins: a title, or the next label of a
 * list. Lines and words are the 2022 report's (its Denmark reply, lines 529-545 and 592-648), shortened to fit.
 */
class UnindentedRepliesTest {

    private static final String OPENING = """
            一. 导言
            1. 大会通过了第 76/19 号决议，请会员国向秘书长通报其看法和评估。
            二. 从各国政府收到的答复
            丹麦
            [原件：英文]
            [2022 年 5 月 31 日]
            """;

    private static final String LAST_PARAGRAPHS = """
            丹麦感到关切的是，国家和非国家行为者在网
            络空间的恶意活动有所增加，这种行动威胁到
            经济增长和国际社会的稳定，必须受到整个国
            际社会的谴责。
            丹麦坚决支持基于规则的国际秩序的有效多边
            体系，以应对恶意使用信通技术造成的现有威
            胁和潜在威胁，并支持工作组的工作。
            """;

    private static ReplyText onlyReply(String text) {
        CompiledReplies report = ReplySegmenter.segment(SourceText.of("test", text));
        assertEquals(1, report.replies().size(), "replies");
        return report.replies().get(0);
    }

    private static List<String> headings(ReplyText reply) {
        return reply.sections().stream().map(TextSection::heading).flatMap(Optional::stream).map(h -> h.text())
                .toList();
    }

    private static List<String> paragraphs(ReplyText reply) {
        return reply.sections().stream().flatMap(s -> s.paragraphs().stream()).map(p -> p.text().text()).toList();
    }

    @Test
    void aTitleAfterASentenceThatEndsAtTheMarginIsAHeading() {
        ReplyText reply = onlyReply(OPENING + """
                丹麦认识到，网络空间为增加福利、促进经济
                增长和提高公民生活质量带来了巨大的机遇。
                国际法如何适用于使用信息和通信技术
                """ + LAST_PARAGRAPHS);
        assertEquals(List.of("国际法如何适用于使用信息和通信技术"), headings(reply));
        assertEquals(List.of("丹麦认识到，网络空间为增加福利、促进经济增长和提高公民生活质量带来了巨大的机遇。",
                "丹麦感到关切的是，国家和非国家行为者在网络空间的恶意活动有所增加，这种行动威胁到经济增长和国际社会的稳定，必须受到整个国际社会的谴责。",
                "丹麦坚决支持基于规则的国际秩序的有效多边体系，以应对恶意使用信通技术造成的现有威胁和潜在威胁，并支持工作组的工作。"),
                paragraphs(reply));
    }

    @Test
    void theNextLabelOfAListOpensAnItemAfterASentenceThatEndsAtTheMargin() {
        ReplyText reply = onlyReply(OPENING + """
                (a) 首先，该战略进一步加强支持重要社会职
                能的网络安全和信息安全，并加强协调工作。
                (b) 第二，该战略包括若干举措，旨在加强丹
                麦公民的网络安全技能。
                """ + LAST_PARAGRAPHS);
        List<String> paragraphs = paragraphs(reply);
        assertEquals("(a) 首先，该战略进一步加强支持重要社会职能的网络安全和信息安全，并加强协调工作。", paragraphs.get(0));
        assertEquals("(b) 第二，该战略包括若干举措，旨在加强丹麦公民的网络安全技能。", paragraphs.get(1));
        assertEquals(4, paragraphs.size(), paragraphs.toString());
    }

    @Test
    void aTitleBrokenAtTheMarginIsOneHeading() {
        ReplyText reply = onlyReply(OPENING + """
                从国际安全角度看信息和电信领域的发展不限
                成员名额工作组报告和从国际安全角度看信息
                和电信领域的发展政府专家组报告中提到的概
                念的内容
                """ + LAST_PARAGRAPHS);
        assertEquals(List.of("从国际安全角度看信息和电信领域的发展不限成员名额工作组报告和从国际安全角度看信息和电信领域的发展政府专家组报告"
                + "中提到的概念的内容"), headings(reply));
        assertEquals(2, paragraphs(reply).size(), paragraphs(reply).toString());
    }

    @Test
    void aSectionHeadingBrokenAtTheMarginGoesOnOnTheNextLine() {
        ReplyText reply = onlyReply("""
                一. 导言
                1. 大会通过了第 76/1
                9 号决议，请会员国向
                秘书长通报其看法和评
                估。
                二. 从各国政府收到的
                答复
                丹麦
                [原件：英文]
                [2022 年 5 月 31 日]
                丹麦感到关切的是，国
                家和非国家行为者在网
                络空间的恶意活动有所
                增加，这种行动威胁到
                经济增长和国际社会的
                稳定。
                丹麦坚决支持基于规则
                的国际秩序的有效多边
                体系，以应对恶意使用
                信通技术造成的现有威
                胁和潜在威胁，并支持
                工作组的工作。
                """);
        assertEquals("二. 从各国政府收到的答复", reply.sectionHeading().text());
        assertEquals(ReplySection.GOVERNMENTS, reply.section());
        assertEquals(List.of("丹麦感到关切的是，国家和非国家行为者在网络空间的恶意活动有所增加，这种行动威胁到经济增长和国际社会的稳定。",
                "丹麦坚决支持基于规则的国际秩序的有效多边体系，以应对恶意使用信通技术造成的现有威胁和潜在威胁，并支持工作组的工作。"),
                paragraphs(reply));
    }
}
