package org.w3id.normgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The source tree keeps the promise of docs/architecture.md: its packages stand in the pipeline's order, and a
 * package imports only from its own layer or the layers below it; no class grows past what one reader takes in.
 */
class SourceTreeTest {

    private static final Path MAIN = Path.of("src/main/java/org/w3id/normgraph");
    private static final String ROOT = "org.w3id.normgraph.";

    /** The layers from the bottom up; packages on one line are one layer. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("vocabulary", "document"),
            List.of("reader"),
            List.of("segment"),
            List.of("lexicon"),
            List.of("extract"),
            List.of("rdf"),
            List.of("genre"),
            List.of("store"),
            List.of("pipeline"),
            List.of("export"),
            List.of("server.limits"),
            List.of("server.data"),
            List.of("server.site"),
            List.of("server"),
            List.of("cli"));
    private static final int LONGEST_CLASS = 400;
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package org\\.w3id\\.normgraph\\.([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.w3id\\.normgraph\\.([\\w.]+)\\.[A-Z]\\w*(?:\\.\\w+)*;");

    @Test
    void everyPackageStandsInALayer() {
        for (Path file : sources()) {
            String pkg = packageOf(read(file));
            assertTrue(layer(pkg) >= 0, file + " is in package " + pkg + ", which no layer of the pipeline names");
        }
    }

    @Test
    void importsRunOnlyDownwards() {
        List<String> upwards = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            int own = layer(packageOf(text));
            Matcher imported = IMPORT.matcher(text);
            while (imported.find()) {
                if (layer(imported.group(1)) > own) {
                    upwards.add(MAIN.relativize(file) + " imports " + imported.group(1));
                }
            }
        }
        assertEquals(List.of(), upwards, "imports from a higher layer");
    }

    @Test
    void noClassIsLongerThanOneReaderTakesIn() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            long lines = read(file).lines().count();
            if (lines > LONGEST_CLASS) {
                tooLong.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), tooLong, "classes over " + LONGEST_CLASS + " lines");
    }

    /** The layer of a package: the one that names it or, for a genre's own package, its parent. */
    private static int layer(String pkg) {
        for (String name = pkg; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            for (int i = 0; i < LAYERS.size(); i++) {
                if (LAYERS.get(i).contains(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String packageOf(String text) {
        Matcher pkg = PACKAGE.matcher(text);
        return pkg.find() ? pkg.group(1) : "";
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertTrue(found.size() > 50, "expected the sources under " + MAIN);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
