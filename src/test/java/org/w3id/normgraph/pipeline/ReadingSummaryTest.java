package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every candidate a reader meets is a fact or a warning with its file and line: the bundled corpus's reading summary,
 * printed and kept in the graph, and {@code build --strict} stopping on what was left unread. Hand-checked: the
 * ICANN report quotes 109 statements (src/test/resources/expected/icann-statements.tsv, one row each); its one other
 * quotation introduced like a statement, “101条款全文如下：” (line 1544, the quotation opening on line 1570), quotes the
 * text of a draft article, not a speaker.
 */
class ReadingSummaryTest {

    private static final String ICANN_FILE = Path.of("corpus", "icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt")
            .toString();

    @Test
    void theBuildPrintsEachDocumentsSummaryAndWarnsOfEveryCandidateLeftUnread() {
        List<String> progress = new ArrayList<>();
        Dataset graph = GraphBuild.fromCorpus(Path.of("corpus"), progress::add);
        assertTrue(progress.contains("reading summary: icann-ge-un-cyber-processes-2021-2023: footnote 167 met,"
                + " 167 taken; footnote-rest 3 met, 3 taken; quotation 110 met, 109 taken, 1 left unread"),
                progress.toString());
        assertTrue(progress.contains("reading summary: un-sg-report-ict-international-security-2022: date-line 11 met,"
                + " 11 taken; language-line 11 met, 11 taken"), progress.toString());
        List<String> warnings = progress.stream().filter(line -> line.startsWith("warning: ")).toList();
        assertEquals(List.of("warning: " + ICANN_FILE + ":1570: “101条款全文如下：”: a quotation introduced like a"
                + " statement, but no known speaker is named; left unread"), warnings);
        String counts = """
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?met ?taken ?left { GRAPH ?g {
                  <https://w3id.org/normgraph/id/document/icann-ge-un-cyber-processes-2021-2023> ng:readingCount ?c .
                  ?c ng:candidateKind "quotation" ; ng:candidatesMet ?met ; ng:candidatesTaken ?taken ;
                     ng:candidatesLeftUnread ?left } }""";
        try (QueryExecution execution = QueryExecution.dataset(graph).query(counts).build()) {
            var row = execution.execSelect().next();
            assertEquals(110, row.getLiteral("met").getInt());
            assertEquals(109, row.getLiteral("taken").getInt());
            assertEquals(1, row.getLiteral("left").getInt());
        }
    }

    /**
     * The heading of Australia's reply (line 108) made a sentence: the reply cannot be read, and the build says where,
     * whether the segmenter stops at its [原件：英文] line (110) or its date line (112) is left unread.
     */
    @Test
    void aReplyWhoseHeadingIsNotReadIsNeverLostInSilence(@TempDir Path copy) throws IOException {
        PathUtils.copyDirectory(Path.of("corpus"), copy);
        Path report = copy.resolve("un-sg-report-ict-international-security-2022.zh-Hans.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(report, StandardCharsets.UTF_8));
        assertEquals("  澳大利亚 ", lines.get(107));
        lines.set(107, " 以下是收到的答复。");
        Files.write(report, lines, StandardCharsets.UTF_8);
        List<String> progress = new ArrayList<>();
        try {
            GraphBuild.fromCorpus(copy, progress::add);
        } catch (RuntimeException e) {
            progress.add("stopped: " + e.getMessage());
        }
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("stopped: ") && line.contains(".txt:110: ")
                || line.startsWith("warning: ") && line.contains(".txt:112: “[2022 年 5 月 31 日]”: a date line that"
                        + " dates no reply")), progress.toString());
    }

    @Test
    void aStrictBuildStopsOnACandidateLeftUnread() {
        BuildException e = assertThrows(BuildException.class, () -> GraphBuild.fromCorpus(Path.of("corpus"),
                new GraphBuild.Options(GraphBuild.Options.DEFAULTS.maxSourceBytes(), true), message -> { }));
        assertEquals("1 candidate(s) left unread, and build --strict takes none; the first: " + ICANN_FILE
                + ":1570: “101条款全文如下：”: a quotation introduced like a statement, but no known speaker is named;"
                + " left unread", e.getMessage());
    }
}
