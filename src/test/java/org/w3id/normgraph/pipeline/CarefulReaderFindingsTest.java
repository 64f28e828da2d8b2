package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The defects a careful reader found in the graph of {@code corpus/icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt}
 * and of the Secretary-General's report (issue 11), each checked against the built graph at the line where the text
 * says so.
 */
class CarefulReaderFindingsTest {

    private static final String ID = "https://w3id.org/normgraph/id/";
    private static final String DOC = "icann-ge-un-cyber-processes-2021-2023";
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX id: <https://w3id.org/normgraph/id/>
            """;

    private static Dataset graph;

    @BeforeAll
    static void build() {
        graph = GraphBuild.fromCorpus(Path.of("corpus"), message -> { });
    }

    /** Each row as "var=value ..." with normgraph IRIs shortened to their path under id/. */
    private static List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecutionFactory.create(PREFIXES + query, graph.getUnionModel())) {
            var results = execution.execSelect();
            List<String> vars = results.getResultVars();
            results.forEachRemaining((QuerySolution s) -> {
                List<String> cells = new ArrayList<>();
                vars.stream().filter(s::contains).forEach(v -> cells.add(v + "=" + (s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI().replace(ID, ""))));
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }

    private static String statementText(int line) {
        List<String> texts = rows("SELECT ?text WHERE { ?s a ng:Statement ; ng:evidenceStartLine " + line
                + " ; ng:text ?text . FILTER(CONTAINS(STR(?s), \"statement/" + DOC + "/\")) }");
        assertEquals(1, texts.size(), "one statement at line " + line + ": " + texts);
        return texts.get(0).substring("text=".length());
    }

    @Test
    void theJointStatementAtLine2376HasASpeakerForEachCoSponsorAndItsForum() {
        // 2372: 2023 年 5 月 15 日，俄罗斯、白俄罗斯、朝鲜、尼加拉瓜和叙利亚（作为共同提案国）提交了一份…概念文件，
        //       作为联合国大会第 77 届会议的官方文件。 2374: 除其他外，共同提案国提出了以下原则和建议，“…
        assertEquals(List.of("speaker=state/BLR", "speaker=state/NIC", "speaker=state/PRK", "speaker=state/RUS",
                        "speaker=state/SYR"),
                rows("SELECT ?speaker WHERE { ?s a ng:Statement ; ng:evidenceStartLine 2376 ; ng:speaker ?speaker ;"
                        + " ng:forum <" + ID + "forum/UNGA> . FILTER(CONTAINS(STR(?s), \"" + DOC + "\")) } ORDER BY ?speaker"));
        // a statement of one speaker keeps one
        assertEquals(1, rows("SELECT ?speaker WHERE { ?s ng:evidenceStartLine 1496 ; ng:speaker ?speaker ."
                + " FILTER(CONTAINS(STR(?s), \"statement/" + DOC + "\")) }").size());
    }

    @Test
    void anEllipsisBetweenTwoQuotedBlocksStaysInTheText() {
        // 63-79: China's blocks ending "…寻求其他国家和地区的援助。”" (69), "[...]" alone on line 71, "“主权在物理层…"
        String china = statementText(63);
        assertTrue(china.contains("援助。[...]主权在物理层的体现"), china);
        assertTrue(china.contains("国际合作。[...]主权在逻辑层的体现"), china);
        // 2044-2083: G77 and China, blocks separated by " […] " (2050), "[...]" (2061, 2073) and "[…]" (2079)
        String g77 = statementText(2044);
        assertTrue(g77.contains("考虑在内。[…]77 国集团强调"), g77);
        assertTrue(g77.contains("指导原则。[...]我们认识到"), g77);
        assertTrue(g77.contains("可互用的。[...]应在联合国系统"), g77);
        assertTrue(g77.contains("治理问题。[…]必须维护"), g77);
        // 1994-2006: the EU, "…塑造互联网的未来。”" then "[…]" on line 2000, then "“关于推进…"
        assertTrue(statementText(1994).contains("未来。[…]关于推进多利益相关方方法"), statementText(1994));
    }

    @Test
    void commentaryCommentsOnWhatItRefersTo() {
        Map<String, String> targets = new TreeMap<>();
        for (String row : rows("SELECT ?line ?target WHERE { ?note a ng:EditorialNote ; ng:evidenceStartLine ?line ;"
                + " ng:commentsOn ?target . FILTER(CONTAINS(STR(?note), \"" + DOC + "\")) }")) {
            String[] cells = row.split(" ");
            targets.put(cells[0].substring("line=".length()), cells[1].substring("target=".length()));
        }
        String statement1496 = statementAt(1496);
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                // 背景信息 on Russia's proposal of 1496: "与在 OEWG 会议上的发言一样，俄罗斯并没有提供证据…"
                Map.entry("1504", statement1496),
                // 备注 after the quoted draft article 72 of the consolidated negotiating document (1570-1580)
                Map.entry("1588", "provision/ahc-cnd-2023-04-21/article-72"),
                // "这与《布达佩斯网络犯罪公约》中提供的定义不同" after article 2 (c) of the DTC (1611-1653)
                Map.entry("1657", "provision/ahc-dtc-2023-09-02/article-2"),
                // the 备注 that give the stances of States on the article quoted just before each
                Map.entry("1696", "provision/ahc-dtc-2023-09-02/article-10-bis"),
                Map.entry("1751", "provision/ahc-dtc-2023-09-02/article-10-ter"),
                Map.entry("1776", "provision/ahc-dtc-2023-09-02/article-15-septies"),
                Map.entry("1795", "provision/ahc-dtc-2023-09-02/article-21"),
                Map.entry("1846", "provision/ahc-dtc-2023-09-02/article-29"),
                // "印度建议删除上述补充条款": the 第 1 条之二 proposed for article 36 (1862-1870)
                Map.entry("1874", "provision/ahc-dtc-2023-09-02/article-36/1-bis"),
                // "在第六次会议和…最后一次会议之间的闭会期间，AHC 一直在进行非正式谈判": the AHC section itself
                Map.entry("1940", sectionHeaded("联合国为拟订关于打击出于犯罪目的使用信息和通信技术行为的全面国际公约而设立的特设专家委员会(AHC)")),
                // first under 各成员国、联盟和超国家组织针对 GDC 提交的书面文件摘录 (1982), nothing before it there: it
                // explains where the excerpts come from ("不过，一些书面材料反映了各国代表团在审议期间的口头发言")
                Map.entry("1984", sectionHeaded("各成员国、联盟和超国家组织针对GDC提交的书面文件摘录")),
                // "俄罗斯以及公约草案的共同提案国坚持提出…": the joint statement of 2376
                Map.entry("2386", statementAt(2376))));
        for (var entry : expected.entrySet()) {
            assertEquals(entry.getValue(), targets.get(entry.getKey()), "the note at line " + entry.getKey());
        }
        long onRussia1496 = targets.values().stream().filter(statement1496::equals).count();
        assertEquals(1, onRussia1496, "only the note at 1504 comments on the statement of 1496: " + targets);
        assertEquals(27, targets.size(), "every note comments on something: " + targets);
    }

    private static String statementAt(int line) {
        List<String> found = rows("SELECT ?s WHERE { ?s a ng:Statement ; ng:evidenceStartLine " + line
                + " . FILTER(CONTAINS(STR(?s), \"statement/" + DOC + "/\")) }");
        assertEquals(1, found.size(), "one statement at line " + line);
        return found.get(0).substring("s=".length());
    }

    private static String sectionHeaded(String heading) {
        List<String> found = rows("SELECT ?s WHERE { ?s a ng:Section ; ng:heading \"" + heading + "\"@zh-Hans ."
                + " FILTER(CONTAINS(STR(?s), \"" + DOC + "\")) }");
        assertEquals(1, found.size(), "one section headed " + heading);
        return found.get(0).substring("s=".length());
    }

    @Test
    void theReportsSectionsSessionsAndDateHeadingsAreResourcesThatStatementsPointTo() {
        // China at line 54 stands under 2021 年 12 月 9 日 (line 51), under 第一次实质性会议 (48, its footnote 5), under
        // OEWG 最新动态 (45), which runs to the AHC heading at 1140
        List<String> chain = rows("""
                SELECT ?date ?dateLines ?session ?meeting ?sessionLines ?section ?forum ?sectionLines ?document WHERE {
                  ?statement ng:evidenceStartLine 54 ; ng:section ?d .
                  FILTER(CONTAINS(STR(?statement), "statement/icann"))
                  ?d a ng:Section ; ng:heading ?date ; dcterms:date "2021-12-09"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     ng:evidenceStartLine ?d1 ; ng:evidenceEndLine ?d2 ; dcterms:isPartOf ?s .
                  ?s a ng:Section ; ng:heading ?session ; ng:session ?meeting ;
                     ng:evidenceStartLine ?s1 ; ng:evidenceEndLine ?s2 ; dcterms:isPartOf ?p .
                  ?p a ng:Section ; ng:heading ?section ; ng:forum ?forum ;
                     ng:evidenceStartLine ?p1 ; ng:evidenceEndLine ?p2 ; dcterms:isPartOf ?document .
                  BIND(CONCAT(STR(?d1), "-", STR(?d2)) AS ?dateLines)
                  BIND(CONCAT(STR(?s1), "-", STR(?s2)) AS ?sessionLines)
                  BIND(CONCAT(STR(?p1), "-", STR(?p2)) AS ?sectionLines)
                }""");
        assertEquals(List.of("date=2021年12月9日 dateLines=51-56 session=第一次实质性会议 "
                + "meeting=session/OEWG-2021-2025/substantive-1 sessionLines=48-333 section=OEWG最新动态 "
                + "forum=forum/OEWG-2021-2025 sectionLines=45-1131 document=document/" + DOC), chain);
        // every statement of the report points to the innermost heading above it
        assertEquals(List.of(), rows("SELECT ?s WHERE { ?s a ng:Statement . FILTER(CONTAINS(STR(?s), \"statement/"
                + DOC + "/\")) FILTER NOT EXISTS { ?s ng:section ?section } }"));
        // the 53 headings: 6 sections (简介, OEWG, AHC, GDC, 其他联合国举措, 结语), 21 session or event headings and 26
        // date headings
        assertEquals(List.of("n=53"), rows("SELECT (COUNT(?s) AS ?n) WHERE { ?s a ng:Section ; dcterms:isPartOf+ <" + ID + "document/"
                + DOC + "> . FILTER(CONTAINS(STR(?s), \"document/" + DOC + "/section-\")) }"));
    }

    @Test
    void theConclusionIsASectionThoughAFootnoteMarkerStandsAloneOnTheLineBeforeIt() {
        // 2481-2483 "…进行干预。”" then "167" alone (2484), then " 结语" (2488), which runs to the end of the text
        assertEquals(List.of("lines=2488-2508"), rows("SELECT ?lines WHERE { ?s a ng:Section ; ng:heading \"结语\"@zh-Hans ;"
                + " ng:evidenceStartLine ?first ; ng:evidenceEndLine ?last ."
                + " BIND(CONCAT(STR(?first), \"-\", STR(?last)) AS ?lines) }"));
    }

    @Test
    void theSecretaryGeneralsReportHasItsTopHeadingsAndEachReplyStandsInOne() {
        // corpus/un-sg-report-ict-international-security-2022.zh-Hans.txt: " 二. 从各国政府收到的答复" at line 27, ten
        // replies from Armenia (29) to Ukraine, which ends at 1650; "  三. 从政府间组织收到的答复" at 1651, the EU's
        // reply to the last line of text, 2048
        assertEquals(List.of(
                "heading=二. 从各国政府收到的答复 lines=27-1650 replies=10",
                "heading=三. 从政府间组织收到的答复 lines=1651-2048 replies=1"),
                rows("""
                        SELECT ?heading ?lines (COUNT(?reply) AS ?replies) WHERE {
                          ?section a ng:Section ; ng:heading ?heading ; ng:evidenceStartLine ?first ;
                                   ng:evidenceEndLine ?last ;
                                   dcterms:isPartOf <https://w3id.org/normgraph/id/document/un-sg-report-ict-international-security-2022> .
                          ?reply ng:respondsTo ?resolution ; dcterms:isPartOf ?section .
                          BIND(CONCAT(STR(?first), "-", STR(?last)) AS ?lines)
                        } GROUP BY ?heading ?lines ?first ORDER BY ?first"""));
    }

    @Test
    void onlyStatesAndTerritoriesCarryIsoCodes() {
        assertEquals(List.of(), rows("""
                SELECT ?actor WHERE {
                  VALUES ?kind { ng:Office ng:Organization ng:Report ng:Group }
                  ?actor a ?kind .
                  { ?actor ng:iso3166Alpha3 ?code } UNION { ?actor ng:iso3166Alpha2 ?code }
                }"""));
        // the speakers that are not States: INTERPOL (line 1165), the Secretary-General (2137), the OEWG's first
        // annual progress report (905)
        for (String actor : List.of("organization/interpol", "person/un-secretary-general", "report/oewg-apr-2022")) {
            assertEquals(List.of("code=" + actor.substring(actor.indexOf('/') + 1)), rows("SELECT ?code WHERE { <" + ID
                    + actor + "> a ?kind . BIND(STRAFTER(STR(<" + ID + actor + ">), \"/id/\") AS ?path)"
                    + " BIND(STRAFTER(?path, \"/\") AS ?code) FILTER NOT EXISTS { <" + ID + actor
                    + "> ng:iso3166Alpha3 ?iso } } LIMIT 1"), actor + " exists and has no ISO code");
        }
        assertEquals(List.of("code=RUS"), rows("SELECT ?code WHERE { <" + ID + "state/RUS> ng:iso3166Alpha3 ?code }"));
        assertEquals(List.of("code=MAC"), rows("SELECT ?code WHERE { <" + ID + "territory/MAC> ng:iso3166Alpha3 ?code }"));
    }
}
