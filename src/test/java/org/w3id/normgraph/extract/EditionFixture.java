package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * One language's edition of the compilation of replies A/65/154 ({@code src/test/resources/sg-report-editions/
 * a-65-154.LANG.txt}) and its facts checked by hand ({@code expected/sg-replies-a-65-154.LANG.tsv}): read as the
 * build reads it, and the checks that every edition must pass, whatever its language.
 */
final class EditionFixture {

    static final String ID = "un-sg-report-a-65-154";

    private final String language;
    private final Path rendering;
    private final Path expected;

    private EditionFixture(String language) {
        this.language = language;
        this.rendering = Path.of("src/test/resources/sg-report-editions/a-65-154." + language + ".txt");
        this.expected = Path.of("src/test/resources/expected/sg-replies-a-65-154." + language + ".tsv");
    }

    static EditionFixture of(String language) {
        return new EditionFixture(language);
    }

    String rendering() {
        try {
            return Files.readString(rendering, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The replies in a text of this language, read through the reader's normalisation, the segmenter and extractor. */
    ReplyFindings findings(String text) {
        ReplyLanguage reading = ReplyLanguage.of(language);
        return new ReplyExtractor(ReferenceData.bundled(), reading)
                .extract(ReplySegmenter.segment(SourceText.of(ID, PlainTextReaderAccess.normalise(text)), reading));
    }

    ReplyFindings findings() {
        return findings(rendering());
    }

    /** The date of the one reply in {@code template} with its date line filled by {@code written}. */
    String date(String template, String written) {
        return findings(template.formatted(written)).replies().get(0).date().toString();
    }

    /** The line of the error that a date the reader must refuse gives. */
    int refusedDateLine(String template, String written) {
        return assertThrows(LayoutException.class, () -> findings(template.formatted(written)), written).line();
    }

    /** The rows checked by hand: {@code actor|heading line|original language|its line|date|its line}. */
    Set<String> expectedRows() {
        try {
            return Files.readAllLines(expected, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.replace('\t', '|')).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checked rows without line numbers: {@code actor|original language|date}. */
    private Set<String> expectedReplies() {
        Set<String> replies = new TreeSet<>();
        expectedRows().forEach(r -> {
            String[] cells = r.split("\\|");
            replies.add(cells[0] + "|" + cells[2] + "|" + cells[4]);
        });
        return replies;
    }

    /** The actor that each of the bundled names in {@code locale} stands for, by its code. */
    static Map<String, String> actorCodes(Locale locale) {
        Map<String, String> codes = new HashMap<>();
        ReferenceData.bundled().namesIn(locale).forEach(n -> codes.put(n.name(), n.actor().code()));
        return codes;
    }

    static List<String> sections(ReplyFindings findings) {
        List<String> sections = new ArrayList<>();
        findings.replies().forEach(r -> r.parts().stream().filter(p -> p.kind() == ReplyPart.Kind.SECTION)
                .forEach(p -> sections.add(r.code() + " " + p.heading() + " @" + p.firstLine())));
        return sections;
    }

    /** The citations of UN documents, less the report's own symbol in the introduction. */
    static List<String> citedDocuments(ReplyFindings findings) {
        return List.copyOf(SgReportRepliesTest.referenceRows(findings)).stream()
                .filter(r -> !r.startsWith("INTRO|A/65/154")).toList();
    }

    void assertTheSixCheckedReplies() {
        assertEquals(6, expectedRows().size());
        assertEquals(expectedRows(), SgReportRepliesTest.replyRows(findings()));
    }

    /** The introduction names resolution 64/25, in {@code words}, on line 16. */
    void assertTheRepliesAnswer64Slash25(String words) {
        ReplyFindings findings = findings();
        assertEquals("A/RES/64/25", findings.respondsTo().orElseThrow().target());
        assertEquals(16, findings.respondsTo().orElseThrow().words().firstLine());
        assertEquals(words, findings.respondsTo().orElseThrow().words().text());
    }

    /**
     * The stances ({@code ACTOR relation rule [object] @cue's line}; none in the languages whose stances are not read
     * yet), Cuba's one footnote, the documents cited and the subsections.
     */
    void assertSubsectionsFootnotesReferencesAndStances(List<String> cited, List<String> sections,
            List<String> stances) {
        ReplyFindings findings = findings();
        assertEquals(stances, findings.replies().stream().flatMap(r -> r.stances().stream().map(s -> r.code() + " "
                + s.stance().relation().localName() + " " + s.stance().rule() + " [" + s.stance().object().text()
                + "] @" + s.stance().cue().firstLine())).toList());
        assertEquals(1, findings.replies().get(0).footnotes().size());
        assertEquals(cited, citedDocuments(findings));
        assertEquals(sections, sections(findings));
    }

    /**
     * With the titles of its two sections of replies printed otherwise ({@code titles}: each title of the rendering
     * and its replacement, on the same line), the rendering gives the replies checked by hand, on the same lines,
     * the European Union's still in the section of intergovernmental organizations (else its actor's kind is refused).
     */
    void assertTheSameRepliesUnderOtherSectionTitles(Map<String, String> titles) {
        String text = rendering();
        for (var title : titles.entrySet()) {
            assertTrue(text.contains(title.getKey()), title.getKey());
            text = text.replace(title.getKey(), title.getValue());
        }
        assertEquals(expectedRows(), SgReportRepliesTest.replyRows(findings(text)), titles.values().toString());
    }

    /**
     * With Cuba's language line ({@code line}) naming two languages ({@code twoLanguages}), Cuba's reply has both
     * ({@code codes}, in the order named) and every other reply is as checked by hand.
     */
    void assertTwoLanguagesOnOneLine(String line, String twoLanguages, String codes) {
        String text = rendering();
        assertTrue(text.contains(line + "\n"), line);
        Set<String> expected = new TreeSet<>();
        expectedRows().forEach(r -> expected.add(r.startsWith("CUB|") ? r.replaceFirst("^(CUB\\|\\d+\\|)[a-z]{2}\\|", "$1"
                + codes + "|") : r));
        assertEquals(expected, SgReportRepliesTest.replyRows(findings(text.replace(line + "\n", twoLanguages + "\n"))));
    }

    void assertWithoutBlankLinesTheRepliesAreTheSame() {
        String packed = rendering().lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n", "", "\n"));
        ReplyFindings findings = findings(packed);
        Set<String> replies = new TreeSet<>();
        findings.replies().forEach(r -> replies.add(r.code() + "|" + r.language() + "|" + r.date()));
        assertEquals(expectedReplies(), replies);
        assertEquals("A/RES/64/25", findings.respondsTo().orElseThrow().target());
    }

    /**
     * Builds a corpus of this edition alone, with a manifest entry in its language, and checks the graph: one
     * statement per checked reply with its speaker, date and original language, answering a resolution, and every
     * word of the edition tagged with its language.
     */
    void assertACorpusOfTheEditionBuildsItsReplies(Path corpus, String title, String publisher) throws IOException {
        Files.copy(rendering, corpus.resolve(ID + "." + language + ".txt"));
        writeManifest(corpus, ID, ID + "." + language + ".txt", language, title, publisher);
        Dataset graph = GraphBuild.fromCorpus(corpus, m -> { });
        Set<String> found = new TreeSet<>();
        List<String> languages = new ArrayList<>();
        graph.begin(ReadWrite.READ);
        try (QueryExecution replies = QueryExecution.dataset(graph).query("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?speaker ?date ?language ?answered { GRAPH ?g { ?reply a ng:Statement ; ng:speaker ?speaker ;
                  dcterms:date ?date ; dcterms:language ?language ; ng:respondsTo ?answered } }""").build();
             QueryExecution texts = QueryExecution.dataset(graph).query("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT DISTINCT ?language { GRAPH ?g { ?part ng:text ?text } BIND(lang(?text) AS ?language) }""")
                     .build()) {
            replies.execSelect().forEachRemaining(row -> found.add(row.getResource("speaker").getURI()
                    .replaceAll(".*/", "") + "|" + row.getLiteral("language").getLexicalForm() + "|"
                    + row.getLiteral("date").getLexicalForm() + "|" + row.getResource("answered").getURI()
                    .replaceAll(".*/document/", "")));
            texts.execSelect().forEachRemaining(row -> languages.add(row.getLiteral("language").getString()));
        } finally {
            graph.end();
        }
        assertEquals(List.of(language), languages, "the words of the edition are tagged " + language);
        Set<String> expectedReplies = expectedReplies().stream().map(r -> r + "|")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedReplies.size(), found.size(), found.toString());
        assertEquals(expectedReplies, found.stream().map(f -> f.substring(0, f.lastIndexOf('|') + 1))
                .collect(Collectors.toCollection(TreeSet::new)), found.toString());
    }

    /** A manifest of one compilation of replies, in {@code language}, read by the sg-report-replies genre. */
    static void writeManifest(Path corpus, String documentId, String file, String language, String title,
            String publisher) throws IOException {
        Files.writeString(corpus.resolve("manifest.ttl"), """
                @prefix ng: <https://w3id.org/normgraph/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix doc: <https://w3id.org/normgraph/id/document/> .

                doc:%1$s
                    a ng:SourceDocument ;
                    ng:sourceFile "%5$s" ;
                    dcterms:title "%3$s"@%2$s ;
                    dcterms:publisher "%4$s" ;
                    dcterms:date "2010"^^xsd:gYear ;
                    dcterms:language "%2$s" ;
                    dcterms:format "text/plain" ;
                    ng:genre ng:SecretaryGeneralReport ;
                    ng:forum <https://w3id.org/normgraph/id/forum/UNGA-C1> ;
                    ng:extractor "sg-report-replies" .
                """.formatted(documentId, language, title, publisher, file), StandardCharsets.UTF_8);
    }
}
