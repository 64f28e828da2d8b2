package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The Russian edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.ru.txt}, in
 * the UN's Russian layout): each reply's actor (CLDR's Russian names and the UN's own), date
 * ({@code [1 июня 2010 года]}, the month in the genitive) and original language
 * ({@code [Подлинный текст на испанском языке]}) on the lines checked by hand
 * ({@code expected/sg-replies-a-65-154.ru.tsv}), the resolution the replies answer, no stances (read in Chinese
 * only), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with a Russian manifest entry makes.
 */
class RussianRepliesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Path FILE = Path.of("src/test/resources/sg-report-editions/a-65-154.ru.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/expected/sg-replies-a-65-154.ru.tsv");
    private static final String ID = "un-sg-report-a-65-154";

    private static ReplyFindings findings(String text) {
        ReplyLanguage russian = ReplyLanguage.of("ru");
        return new ReplyExtractor(ReferenceData.bundled(), russian)
                .extract(ReplySegmenter.segment(SourceText.of(ID, PlainTextReaderAccess.normalise(text)), russian));
    }

    private static Set<String> expectedRows() throws IOException {
        return Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.replace('\t', '|')).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() throws IOException {
        ReplyFindings findings = findings(Files.readString(FILE, StandardCharsets.UTF_8));
        assertEquals(6, expectedRows().size());
        assertEquals(expectedRows(), SgReportRepliesTest.replyRows(findings));
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() throws IOException {
        ReplyFindings findings = findings(Files.readString(FILE, StandardCharsets.UTF_8));
        assertEquals("A/RES/64/25", findings.respondsTo().target());
        assertEquals(16, findings.respondsTo().words().firstLine());
        assertEquals("резолюции 64/25", findings.respondsTo().words().text());
    }

    @Test
    void subsectionsFootnotesAndReferencesAreReadButNoStances() throws IOException {
        ReplyFindings findings = findings(Files.readString(FILE, StandardCharsets.UTF_8));
        assertTrue(findings.replies().stream().allMatch(r -> r.stances().isEmpty()), "stances are read in Chinese only");
        ReplyFacts cuba = findings.replies().get(0);
        assertEquals(1, cuba.footnotes().size());
        assertEquals(List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.copyOf(SgReportRepliesTest.referenceRows(findings)).stream()
                        .filter(r -> !r.startsWith("INTRO|A/65/154")).toList());
        List<String> sections = new ArrayList<>();
        findings.replies().forEach(r -> r.parts().stream().filter(p -> p.kind() == ReplyPart.Kind.SECTION)
                .forEach(p -> sections.add(r.code() + " " + p.heading() + " @" + p.firstLine())));
        assertEquals(List.of("AUS Общая оценка проблем информационной безопасности @45",
                "RUS A. Общая оценка проблем информационной безопасности @54"), sections);
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksRussianNamesInThePrepositional() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("ru").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            String nominative = Locale.forLanguageTag(code).getDisplayLanguage(RUSSIAN);
            assertTrue(nominative.endsWith("ий"), nominative);
            assertEquals(nominative.substring(0, nominative.length() - 2) + "ом", name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void aRussianDateIsReadWithTheJdksGenitiveMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. В своей резолюции 64/25 Генеральная Ассамблея предложила государствам-членам информировать.

                II. Ответы, полученные от правительств

                Куба

                [Подлинный текст на испанском языке]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30", findings(text.formatted("30 сентября 2010 года")).replies().get(0).date().toString());
        assertEquals("2010-06-01", findings(text.formatted("1 июня 2010 года")).replies().get(0).date().toString());
        assertEquals("2010-02-01",
                findings(text.formatted("1\u00a0февраля  2010 года")).replies().get(0).date().toString());
        LayoutException nominative = org.junit.jupiter.api.Assertions.assertThrows(LayoutException.class,
                () -> findings(text.formatted("1 июнь 2010 года")));
        assertEquals(10, nominative.line());
        LayoutException e = org.junit.jupiter.api.Assertions.assertThrows(LayoutException.class,
                () -> findings(text.formatted("31 июня 2010 года")));
        assertEquals(10, e.line());
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        String packed = text.lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n", "", "\n"));
        Set<String> replies = new TreeSet<>();
        findings(packed).replies().forEach(r -> replies.add(r.code() + "|" + r.language() + "|" + r.date()));
        Set<String> expected = new TreeSet<>();
        expectedRows().forEach(r -> {
            String[] cells = r.split("\\|");
            expected.add(cells[0] + "|" + cells[2] + "|" + cells[4]);
        });
        assertEquals(expected, replies);
        assertEquals("A/RES/64/25", findings(packed).respondsTo().target());
    }

    @Test
    void actorsAreNamedByCldrsRussianNamesOrTheUnsOwn() {
        ReplyLanguage russian = ReplyLanguage.of("ru");
        assertEquals("Куба|Австралия", new Locale("", "CU").getDisplayCountry(RUSSIAN) + "|"
                + new Locale("", "AU").getDisplayCountry(RUSSIAN));
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        ReferenceData.bundled().namesIn(RUSSIAN).forEach(n -> codes.put(n.name(), n.actor().code()));
        assertEquals("RUS", codes.get("Российская Федерация"));
        assertEquals("RUS", codes.get("Россия"));
        assertEquals("GBR", codes.get("Соединенное Королевство Великобритании и Северной Ирландии"));
        assertEquals("GBR", codes.get("Великобритания"));
        assertEquals("IRN", codes.get("Иран (Исламская Республика)"));
        assertEquals("IRN", codes.get("Иран"));
        assertEquals("EU", codes.get("Европейский союз"));
        assertEquals("ru", russian.actorNames());
    }

    @Test
    void aCorpusWithARussianEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        Files.copy(FILE, corpus.resolve(ID + ".ru.txt"));
        Files.writeString(corpus.resolve("manifest.ttl"), """
                @prefix ng: <https://w3id.org/normgraph/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix doc: <https://w3id.org/normgraph/id/document/> .

                doc:%s
                    a ng:SourceDocument ;
                    ng:sourceFile "%s.ru.txt" ;
                    dcterms:title "Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности (доклад Генерального секретаря, A/65/154)"@ru ;
                    dcterms:publisher "Организация Объединенных Наций, Генеральный секретарь" ;
                    dcterms:date "2010"^^xsd:gYear ;
                    dcterms:language "ru" ;
                    dcterms:format "text/plain" ;
                    ng:genre ng:SecretaryGeneralReport ;
                    ng:forum <https://w3id.org/normgraph/id/forum/UNGA-C1> ;
                    ng:extractor "sg-report-replies" .
                """.formatted(ID, ID), StandardCharsets.UTF_8);
        Dataset graph = GraphBuild.fromCorpus(corpus, m -> { });
        Set<String> found = new TreeSet<>();
        graph.begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.dataset(graph).query("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?speaker ?date ?language ?answered { GRAPH ?g { ?reply a ng:Statement ; ng:speaker ?speaker ;
                  dcterms:date ?date ; dcterms:language ?language ; ng:respondsTo ?answered } }""").build()) {
            q.execSelect().forEachRemaining(row -> found.add(row.getResource("speaker").getURI()
                    .replaceAll(".*/", "") + "|" + row.getLiteral("language").getLexicalForm() + "|"
                    + row.getLiteral("date").getLexicalForm() + "|" + row.getResource("answered").getURI()
                    .replaceAll(".*/document/", "")));
            try (QueryExecution texts = QueryExecution.dataset(graph).query("""
                    PREFIX ng: <https://w3id.org/normgraph/ontology#>
                    SELECT DISTINCT ?language { GRAPH ?g { ?part ng:text ?text } BIND(lang(?text) AS ?language) }""")
                    .build()) {
                List<String> languages = new ArrayList<>();
                texts.execSelect().forEachRemaining(row -> languages.add(row.getLiteral("language").getString()));
                assertEquals(List.of("ru"), languages, "the words of a Russian edition are tagged ru");
            }
        } finally {
            graph.end();
        }
        Set<String> expected = new TreeSet<>();
        expectedRows().forEach(r -> {
            String[] cells = r.split("\\|");
            expected.add(cells[0] + "|" + cells[2] + "|" + cells[4] + "|");
        });
        assertEquals(expected.size(), found.size(), found.toString());
        assertEquals(expected, found.stream().map(f -> f.substring(0, f.lastIndexOf('|') + 1))
                .collect(Collectors.toCollection(TreeSet::new)), found.toString());
    }
}
