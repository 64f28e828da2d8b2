package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The draft articles that the ICANN report quotes, with their title and the start of their text, as listed by hand
 * with their lines in {@code src/test/resources/expected/icann-provision-quotations.tsv}.
 */
class ProvisionQuotationsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/expected/icann-provision-quotations.tsv");

    @Test
    void theQuotedArticlesOfTheReportHaveTheirTitleAndText() throws IOException {
        List<String> found = ExtractorFixture.icannReport().quotations().stream().map(ProvisionQuotationsTest::row)
                .toList();
        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("provision\t")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", found));
    }

    @Test
    void aTitleThatTheLayoutBreaksRunsOnAndATitleOnItsOwnLineEndsThere() {
        DraftFindings found = ExtractorFixture.extract("公约文本草案（截至 2023 年 9 月 2 日的版本） \n \n"
                + "俄罗斯联邦引入了：“第 10 条之二：非法干扰关键信息基础设施。1.各缔约国应采取必要的措施。”\n"
                + "“第 26 条：流量数据的快速存留 \n各缔约国应采取必要的立法。”\n"
                + "“第 2 条：术语的使用。\n[...]”\n");
        assertEquals(List.of("10 bis|非法干扰关键信息基础设施|1.各缔约国应采取必要的措施。",
                "26|流量数据的快速存留|各缔约国应采取必要的立法。", "2|术语的使用|"),
                found.quotations().stream().map(q -> q.provision().article() + "|" + q.title().text() + "|"
                        + q.text().map(t -> t.text()).orElse("")).toList());
    }

    private static String row(QuotedProvision q) {
        String text = q.text().map(t -> t.text()).orElse("");
        return q.provision().article() + (q.provision().isArticle() ? "" : " " + q.provision().part()) + "\t"
                + q.title().text() + "\t" + q.title().firstLine() + "\t"
                + (text.length() > 12 ? text.substring(0, 12) : text) + "\t"
                + q.quotation().firstLine() + "\t" + q.quotation().lastLine();
    }
}
