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
 * The Arabic edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.ar.txt}, in
 * the UN's Arabic layout): each reply's actor (CLDR's Arabic names and the UN's own), date ({@code [1 حزيران/يونيه
 * 2010]}, the month named twice, with Latin or Arabic-Indic digits) and original language
 * ({@code [الأصل: بالإسبانية]}) on the lines checked by hand ({@code expected/sg-replies-a-65-154.ar.tsv}), the
 * resolution the replies answer, no stances (read in Chinese only), the same replies without blank lines between
 * paragraphs and with the marks that converters of right-to-left text add, and the replies in the graph that a
 * build of a corpus with an Arabic manifest entry makes.
 */
class ArabicRepliesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final Path FILE = Path.of("src/test/resources/sg-report-editions/a-65-154.ar.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/expected/sg-replies-a-65-154.ar.tsv");
    private static final String ID = "un-sg-report-a-65-154";

    private static ReplyFindings findings(String text) {
        ReplyLanguage arabic = ReplyLanguage.of("ar");
        return new ReplyExtractor(ReferenceData.bundled(), arabic)
                .extract(ReplySegmenter.segment(SourceText.of(ID, PlainTextReaderAccess.normalise(text)), arabic));
    }

    private static Set<String> expectedRows() throws IOException {
        return Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.replace('\t', '|')).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> sections(ReplyFindings findings) {
        List<String> sections = new ArrayList<>();
        findings.replies().forEach(r -> r.parts().stream().filter(p -> p.kind() == ReplyPart.Kind.SECTION)
                .forEach(p -> sections.add(r.code() + " " + p.heading() + " @" + p.firstLine())));
        return sections;
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
        assertEquals("قرارها 64/25", findings.respondsTo().words().text());
    }

    @Test
    void subsectionsFootnotesAndReferencesAreReadButNoStances() throws IOException {
        ReplyFindings findings = findings(Files.readString(FILE, StandardCharsets.UTF_8));
        assertTrue(findings.replies().stream().allMatch(r -> r.stances().isEmpty()), "stances are read in Chinese only");
        ReplyFacts cuba = findings.replies().get(0);
        assertEquals(1, cuba.footnotes().size());
        assertEquals(33, cuba.footnotes().get(0).firstLine());
        assertEquals(List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.copyOf(SgReportRepliesTest.referenceRows(findings)).stream()
                        .filter(r -> !r.startsWith("INTRO|A/65/154")).toList());
        assertEquals(List.of("AUS التقييم العام لمسائل أمن المعلومات @45",
                "RUS ألف - التقييم العام لمسائل أمن المعلومات @54"), sections(findings));
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksArabicNamesAndTheUnsSpellingOfEnglish() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("ar").languageNames());
        List<String> notCldr = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            codes.add(code);
            if (!Locale.forLanguageTag(code).getDisplayLanguage(ARABIC).equals(name)) {
                notCldr.add(name);
            }
        }
        assertEquals(Set.of("ar", "en", "es", "fr", "ru", "zh"), codes);
        assertEquals(List.of("الإنكليزية"), notCldr, "only the UN's spelling of English differs from CLDR");
        assertEquals("الإنجليزية", Locale.ENGLISH.getDisplayLanguage(ARABIC));
    }

    @Test
    void anArabicDateIsReadWithBothMonthNamesOrOneAndAnyDigitsAndAWrongOneIsRefused() {
        String text = """
                أولا - مقدمة

                1 - في قرارها 64/25، دعت الجمعية العامة الدول الأعضاء إلى موافاة الأمين العام بآرائها.

                ثانيا - الردود الواردة من الحكومات

                كوبا

                [الأصل: بالإسبانية]
                [%s]

                1 - نص.
                """;
        assertEquals("2010-09-30", date(text, "30 أيلول/سبتمبر 2010"));
        assertEquals("2010-01-12", date(text, "12 كانون الثاني/يناير 2010"));
        assertEquals("2010-12-12", date(text, "12 كانون الأول/ديسمبر 2010"));
        assertEquals("2010-06-01", date(text, "1 حزيران/يونيه 2010"));
        assertEquals("2010-07-01", date(text, "1 تموز/يوليو 2010"), "CLDR's spelling of July");
        assertEquals("2010-05-27", date(text, "27 مايو 2010"), "the Egyptian name alone");
        assertEquals("2010-05-27", date(text, "27 أيار / مايو  2010"), "spaces around the slash");
        assertEquals("2010-02-01", date(text, "١ شباط/فبراير ٢٠١٠"), "Arabic-Indic digits");
        assertEquals("2010-06-15", date(text, "۱۵ حزيران/يونيه ۲۰۱۰"), "Eastern Arabic-Indic digits");
        assertEquals("2010-05-27", date(text, "\u200f27\u200f أيار/مايو \u200e2010\u200e"), "direction marks");
        assertEquals("2010-05-27", date(text.replace("[%s]", "]%s["), "27 أيار/مايو 2010"), "mirrored brackets");
        for (String wrong : List.of("31 حزيران/يونيه 2010", "27 أيار/يونيه 2010")) {
            LayoutException e = org.junit.jupiter.api.Assertions.assertThrows(LayoutException.class,
                    () -> findings(text.formatted(wrong)), wrong);
            assertEquals(10, e.line(), wrong);
        }
    }

    private static String date(String text, String written) {
        return findings(text.formatted(written)).replies().get(0).date().toString();
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
    void withArabicIndicDigitsTatweelAndDirectionMarksTheFactsAreTheSame() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        StringBuilder marked = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("[")) {
                // dates in Arabic-Indic digits, brackets wrapped in right-to-left marks
                line = "\u200f" + arabicIndic(line, '\u0660').replace("]", "]\u200f");
            } else if (line.matches("\\d - .*")) {
                line = arabicIndic(line.substring(0, 1), '\u06f0') + line.substring(1);
            }
            marked.append(line.replace("ألف - ", "ألـــف - ").replace("الأمم المتحدة", "الأمــم المتحـدة"))
                    .append('\n');
        }
        String variant = marked.substring(0, marked.length() - 1);
        assertTrue(variant.contains("[\u0661\u0660 "), variant);
        ReplyFindings findings = findings(variant);
        assertEquals(expectedRows(), SgReportRepliesTest.replyRows(findings));
        assertEquals(List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56", "RUS|A/RES/65/41|56"),
                List.copyOf(SgReportRepliesTest.referenceRows(findings)).stream()
                        .filter(r -> !r.startsWith("INTRO|A/65/154")).toList());
        assertEquals(sections(findings(text)), sections(findings));
    }

    private static String arabicIndic(String line, char zero) {
        StringBuilder out = new StringBuilder();
        line.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
        return out.toString();
    }

    @Test
    void theReaderMakesEveryScriptsDigitsAsciiDropsDirectionMarksAndTatweelAndUnshapesLetters() {
        assertEquals("2010 2010 2010\nباء - ", PlainTextReaderAccess.normalise(
                "\u0662\u0660\u0661\u0660 \u06f2\u06f0\u06f1\u06f0 ２０１０\n\u200fب\u0640\u0640\u0640اء - \u200e"));
        assertEquals("[27 أيار/مايو 2010]",
                PlainTextReaderAccess.normalise("\u202b[\u200f27 أيار/مايو \u0662\u0660\u0661\u0660]\u202c"));
        // كوبا and الاتحاد in the shapes of the letters (presentation forms), with the ligature ﻻ for لا
        assertEquals("كوبا الاتحاد", PlainTextReaderAccess.normalise(
                "\ufedb\ufeee\ufe91\ufe8e \ufe8d\ufefb\ufe97\ufea4\ufe8e\ufeaa"));
    }

    @Test
    void actorsAreNamedByCldrsArabicNamesOrTheUnsOwn() {
        ReplyLanguage arabic = ReplyLanguage.of("ar");
        assertEquals("كوبا|أستراليا", new Locale("", "CU").getDisplayCountry(ARABIC) + "|"
                + new Locale("", "AU").getDisplayCountry(ARABIC));
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        ReferenceData.bundled().namesIn(ARABIC).forEach(n -> codes.put(n.name(), n.actor().code()));
        assertEquals("RUS", codes.get("الاتحاد الروسي"));
        assertEquals("RUS", codes.get("روسيا"));
        assertEquals("GBR", codes.get("المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية"));
        assertEquals("GBR", codes.get("المملكة المتحدة"));
        assertEquals("IRN", codes.get("جمهورية إيران الإسلامية"));
        assertEquals("IRN", codes.get("إيران"));
        assertEquals("USA", codes.get("الولايات المتحدة الأمريكية"));
        assertEquals("USA", codes.get("الولايات المتحدة"));
        assertEquals("EU", codes.get("الاتحاد الأوروبي"));
        assertEquals("ar", arabic.actorNames());
    }

    @Test
    void aCorpusWithAnArabicEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        Files.copy(FILE, corpus.resolve(ID + ".ar.txt"));
        Files.writeString(corpus.resolve("manifest.ttl"), """
                @prefix ng: <https://w3id.org/normgraph/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix doc: <https://w3id.org/normgraph/id/document/> .

                doc:%s
                    a ng:SourceDocument ;
                    ng:sourceFile "%s.ar.txt" ;
                    dcterms:title "التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي (تقرير الأمين العام، A/65/154)"@ar ;
                    dcterms:publisher "الأمم المتحدة، الأمين العام" ;
                    dcterms:date "2010"^^xsd:gYear ;
                    dcterms:language "ar" ;
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
                assertEquals(List.of("ar"), languages, "the words of an Arabic edition are tagged ar");
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
