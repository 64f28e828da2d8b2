package org.w3id.normgraph.genre;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;

/**
 * A genre of document that the build reads, such as the Secretary-General's compilations of replies of
 * Governments: the name a manifest gives it ({@code ng:extractor}), the languages of the editions it reads
 * ({@code dcterms:language}), and a reader that turns one document into its facts. Genres are found with Java's
 * {@link java.util.ServiceLoader}: a genre is added by listing its class in
 * {@code META-INF/services/org.w3id.normgraph.genre.Genre} on the class path, without a change to the pipeline.
 *
 * <pre>{@code
 * public final class MinutesGenre implements Genre {
 *     public String name() { return "meeting-minutes"; }
 *     public String description() { return "the minutes of a meeting"; }
 *     public List<String> languages() { return List.of("en", "fr"); }
 *     public Reader newReader() { return (document, progress) -> MinutesGraph.of(document); }
 * }
 * }</pre>
 */
public interface Genre {

    /** The name by which a manifest asks for this genre ({@code ng:extractor}). */
    String name();

    /** What a document of this genre is, for messages: "a compilation of replies of Governments". */
    String description();

    /**
     * The languages whose editions this genre reads, as BCP 47 tags ({@code zh-Hans}, {@code en}); a document's
     * {@code dcterms:language} must be one of them or a more specific tag of one ({@code en-GB} for {@code en}).
     */
    List<String> languages();

    /** A reader for one thread of the build: it may keep what it loaded (lexicons, gazetteers) between documents. */
    Reader newReader();

    /** Turns one document of the genre into its facts. */
    interface Reader {

        /**
         * The facts of {@code document}, in the graph of that document. What it cannot read is a
         * {@link org.w3id.normgraph.reader.CorpusException} or a {@link org.w3id.normgraph.segment.LayoutException}
         * that names the line; {@code progress} takes lines for the person building, such as what was left unread.
         */
        Model read(DocumentToRead document, Consumer<String> progress);
    }
}
