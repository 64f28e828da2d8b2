package org.w3id.normgraph.genre.paragraphs;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.normgraph.genre.Genre;

/**
 * A genre that only the tests know, registered in the test class path's
 * {@code META-INF/services/org.w3id.normgraph.genre.Genre}: it counts a document's paragraphs (runs of lines
 * between blank lines), in English or French editions, to show that a genre plugs into the build without a change
 * to the pipeline.
 */
public final class ParagraphCountGenre implements Genre {

    public static final String NAME = "paragraph-count";
    public static final String PARAGRAPHS = "https://w3id.org/normgraph/test#paragraphs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "any text with paragraphs";
    }

    @Override
    public List<String> languages() {
        return List.of("en", "fr");
    }

    @Override
    public Reader newReader() {
        return (document, progress) -> {
            int paragraphs = 0;
            boolean inParagraph = false;
            for (int line = 1; line <= document.source().lineCount(); line++) {
                boolean blank = document.source().line(line).isBlank();
                if (!blank && !inParagraph) {
                    paragraphs++;
                }
                inParagraph = !blank;
            }
            progress.accept(document.documentId() + " read in " + document.language());
            Model facts = ModelFactory.createDefaultModel();
            facts.createResource(document.entry().iri()).addLiteral(facts.createProperty(PARAGRAPHS),
                    (long) paragraphs);
            return facts;
        };
    }
}
