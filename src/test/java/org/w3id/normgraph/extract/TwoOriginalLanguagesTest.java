package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.GraphBuild;

/**
 * A Government may send its reply in two languages, and the edition names both on the reply's language line, as
 * each language joins two names: English and French, anglais et français, español e inglés (y before any other
 * sound), на английском и французском языках (the plural языках), بالإنكليزية والفرنسية (و joined to the second
 * name), 英文和法文. Cuba's line in each rendering of A/65/154 is printed so; its reply has both codes in the order
 * named, every other reply stays as checked by hand. In the graph the reply has one {@code dcterms:language} for
 * each, which the published shapes allow.
 */
class TwoOriginalLanguagesTest {

    @Test
    void theGraphGivesTheReplyBothLanguages(@TempDir Path corpus) throws IOException {
        EditionFixture edition = EditionFixture.of("en");
        String file = EditionFixture.ID + ".en.txt";
        Files.writeString(corpus.resolve(file), edition.rendering().replace("[Original: Spanish]\n",
                "[Original: Spanish and English]\n"), StandardCharsets.UTF_8);
        EditionFixture.writeManifest(corpus, EditionFixture.ID, file, "en", "Developments", "United Nations");
        Dataset graph = GraphBuild.fromCorpus(corpus, m -> { });
        Set<String> languages = new TreeSet<>();
        graph.begin(ReadWrite.READ);
        try (QueryExecution query = QueryExecution.dataset(graph).query("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?language { GRAPH ?g { ?reply ng:speaker <https://w3id.org/normgraph/id/state/CUB> ;
                  dcterms:language ?language } }""").build()) {
            query.execSelect().forEachRemaining(row -> languages.add(row.getLiteral("language").getString()));
        } finally {
            graph.end();
        }
        assertEquals(Set.of("en", "es"), languages);
    }

    @Test
    void english() {
        EditionFixture.of("en").assertTwoLanguagesOnOneLine("[Original: Spanish]", "[Original: Spanish and English]",
                "es,en");
        EditionFixture.of("en").assertTwoLanguagesOnOneLine("[Original: Spanish]", "[Original: Spanish, English]",
                "es,en");
    }

    @Test
    void french() {
        EditionFixture.of("fr").assertTwoLanguagesOnOneLine("[Original\u00A0: espagnol]",
                "[Original\u00A0: espagnol et anglais]", "es,en");
    }

    @Test
    void spanish() {
        EditionFixture.of("es").assertTwoLanguagesOnOneLine("[Original: español]", "[Original: español e inglés]",
                "es,en");
        EditionFixture.of("es").assertTwoLanguagesOnOneLine("[Original: español]", "[Original: inglés y español]",
                "en,es");
    }

    @Test
    void russian() {
        EditionFixture.of("ru").assertTwoLanguagesOnOneLine("[Подлинный текст на испанском языке]",
                "[Подлинный текст на испанском и английском языках]", "es,en");
    }

    @Test
    void arabic() {
        EditionFixture.of("ar").assertTwoLanguagesOnOneLine("[الأصل: بالإسبانية]", "[الأصل: بالإسبانية والإنكليزية]",
                "es,en");
    }

    @Test
    void chinese() {
        EditionFixture.of("zh-Hans").assertTwoLanguagesOnOneLine("[原件：西班牙文]", "[原件：西班牙文和英文]", "es,en");
    }
}
