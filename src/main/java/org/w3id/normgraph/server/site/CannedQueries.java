package org.w3id.normgraph.server.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The canned queries of {@code queries/} (packed into the jar under the same name), each with the question it
 * answers: the first question of its opening comment, or the comment's first sentence where it asks none.
 */
public final class CannedQueries {

    static final String FOLDER = "queries";

    /** One canned query: its file name, its title and its text. */
    record CannedQuery(String file, String title, String text) {
    }

    private CannedQueries() {
    }

    /** The text of one canned query, read alone (a page that needs one query does not list the folder). */
    static String text(String file) {
        try (java.io.InputStream in = CannedQueries.class.getClassLoader().getResourceAsStream(FOLDER + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + FOLDER + "/" + file + " on the class path (see pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CannedQuery> load() {
        URL folder = CannedQueries.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + FOLDER + "/ on the class path (see pom.xml)");
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return read(jar.getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystem open = FileSystems.getFileSystem(uri);
            // Already open elsewhere: read from a second one that can be closed here.
            return FileSystems.newFileSystem(Path.of(open.toString()), Map.of());
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<CannedQuery> read(Path folder) throws IOException {
        List<CannedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.add(new CannedQuery(file.getFileName().toString(), title(text), text));
            }
        }
        return queries;
    }

    /** The question that a query's opening comment asks first, else the comment's first sentence. */
    public static String title(String query) {
        StringBuilder comment = new StringBuilder();
        for (String line : query.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String words = trimmed.replaceFirst("^#+", "").strip();
            if (!words.isEmpty()) {
                comment.append(comment.length() == 0 ? "" : " ").append(words);
            }
        }
        String text = comment.toString();
        if (text.isEmpty()) {
            return "";
        }
        int question = text.indexOf('?');
        if (question >= 0) {
            int start = text.lastIndexOf(". ", question);
            return text.substring(start < 0 ? 0 : start + 2, question + 1).strip();
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
