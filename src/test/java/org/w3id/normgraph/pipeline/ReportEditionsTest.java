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
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PrintedSymbol;

/**
 * Two editions of one report, the English and the Chinese renderings of A/65/154
 * ({@code src/test/resources/sg-report-editions/}, expected facts in {@code expected/sg-replies-a-65-154.*.tsv}),
 * build as one report with one reply per actor, each reply pointing to the line of each edition that prints it; a
 * discrepancy seeded in a copy of the Chinese edition (a reply taken out, a date changed) is a warning of the build,
 * a resource that a query lists, and a failure under {@code --strict}.
 */
public class ReportEditionsTest {

    private static final Path EDITIONS = Path.of("src/test/resources/sg-report-editions");
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String REPORT = "https://w3id.org/normgraph/id/un-document/A/65/154";

    @Test
    void eachEditionPrintsTheReportsSymbolOnItsCoverLine() {
        for (String edition : List.of("en", "zh-Hans", "fr", "es", "ru", "ar")) {
            PrintedSymbol printed = PrintedSymbol.find(PlainTextReader.read(
                    EDITIONS.resolve("a-65-154." + edition + ".txt"), "a-65-154-" + edition)).orElseThrow();
            assertEquals("A/65/154", printed.symbol(), edition);
            assertEquals(1, printed.where().firstLine(), edition + ": the cover line");
        }
    }

    @Test
    void theBundledCorpusPrintsNoSymbolOfItsOwn() {
        for (String file : List.of("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt",
                "un-sg-report-ict-international-security-2022.zh-Hans.txt")) {
            assertTrue(PrintedSymbol.find(PlainTextReader.read(Path.of("corpus", file), "c")).isEmpty(), file);
        }
    }

