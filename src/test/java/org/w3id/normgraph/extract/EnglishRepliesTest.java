package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.segment.ReplyLanguage;

/**
 * The English edition of a compilation of replies ({@code src/test/resources/sg-report-editions/a-65-154.en.txt},
 * in the UN's English layout): each reply's actor, date and original language on the lines checked by hand
 * ({@code expected/sg-replies-a-65-154.en.tsv}), the resolution the replies answer, the stances of Cuba (line 38)
 * and the European Union (line 80) but none in Australia's courtesy (welcomes the opportunity), the same replies without blank lines between paragraphs, and the replies in the graph that a build of a
 * corpus with an English manifest entry makes.
 */
class EnglishRepliesTest {

    private static final EditionFixture EDITION = EditionFixture.of("en");

    @Test
    void sixRepliesWithActorLanguageAndDateOnTheCheckedLines() {
        EDITION.assertTheSixCheckedReplies();
    }

    @Test
    void theRepliesAnswerResolution64Slash25AsTheIntroductionSays() {
        EDITION.assertTheRepliesAnswer64Slash25("resolution 64/25");
    }

    @Test
    void subsectionsFootnotesReferencesAndStancesAreRead() {
        EDITION.assertSubsectionsFootnotesReferencesAndStances(
                List.of("CUB|A/65/201|33", "INTRO|A/RES/64/25|16", "RUS|A/RES/64/25|56"),
                List.of("AUS General appreciation of the issues of information security @45",
                "RUS A. General appreciation of the issues of information security @54"),
                List.of("CUB supports supports [the work of the Group of Governmental Experts] @38",
                        "EU supports welcomes [the report of the Group of Governmental Experts] @80"));
    }

    @Test
    void theNamesOfLanguagesInOriginalLinesAreTheJdksEnglishNames() {
        LanguageNames names = LanguageNames.bundled(ReplyLanguage.of("en").languageNames());
        for (String name : names.knownNames().split("、")) {
            String code = names.code(name).orElseThrow();
            assertEquals(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH), name);
        }
        assertEquals(6, names.knownNames().split("、").length);
    }

    @Test
    void anEnglishDateIsReadWithTheJdksMonthNamesAndAnImpossibleOneIsRefused() {
        String text = """
                I. Introduction

                1. In its resolution 64/25, the General Assembly invited Member States to inform the Secretary-General.

                II. Replies received from Governments

                Cuba

                [Original: Spanish]
                [%s]

                1. Text.
                """;
        assertEquals("2010-09-30", EDITION.date(text, "30 September 2010"));
        assertEquals(10, EDITION.refusedDateLine(text, "31 June 2010"));
    }

    @Test
    void withoutBlankLinesBetweenParagraphsTheRepliesAreTheSame() {
        EDITION.assertWithoutBlankLinesTheRepliesAreTheSame();
    }

    /**
     * An addendum builds: its replies are statements with their speakers and dates, none says what it answers, and
     * the reading summary warns at its first reply that no introduction cites the resolution; --strict stops there.
     */
    @Test
    void anAddendumBuildsItsRepliesAndWarnsThatItCitesNoResolution(@TempDir Path corpus) throws IOException {
        String printed = EDITION.rendering();
        String addendum = EditionRewrapTest.addendumOf(printed, EDITION.findings(printed));
        int firstReply = EDITION.findings(addendum).replies().get(0).heading().firstLine();
        Files.writeString(corpus.resolve("addendum.en.txt"), addendum, StandardCharsets.UTF_8);
        EditionFixture.writeManifest(corpus, "un-sg-report-a-65-154-add-1", "addendum.en.txt", "en",
                "Developments in the field of information and telecommunications (A/65/154/Add.1)",
                "United Nations, Secretary-General");
        List<String> progress = new ArrayList<>();
        Dataset graph = GraphBuild.fromCorpus(corpus, progress::add);
        assertEquals(List.of("warning: addendum.en.txt:" + firstReply + ": no introduction cites the resolution"),
                progress.stream().filter(l -> l.startsWith("warning: ")).map(l -> l.substring(0, l.indexOf(" that the")))
                        .map(l -> l.replaceAll("warning: .*/", "warning: ")).toList(), progress.toString());
        graph.begin(ReadWrite.READ);
        try (QueryExecution replies = QueryExecution.dataset(graph).query("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT (COUNT(?reply) AS ?replies) (COUNT(?answered) AS ?answering) { GRAPH ?g {
                  ?reply a ng:Statement ; ng:speaker ?speaker . OPTIONAL { ?reply ng:respondsTo ?answered } } }""")
                .build()) {
            var row = replies.execSelect().next();
            assertEquals(EDITION.findings(printed).replies().size(), row.getLiteral("replies").getInt());
            assertEquals(0, row.getLiteral("answering").getInt());
        } finally {
            graph.end();
        }
        assertThrows(RuntimeException.class, () -> GraphBuild.fromCorpus(corpus,
                new GraphBuild.Options(GraphBuild.Options.DEFAULTS.maxSourceBytes(), true), l -> { }));
    }

    @Test
    void aCorpusWithAnEnglishEditionBuildsItsReplies(@TempDir Path corpus) throws IOException {
        EDITION.assertACorpusOfTheEditionBuildsItsReplies(corpus,
                "Developments in the field of information and telecommunications in the context of international security (report of the Secretary-General, A/65/154)",
                "United Nations, Secretary-General");
    }
}
