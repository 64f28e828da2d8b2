package org.w3id.normgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of README.md and of the manual in docs/ names a file that exists and, where it names an
 * anchor ({@code page.md#a-heading}), a heading of that file under GitHub's rule for heading anchors. Links to the
 * web ({@code http://}, {@code https://}, {@code mailto:}) and text in code blocks or inline code are not links.
 */
class DocumentationLinksTest {

    /** {@code [text](target)} or {@code ![alt](target "title")}; the text holds no bracket. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("\\[[^\\[\\]]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target}, the definition of a reference link. */
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheManualLeadsSomewhere() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> dead = new ArrayList<>();
        for (Path page : pages) {
            dead.addAll(deadLinks(page));
        }
        assertTrue(dead.isEmpty(), "dead links:\n" + String.join("\n", dead));
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsDead(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("other.md"), "# Errors a person can act on\n\n## 使用 `serve`：公开\n");
        Files.writeString(folder.resolve("page.md"), String.join("\n",
                "# Page",
                "[fine](other.md#errors-a-person-can-act-on) and [fine too](other.md#使用-serve公开)",
                "[gone](missing.md) [wrong anchor](other.md#errors) [own](#page) [own, wrong](#nowhere)",
                "`[in code](missing.md)` [web](https://example.org/x.md) [mail](mailto:a@example.org)",
                "```", "[in a block](missing.md)", "```", ""));
        List<String> dead = deadLinks(folder.resolve("page.md"));
        assertEquals(3, dead.size(), String.join("\n", dead));
        assertTrue(dead.get(0).contains("missing.md"), dead.get(0));
        assertTrue(dead.get(1).contains("other.md#errors"), dead.get(1));
        assertTrue(dead.get(2).contains("#nowhere"), dead.get(2));
    }

    @Test
    void anchorsFollowGitHubsRule() {
        assertEquals("errors-a-person-can-act-on", anchor("Errors a person can act on"));
        assertEquals("reading-documents-genres-languages-renderings-pdf-and-errors",
                anchor("Reading documents: genres, languages, renderings, PDF and errors"));
        assertEquals("the-example-question-who-opposed-article-10-bis",
                anchor("The example question: who opposed Article 10 bis?"));
        assertEquals("使用-serve公开", anchor("使用 `serve`：公开"));
        assertEquals("snake_case-and--two-spaces", anchor("snake_case and  two spaces"));
        assertEquals("the-site", anchor("The [site](docs/site.md)"));
    }

    /** Each dead link of {@code page} as {@code file:line: target: why}. */
    static List<String> deadLinks(Path page) {
        List<String> dead = new ArrayList<>();
        List<String> lines = readLines(page);
        boolean inFence = false;
        String fence = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fenceMatch.find()) {
                String marker = fenceMatch.group(1);
                if (!inFence) {
                    inFence = true;
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    inFence = false;
                }
                continue;
            }
            if (inFence) {
                continue;
            }
            String text = withoutInlineCode(line);
            List<String> targets = new ArrayList<>();
            Matcher definition = LINK_DEFINITION.matcher(text);
            if (definition.find()) {
                targets.add(definition.group(1));
            }
            Matcher link = INLINE_LINK.matcher(text);
            while (link.find()) {
                targets.add(link.group(1));
            }
            for (String target : targets) {
                String why = whyDead(page, target);
                if (why != null) {
                    dead.add(page + ":" + (i + 1) + ": " + target + ": " + why);
                }
            }
        }
        return dead;
    }

    private static String whyDead(Path page, String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        Path file = path.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            return "no file " + file;
        }
        if (fragment == null || !file.toString().endsWith(".md")) {
            return null;
        }
        Set<String> anchors = anchors(file);
        return anchors.contains(fragment) ? null : "no heading with the anchor #" + fragment + " in " + file;
    }

    /** The anchors of a Markdown file's headings (GitHub numbers repeats: {@code a}, {@code a-1}, …). */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = readLines(file);
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                heading = atx.group(1) == null ? "" : atx.group(1);
            } else if (i + 1 < lines.size() && !line.isBlank() && !line.trim().startsWith("|")
                    && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()) {
                heading = line.trim();
            }
            if (heading != null) {
                String slug = anchor(heading);
                int repeats = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
            }
        }
        return anchors;
    }

    /**
     * GitHub's anchor of a heading: its text as rendered (links give their text), lower-case, without any character
     * but letters, marks and digits of any script, hyphens, underscores and spaces, each space a hyphen.
     */
    static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || keptInAnchor(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** Letters, marks and numbers of any script, and connector punctuation such as the underscore. */
    private static boolean keptInAnchor(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The line without its code spans: a run of backticks up to the next run of the same length. */
    private static String withoutInlineCode(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                out.append(line.charAt(i++));
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(i, run);
            int close = line.indexOf(ticks, run);
            while (close >= 0 && close + ticks.length() < line.length() && line.charAt(close + ticks.length()) == '`') {
                close = line.indexOf(ticks, close + ticks.length() + 1);
            }
            if (close < 0) {
                out.append(ticks);
                i = run;
            } else {
                i = close + ticks.length();
            }
        }
        return out.toString();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