    @Test
    void twoEditionsThatAgreeAreOneReportWithOneReplyPerActor(@TempDir Path corpus) throws IOException {
        List<String> messages = new ArrayList<>();
        Dataset graph = build(corpus, Files.readString(EDITIONS.resolve("a-65-154.zh-Hans.txt")), messages);
        assertEquals(List.of("en-a-65-154", "zh-a-65-154"), column(graph, """
                SELECT ?edition { <%s> ng:edition ?e BIND(STRAFTER(STR(?e), "/document/") AS ?edition) }
                ORDER BY ?edition""".formatted(REPORT), "edition"));
        // actor, date, and the line of its heading in each edition, from the expected-facts files
        Map<String, String> replies = new TreeMap<>();
        column(graph, """
                SELECT ?row { ?reply a ng:ReportReply ; dcterms:isPartOf <%s> ; prov:wasAttributedTo ?actor ;
                         dcterms:date ?date ; ng:readIn ?statement .
                  ?statement ng:evidenceStartLine ?line ; prov:wasDerivedFrom ?document .
                  BIND(CONCAT(STRAFTER(STR(?actor), "/id/"), " ", STR(?date), "|",
                       STRBEFORE(STRAFTER(STR(?document), "/document/"), "-"), ":", STR(?line)) AS ?row)
                } ORDER BY ?row""".formatted(REPORT), "row").forEach(row -> replies.merge(row.split("\\|")[0],
                        row.split("\\|")[1], (a, b) -> a + " " + b));
        assertEquals(Map.of(
                "group/EU 2010-07-05", "en:75 zh:63",
                "state/AUS 2010-06-01", "en:40 zh:29",
                "state/CUB 2010-05-27", "en:24 zh:19",
                "state/GBR 2010-07-02", "en:66 zh:53",
                "state/IRN 2010-06-15", "en:58 zh:45",
                "state/RUS 2010-06-10", "en:49 zh:37"), replies);
        assertEquals(List.of(), column(graph, "SELECT ?d { ?d a ng:EditionDiscrepancy }", "d"));
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("warning:")), messages.toString());
    }

    @Test
    void aReplyMissingFromOneEditionAndADateThatDiffersAreDiscrepancies(@TempDir Path corpus) throws IOException {
        List<String> messages = new ArrayList<>();
        Dataset graph = seededEditions(corpus, messages);
        List<String> warnings = messages.stream().filter(m -> m.startsWith("warning: A/65/154")).toList();
        assertEquals(List.of(
                "warning: A/65/154: the reply of state/GBR is printed in a-65-154.en.txt line 66 but not in"
                        + " a-65-154.zh-Hans.txt (zh-Hans)",
                "warning: A/65/154: the reply of state/IRN is dated differently: 2010-06-15 in a-65-154.en.txt"
                        + " line 58, 2010-06-16 in a-65-154.zh-Hans.txt line 45"), warnings);
        assertEquals(List.of(
                "date-differs state/IRN",
                "reply-missing state/GBR zh-a-65-154"), column(graph, """
                SELECT ?row { ?d a ng:EditionDiscrepancy ; ng:discrepancyKind ?kind ; dcterms:subject ?reply .
                  ?reply prov:wasAttributedTo ?actor .
                  OPTIONAL { ?d ng:missingFrom ?edition }
                  BIND(CONCAT(?kind, " ", STRAFTER(STR(?actor), "/id/"),
                       COALESCE(CONCAT(" ", STRAFTER(STR(?edition), "/document/")), "")) AS ?row)
                } ORDER BY ?row""", "row"));
        // the canned query lists each statement concerned, with its edition, line and date
        assertEquals(List.of(
                "date-differs state/IRN en-a-65-154 58 2010-06-15",
                "date-differs state/IRN zh-a-65-154 45 2010-06-16",
                "reply-missing state/GBR en-a-65-154 66 2010-07-02"),
                column(graph, "SELECT ?row { { " + Files.readString(Path.of("queries/edition-discrepancies.rq"))
                        .replaceAll("(?s)^.*?(SELECT)", "$1") + """
                         }
                  BIND(CONCAT(?kind, " ", STRAFTER(STR(?actor), "/id/"), " ", STRAFTER(STR(?edition), "/document/"),
                       " ", STR(?line), " ", STR(?date)) AS ?row) } ORDER BY ?row""", "row"));
        assertEquals(List.of(), column(graph, """
                SELECT ?r { ?r a ng:ReportReply ; prov:wasAttributedTo <https://w3id.org/normgraph/id/state/IRN> ;
                  dcterms:date ?date }""", "r"), "a reply dated differently has no date of its own");
    }

    /**
     * The English and the seeded Chinese edition of A/65/154, built in {@code corpus}: the United Kingdom's reply
     * is missing from the Chinese edition and Iran's is dated differently there.
     */
    public static Dataset seededEditions(Path corpus, List<String> messages) throws IOException {
        return build(corpus, seededChineseEdition(), messages);
    }

    @Test
    void strictBuildsRefuseDiscrepancies(@TempDir Path corpus) throws IOException {
        writeCorpus(corpus, seededChineseEdition());
        BuildException refused = assertThrows(BuildException.class, () -> GraphBuild.fromCorpus(corpus,
                new GraphBuild.Options(GraphBuild.Options.DEFAULTS.maxSourceBytes(), true), m -> { }));
        assertTrue(refused.getMessage().contains("2 discrepancy(ies) between editions"), refused.getMessage());
    }

    /** The Chinese edition with the United Kingdom's reply (lines 53–59) taken out and Iran's date changed. */
    private static String seededChineseEdition() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(EDITIONS.resolve("a-65-154.zh-Hans.txt")));
        assertEquals("  大不列颠及北爱尔兰联合王国", lines.get(52));
        assertEquals("[2010 年 6 月 15 日]", lines.get(48));
        lines.set(48, "[2010 年 6 月 16 日]");
        lines.subList(52, 60).clear();
        return String.join("\n", lines) + "\n";
    }

    private static Dataset build(Path corpus, String chinese, List<String> messages) throws IOException {
        writeCorpus(corpus, chinese);
        return GraphBuild.fromCorpus(corpus, messages::add);
    }

    private static void writeCorpus(Path corpus, String chinese) throws IOException {
        Files.copy(EDITIONS.resolve("a-65-154.en.txt"), corpus.resolve("a-65-154.en.txt"));
        Files.writeString(corpus.resolve("a-65-154.zh-Hans.txt"), chinese, StandardCharsets.UTF_8);
        StringBuilder manifest = new StringBuilder("""
                @prefix ng: <https://w3id.org/normgraph/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix doc: <https://w3id.org/normgraph/id/document/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """);
        for (String[] edition : new String[][] {{"en", "en"}, {"zh", "zh-Hans"}}) {
            manifest.append("""

                    doc:%s-a-65-154 a ng:SourceDocument ;
                        ng:sourceFile "a-65-154.%s.txt" ;
                        dcterms:title "A/65/154 (%s edition, test rendering)"@en ;
                        dcterms:publisher "United Nations, Secretary-General" ;
                        dcterms:format "text/plain" ;
                        dcterms:date "2010"^^xsd:gYear ;
                        dcterms:language "%s" ;
                        ng:genre ng:SecretaryGeneralReport ;
                        ng:forum <https://w3id.org/normgraph/id/forum/UNGA-C1> ;
                        ng:extractor "sg-report-replies" .
                    """.formatted(edition[0], edition[1], edition[1], edition[1]));
        }
        Files.writeString(corpus.resolve("manifest.ttl"), manifest, StandardCharsets.UTF_8);
    }

    private static List<String> column(Dataset graph, String query, String variable) {
        List<String> values = new ArrayList<>();
        graph.begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.model(graph.getUnionModel()).query(PREFIXES + query).build()) {
            q.execSelect().forEachRemaining(row -> values.add(row.get(variable).isLiteral()
                    ? row.getLiteral(variable).getLexicalForm() : row.getResource(variable).getURI()));
        } finally {
            graph.end();
        }
        return values;
    }
}
