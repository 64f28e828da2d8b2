package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.reader.CorpusException;

/** A compilation of replies that does not read as one fails with the file, the line and what was expected. */
class SgReportBadInputTest {

    private static final String FILE = "un-sg-report-ict-international-security-2022.zh-Hans.txt";

    @TempDir
    Path workspace;

    private Path corpusWith(String from, String to) throws IOException {
        Path corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        Path file = corpus.resolve(FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the corpus holds " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
        return corpus;
    }

    private static CorpusException failure(Path corpus) {
        return assertThrows(CorpusException.class, () -> GraphBuild.fromCorpus(corpus, m -> { }));
    }

    @Test
    void aReplyWithoutItsDateIsNamedWithItsLine() throws IOException {
        // Singapore's date is line 941; the error stands on its language line, 939.
        CorpusException error = failure(corpusWith("[原件：英文] \n\n[2022 年 5 月 31 日] \n\n 新加坡坚定",
                "[原件：英文] \n\n\n\n 新加坡坚定"));
        assertTrue(error.getMessage().contains(FILE + ":939:"), error.getMessage());
        assertTrue(error.getMessage().contains("[2022 年 5 月 31 日]"), error.getMessage());
    }

    @Test
    void anUnknownLanguageIsNamed() throws IOException {
        CorpusException error = failure(corpusWith("[原件：西班牙文]", "[原件：世界语]"));
        assertTrue(error.getMessage().contains(FILE + ":373:"), error.getMessage());
        assertTrue(error.getMessage().contains("世界语"), error.getMessage());
    }

    @Test
    void aHeadingThatNamesNoKnownActorIsNamed() throws IOException {
        CorpusException error = failure(corpusWith("  阿塞拜疆 ", "  某个国家 "));
        assertTrue(error.getMessage().contains(FILE + ":320:"), error.getMessage());
        assertTrue(error.getMessage().contains("某个国家"), error.getMessage());
    }

    @Test
    void aDocumentWithoutItsForumIsNamedInTheManifest() throws IOException {
        Path corpus = corpusWith("[原件：英文]", "[原件：英文]");
        Path manifest = corpus.resolve("manifest.ttl");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replace("    ng:forum <https://w3id.org/normgraph/id/forum/UNGA-C1> ;\n", ""),
                StandardCharsets.UTF_8);
        CorpusException error = failure(corpus);
        assertTrue(error.getMessage().contains("manifest.ttl") && error.getMessage().contains("ng:forum"),
                error.getMessage());
    }
}
