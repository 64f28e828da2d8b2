package org.w3id.normgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;

/** The layout of a compilation of replies, on small texts written like the 2022 report's extraction. */
class ReplySegmenterTest {

    private static final String OPENING = """
              一. 导言\s

            1. 大会通过了第 76/19 号决议。\s

              二. 从各国政府收到的答复\s

            """;

    private static CompiledReplies segment(String text) {
        return ReplySegmenter.segment(SourceText.of("test", text));
    }

    private static List<String> paragraphs(ReplyText reply) {
        return reply.sections().stream().flatMap(s -> s.paragraphs().stream()).map(p -> p.text().text()).toList();
    }

    @Test
    void aReplyHasItsHeadingLanguageDateAndParagraphsWithoutLineBreaks() {
        CompiledReplies report = segment(OPENING + """
                  新加坡\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                 新加坡坚定致力于加强网络空间基于规则的国\s

                际秩序，这将成为 Synopsys、Mentor\s

                Graphics 之间信任的基础。\s
                """);
        ReplyText reply = report.replies().get(0);
        assertEquals(ReplySection.GOVERNMENTS, reply.section());
        assertEquals("新加坡", reply.heading().text());
        assertEquals(7, reply.heading().firstLine());
        assertEquals("英文", reply.language().orElseThrow().text());
        assertEquals(LocalDate.of(2022, 5, 31), reply.date());
        assertEquals(List.of("新加坡坚定致力于加强网络空间基于规则的国际秩序，这将成为 Synopsys、Mentor Graphics 之间信任的基础。"),
                paragraphs(reply));
        assertEquals(Optional.of("一. 导言"), report.introduction().heading().map(Passage::text));
    }

    @Test
    void aPageThatStartsRightAfterTheLinksContinuesTheParagraphWithOneSpaceMore() {
        CompiledReplies report = segment(OPENING + """
                  古巴\s

                [原件：西班牙文]\s

                [2022 年 5 月 31 日]\s

                 根据大会第 75/240 号决议设立的工作组是唯\s

                https://undocs.org/ch/A/RES/75/240
                 一包容性机制。\s

                  能力建设\s

                 古巴呼吁提供援助。\s
                """);
        ReplyText reply = report.replies().get(0);
        assertEquals(List.of("根据大会第 75/240 号决议设立的工作组是唯一包容性机制。", "古巴呼吁提供援助。"), paragraphs(reply));
        assertEquals(Optional.of("能力建设"), reply.sections().get(1).heading().map(Passage::text));
        PageLinks firstPage = report.pages().get(0);
        assertEquals(List.of("A/RES/75/240"), List.copyOf(firstPage.linkedSymbols().keySet()));
        assertTrue(report.pages().get(1).holds(16), "the page after the links starts on line 16");
    }

    @Test
    void aFootnoteBelongsToTheReplyThatCarriesItsMarker() {
        // The marker 1 is in Singapore's reply; the page ends inside Türkiye's reply, where the footnote is printed.
        CompiledReplies report = segment(OPENING + """
                  新加坡\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                 新加坡是颁发证书的国家。1 国际标准将有助于增进网络卫生。\s

                  土耳其\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                 土耳其注重采取必要措施。\s

                __________________\s

                 1 见 www.commoncriteriaportal.org。\s

                http://www.commoncriteriaportal.org/
                  土耳其还采取措施。\s
                """);
        ReplyText singapore = report.replies().get(0);
        ReplyText turkey = report.replies().get(1);
        assertEquals(List.of(1), singapore.sections().get(0).paragraphs().get(0).footnotes());
        assertEquals("新加坡是颁发证书的国家。国际标准将有助于增进网络卫生。", paragraphs(singapore).get(0));
        assertEquals(1, singapore.footnotes().size());
        assertEquals("见 www.commoncriteriaportal.org。", singapore.footnotes().get(0).text().text());
        assertEquals(25, singapore.footnotes().get(0).text().firstLine());
        assertTrue(turkey.footnotes().isEmpty());
        assertEquals(List.of("土耳其注重采取必要措施。", "土耳其还采取措施。"), paragraphs(turkey));
    }

    @Test
    void aLongHeadingBrokenOverTwoLinesIsOneHeadingAndAnUnindentedParagraphUnderAShortOneStaysAParagraph() {
        CompiledReplies report = segment(OPENING + """
                  丹麦\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                  从国际安全角度看信息和电信领域的发展不限成员名额工作组报告和从国际安\s

                全角度看信息和电信领域的发展政府专家组报告中提到的概念的内容\s

                  网络中的女性\s

                正如妇女与和平与安全议程所确认，妇女和女童受到冲突\s

                的独特影响。\s
                """);
        ReplyText reply = report.replies().get(0);
        assertEquals("从国际安全角度看信息和电信领域的发展不限成员名额工作组报告和从国际安全角度看信息和电信领域的发展政府专家组报告"
                + "中提到的概念的内容", reply.sections().get(0).heading().orElseThrow().text());
        assertEquals("网络中的女性", reply.sections().get(1).heading().orElseThrow().text());
        assertEquals(List.of("正如妇女与和平与安全议程所确认，妇女和女童受到冲突的独特影响。"), paragraphs(reply));
    }

    @Test
    void theSectionForOrganizationsHoldsTheirReplies() {
        CompiledReplies report = segment(OPENING + """
                  三. 从政府间组织收到的答复\s

                  欧洲联盟\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                 一. 国家努力\s

                • 欧洲联盟支持各国。\s
                """);
        ReplyText reply = report.replies().get(0);
        assertEquals(ReplySection.INTERGOVERNMENTAL_ORGANIZATIONS, reply.section());
        assertEquals("一. 国家努力", reply.sections().get(0).heading().orElseThrow().text());
        Paragraph item = reply.sections().get(0).paragraphs().get(0);
        assertTrue(item.listItem());
        assertEquals("欧洲联盟支持各国。", item.text().text());
    }

    @Test
    void aReplyWithoutItsDateLineIsAnErrorOnTheLanguageLine() {
        LayoutException error = assertThrows(LayoutException.class, () -> segment(OPENING + """
                  新加坡\s

                [原件：英文]\s

                 新加坡坚定致力于加强网络空间基于规则的国际秩序。\s
                """));
        assertEquals(9, error.line());
        assertTrue(error.getMessage().contains("[2022 年 5 月 31 日]"), error.getMessage());
    }

    @Test
    void aFootnoteRuleWithoutAFootnoteIsAnError() {
        LayoutException error = assertThrows(LayoutException.class, () -> segment(OPENING + """
                  新加坡\s

                [原件：英文]\s

                [2022 年 5 月 31 日]\s

                 新加坡坚定致力于加强网络空间基于规则的国际秩序。\s

                __________________\s

                见 www.commoncriteriaportal.org。\s
                """));
        assertEquals(17, error.line());
    }
}
