package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Other editions of the Secretary-General's compilations of Government replies build, and their replies come out
 * with actor and date. The excerpts in {@code src/test/resources/sibling-editions/} are written for this test:
 * invented replies in the layouts of those editions (see the manifest there), read through the whole build.
 */
class SiblingEditionsTest {

    private static final Path EDITIONS = Path.of("src/test/resources/sibling-editions");
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static Dataset graph;

    @BeforeAll
    static void build() {
        graph = GraphBuild.fromCorpus(EDITIONS, message -> { });
    }

    private static List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecutionFactory.create(PREFIXES + query, graph.getUnionModel())) {
            execution.execSelect().forEachRemaining((QuerySolution s) -> {
                List<String> cells = new ArrayList<>();
                s.varNames().forEachRemaining(v -> cells.add(v + "=" + (s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI()
                                .replace("https://w3id.org/normgraph/id/", ""))));
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }

    @Test
    void everyReplyOfEveryEditionHasItsActorDateAndHeadingLine() {
        List<String> replies = rows("""
                SELECT ?reply ?actor ?date ?line ?language WHERE {
                  ?reply ng:respondsTo ?answered ; ng:speaker ?actor ; dcterms:date ?date ; ng:evidenceStartLine ?line .
                  OPTIONAL { ?reply dcterms:language ?language }
                } ORDER BY ?reply""");
        assertEquals(List.of(
                // 约旦 at the margin (line 13), then [1999年5月16日] (15), no [原件：…] line: no language
                "reply=statement/test-sg-replies-2000-layout/reply-JOR actor=state/JOR date=1999-05-16 line=13",
                "reply=statement/test-sg-replies-2000-layout/reply-SWE actor=state/SWE date=2000-06-02 line=21",
                // indented names, [原件：…], spaced dates; the EU under 三. 从政府间组织收到的答复 (line 31)
                "reply=statement/test-sg-replies-2011-layout/reply-CUB actor=state/CUB date=2011-07-08 line=13 language=es",
                "reply=statement/test-sg-replies-2011-layout/reply-EU actor=group/EU date=2011-06-30 line=33 language=en",
                "reply=statement/test-sg-replies-2011-layout/reply-JPN actor=state/JPN date=2011-05-20 line=21 language=en",
                // 各国政府的答复 without a numeral; 1. 古巴 with [原文：西班牙文] and 【2005 年 6 月 15 日】; 2. 马里 with neither
                "reply=statement/test-sg-replies-numbered-layout/reply-CUB actor=state/CUB date=2005-06-15 line=9 language=es",
                "reply=statement/test-sg-replies-numbered-layout/reply-MLI actor=state/MLI date=2005-07-01 line=17"),
                replies);
    }

    @Test
    void eachReplyKeepsItsOwnParagraphsAndTheNumberIsNotPartOfTheName() {
        List<String> parts = rows("""
                SELECT ?reply ?line WHERE {
                  ?reply ng:respondsTo ?answered ; dcterms:hasPart+ ?part .
                  ?part ng:text ?text ; ng:evidenceStartLine ?line .
                } ORDER BY ?reply ?line""");
        assertEquals(List.of(
                "reply=statement/test-sg-replies-2000-layout/reply-JOR line=17",
                "reply=statement/test-sg-replies-2000-layout/reply-SWE line=25",
                "reply=statement/test-sg-replies-2011-layout/reply-CUB line=19",
                "reply=statement/test-sg-replies-2011-layout/reply-EU line=39",
                "reply=statement/test-sg-replies-2011-layout/reply-JPN line=29",
                "reply=statement/test-sg-replies-numbered-layout/reply-CUB line=15",
                "reply=statement/test-sg-replies-numbered-layout/reply-MLI line=21"), parts);
        // the heading's evidence is the name alone: "马里", not "2. 马里"
        List<String> headings = rows("""
                SELECT ?words WHERE {
                  <https://w3id.org/normgraph/id/statement/test-sg-replies-numbered-layout/reply-MLI> ng:evidenceText ?words
                }""");
        assertEquals(List.of("words=马里"), headings);
    }

    @Test
    void eachEditionAnswersTheResolutionItsIntroductionCites() {
        List<String> answered = rows("""
                SELECT DISTINCT ?answered WHERE { ?reply ng:respondsTo ?answered } ORDER BY ?answered""");
        assertEquals(List.of("answered=un-document/A/RES/54/49", "answered=un-document/A/RES/59/61",
                "answered=un-document/A/RES/65/41"), answered);
        assertTrue(rows("SELECT ?s WHERE { ?s ng:sourceFile ?f }").size() == 3);
    }
}
