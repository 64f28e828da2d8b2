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
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.genre.Genres;
import org.w3id.normgraph.genre.paragraphs.ParagraphCountGenre;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.reader.CorpusException;

/**
 * Genres plug into the build through one seam: a genre that only the test class path registers builds a corpus,
 * in the languages it declares, and a document in another language is refused with the languages it reads.
 */
class GenreSeamTest {

    @TempDir
    Path corpus;

    private void corpusOf(String language) throws IOException {
        Files.writeString(corpus.resolve("minutes.en.txt"), """
                Summary record of the first meeting

                The Chair opened the meeting.
                The agenda was adopted.

                The meeting rose at 1 p.m.
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("manifest.ttl"), """
                @prefix ng: <https://w3id.org/normgraph/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/normgraph/test#SummaryRecord> a ng:Genre .
                <https://w3id.org/normgraph/id/document/minutes-1>
                    a ng:SourceDocument ;
                    ng:sourceFile "minutes.en.txt" ;
                    dcterms:title "Summary record of the first meeting"@en ;
                    dcterms:publisher "United Nations" ;
                    dcterms:date "2024"^^xsd:gYear ;
                    ng:genre <https://w3id.org/normgraph/test#SummaryRecord> ;
                    dcterms:language "%s" ;
                    ng:extractor "paragraph-count" .
                """.formatted(language), StandardCharsets.UTF_8);
    }

    @Test
    void aGenreOnTheClassPathIsFoundBesideTheBundledOnes() {
        assertEquals(List.of("ahc-draft-convention", "paragraph-count", "process-report-statements",
                "sg-report-replies"), Genres.onClassPath().names());
    }

    @Test
    void aGenreThatOnlyTheTestsRegisterBuildsACorpusWithoutAChangeToThePipeline() throws IOException {
        corpusOf("en-GB");
        List<String> progress = new ArrayList<>();
        Dataset graph = GraphBuild.fromCorpus(corpus, progress::add);
        Model facts = graph.getNamedModel(Iris.extractedGraph("minutes-1"));
        assertEquals(3, facts.listObjectsOfProperty(facts.createProperty(ParagraphCountGenre.PARAGRAPHS)).next()
                .asLiteral().getInt());
        assertTrue(progress.contains("minutes-1 read in en"), progress.toString());
    }

    @Test
    void aDocumentInALanguageTheGenreDoesNotReadIsRefusedWithTheLanguagesItReads() throws IOException {
        corpusOf("de");
        CorpusException e = assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
        assertEquals(corpus.resolve("manifest.ttl") + ": document minutes-1 is in \"de\"; the paragraph-count"
                + " extractor reads en, fr (dcterms:language)", e.getMessage());
    }

    @Test
    void anUnknownGenreIsRefusedWithTheGenresThatAreKnown() throws IOException {
        corpusOf("en");
        Files.writeString(corpus.resolve("manifest.ttl"), Files.readString(corpus.resolve("manifest.ttl"))
                .replace("\"paragraph-count\"", "\"verbatim-records\""));
        CorpusException e = assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
        assertTrue(e.getMessage().endsWith("document minutes-1 names unknown extractor \"verbatim-records\" (known:"
                + " ahc-draft-convention, paragraph-count, process-report-statements, sg-report-replies)"),
                e.getMessage());
    }
}
