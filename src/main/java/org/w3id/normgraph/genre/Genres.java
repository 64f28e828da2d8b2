package org.w3id.normgraph.genre;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.w3id.normgraph.reader.CorpusException;

/**
 * The genres on the class path, by name: the ones bundled with normgraph and any other that a jar or a test lists
 * in {@code META-INF/services/org.w3id.normgraph.genre.Genre}.
 */
public final class Genres {

    private final Map<String, Genre> byName;

    private Genres(Map<String, Genre> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every genre that {@link ServiceLoader} finds for this class's loader; two of one name are an error. */
    public static Genres onClassPath() {
        Map<String, Genre> byName = new TreeMap<>();
        for (Genre genre : ServiceLoader.load(Genre.class, Genres.class.getClassLoader())) {
            Genre other = byName.put(genre.name(), genre);
            if (other != null) {
                throw new IllegalStateException("two genres are named \"" + genre.name() + "\": "
                        + other.getClass().getName() + " and " + genre.getClass().getName());
            }
        }
        return new Genres(byName);
    }

    /** The names of the genres, sorted. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /**
     * The genre that {@code documentId}'s entry in {@code manifestFile} names, checked against the language of the
     * document ({@code null} where the manifest gives none); the language the genre reads the document in.
     */
    public Choice choose(Path manifestFile, String documentId, String name, String language) {
        Genre genre = byName.get(name);
        if (genre == null) {
            throw new CorpusException(manifestFile, "document " + documentId + " names unknown extractor \"" + name
                    + "\" (known: " + String.join(", ", names()) + ")");
        }
        if (language == null) {
            return new Choice(genre, genre.languages().get(0));
        }
        String tag = language.toLowerCase(Locale.ROOT);
        for (String read : genre.languages()) {
            String own = read.toLowerCase(Locale.ROOT);
            if (tag.equals(own) || tag.startsWith(own + "-")) {
                return new Choice(genre, read);
            }
        }
        throw new CorpusException(manifestFile, "document " + documentId + " is in \"" + language + "\"; the " + name
                + " extractor reads " + String.join(", ", genre.languages()) + " (dcterms:language)");
    }

    /** A genre and the language, among those it reads, in which it reads one document. */
    public record Choice(Genre genre, String language) {
    }
}
