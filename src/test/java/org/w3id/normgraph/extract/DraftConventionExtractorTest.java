package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** List splitting and stance rules on small texts in the layout of the ICANN report. */
class DraftConventionExtractorTest {

    private static final String DRAFT = "公约文本草案（截至 2023 年 9 月 2 日的版本） \n \n";

    private static List<String> stances(String body) {
        return ExtractorFixture.extract(DRAFT + body).stances().stream()
                .map(s -> s.relation().localName() + " " + s.provision().article()
                        + (s.provision().isArticle() ? "" : " " + s.provision().part())
                        + " " + s.actor().actor().code() + "@" + s.actorMention().firstLine())
                .toList();
    }

    @Test
    void splitsAListWithHeAndNamesBrokenAcrossLines() {
        assertEquals(List.of("proposes 10 bis RUS@3", "proposes 10 bis CAN@3", "proposes 10 bis EGY@4"),
                stances("俄罗斯联邦、加拿\n大和埃及引入了：“第 10 条之二：非法干扰。”\n"));
    }

    @Test
    void keepsOneStanceForANameListedTwice() {
        assertEquals(List.of("opposes 21 NOR@5", "opposes 21 GEO@5"),
                stances("第 21 条：起诉\n“各缔约国……。”\n备注：挪威、格鲁吉亚、挪威反对将该条款纳入公约，并要求删除该条款。\n"));
    }

    @Test
    void groupNamesAreNotReadAsTheStatesInsideThem() {
        List<String> found = stances("第 21 条：起诉\n备注：加勒比海地区社群和欧盟\n及其成员国反对将该条款纳入公约。\n");
        assertEquals(List.of("opposes 21 CARICOM@4", "opposes 21 EU@4"), found);
    }

    @Test
    void aNameThatRunsOnIntoAnotherWordIsNoActor() {
        assertTrue(stances("第 21 条：起诉\n阿曼迪普反对将该条款纳入公约。\n").isEmpty());
    }

    @Test
    void negationsAndQuotationsAreNoStances() {
        assertTrue(stances("第 21 条：起诉\n加拿大不反对将该条款纳入公约。\n").isEmpty());
        assertTrue(stances("第 21 条：起诉\n加拿大：“我们反对将该条款纳入公约。”\n").isEmpty());
    }

    @Test
    void aParagraphInsertedIntoANamedArticleIsPartOfIt() {
        assertEquals(List.of("supports 36 1 bis CHN@3", "opposes 36 1 bis IND@4"),
                stances("中国支持将以下条款纳入第 36 条：“第 1 条之二：在无法……。”\n备注：印度建议删除上述补充条款。\n"));
    }

    @Test
    void noDraftNoStances() {
        assertTrue(ExtractorFixture.extract("俄罗斯联邦引入了：“第 10 条之二：非法干扰。”\n").stances().isEmpty());
    }
}
