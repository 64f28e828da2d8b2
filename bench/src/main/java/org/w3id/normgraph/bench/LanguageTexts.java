package org.w3id.normgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.extract.SpeakerCues;
import org.w3id.normgraph.extract.StanceCue;
import org.w3id.normgraph.extract.StatementExtractor;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The texts whose extraction {@link ExtractionByLanguage} times: the bundled compilation of replies (Chinese), the
 * renderings of report A/65/154 in each language that the {@code sg-report-replies} genre reads (the test
 * renderings, made as long as the bundled one by {@link CopiedReplies}: once with replies about as long as the
 * bundled report's, once with the rendering's own short replies, many more of them), and the bundled ICANN
 * report.
 */
final class LanguageTexts {

    static final String RENDERINGS = "src/test/resources/sg-report-editions";
    static final String RENDERING = "a-65-154";

    /**
     * One text and the extraction to time on it.
     *
     * @param copies  how many times each reply of the original stands in the text (1 for a text as it is)
     * @param replies the replies extracted from it (0 where its genre has none)
     */
    record Text(String name, String genre, String language, String source, int copies, int replies, String text,
            Runnable extraction) {
    }

    private LanguageTexts() {
    }

    /**
     * Every text; in a rendering, what is copied is copied {@code copies} times, or, where {@code copies} is 0, as
     * many times as brings it to the size of the bundled compilation of replies.
     */
    static List<Text> all(Path project, int copies, Path work) throws IOException {
        ReferenceData reference = ReferenceData.bundled();
        List<Text> texts = new ArrayList<>();
        Path sgFile = project.resolve("corpus").resolve(StageBenchmarks.SG.getFileName());
        SourceText sg = PlainTextReader.read(sgFile, StageBenchmarks.SG_ID);
        ReplyExtractor chinese = new ReplyExtractor(reference);
        texts.add(new Text("sg-report-replies zh-Hans (bundled report)", "sg-report-replies", "zh-Hans",
                project.relativize(sgFile).toString(), 1, chinese.extract(ReplySegmenter.segment(sg)).replies().size(),
                sg.text(),
                () -> ExtractionByLanguage.consume(chinese.extract(ReplySegmenter.segment(sg)))));
        Files.createDirectories(work);
        int sgReplies = texts.get(0).replies();
        for (boolean bodyLike : new boolean[] {true, false}) {
            for (String tag : ReplyLanguage.available()) {
                Path original = project.resolve(RENDERINGS).resolve(RENDERING + "." + tag + ".txt");
                texts.add(rendering(reference, tag, original, copies, sg, sgReplies, bodyLike, work, project));
            }
        }
        Path icannFile = project.resolve("corpus").resolve(StageBenchmarks.ICANN.getFileName());
        SourceText icann = PlainTextReader.read(icannFile, StageBenchmarks.ICANN_ID);
        Gazetteer gazetteer = Gazetteer.of(reference);
        DraftConventionExtractor drafts = new DraftConventionExtractor(gazetteer, StanceCue.bundled());
        StatementExtractor statements = new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(),
                ConceptLexicon.bundled());
        texts.add(new Text("ICANN report zh-Hans (bundled report)", "draft-convention, statements", "zh-Hans",
                project.relativize(icannFile).toString(), 1, 0, icann.text(), () -> {
                    // as the build reads a report read for both genres: one layout, one reading, the drafts found once
                    PageLayout layout = PageLayout.analyse(icann);
                    ReadingText reading = ReadingText.of(layout);
                    DraftFindings found = drafts.extract(reading);
                    ExtractionByLanguage.consume(found);
                    ExtractionByLanguage.consume(statements.extract(layout, reading, found));
                }));
        return texts;
    }

    /**
     * The rendering of A/65/154 in language {@code tag} at the size of the bundled compilation of replies, either with
     * each reply copied (many short replies: {@code bodyLike} false) or with each reply's body copied first until its
     * replies are as long, on average, as the bundled report's ({@code bodyLike} true), then the replies.
     */
    private static Text rendering(ReferenceData reference, String tag, Path original, int copies,
            SourceText bundled, int bundledReplies, boolean bodyLike, Path work, Path project) throws IOException {
        ReplyLanguage words = ReplyLanguage.of(tag);
        ReplyExtractor extractor = new ReplyExtractor(reference, words);
        SourceText once = PlainTextReader.read(original, RENDERING);
        CompiledReplies report = ReplySegmenter.segment(once, words);
        CopiedReplies copier = new CopiedReplies(once, report, words);
        int bodyTimes = !bodyLike ? 1 : copies > 0 ? copies
                : copier.bodyTimesFor(bundled.text().length() / (double) bundledReplies);
        int replyTimes = copies > 0 ? copies : copier.replyTimesFor(bodyTimes, bundled.text().length());
        Path file = work.resolve(RENDERING + "." + tag + ".replies-x" + replyTimes + ".bodies-x" + bodyTimes + ".txt");
        Files.writeString(file, copier.text(replyTimes, bodyTimes), StandardCharsets.UTF_8);
        SourceText copied = PlainTextReader.read(file, RENDERING);
        ReplyFindings copiedFacts = extractor.extract(ReplySegmenter.segment(copied, words));
        CopiedReplies.check(original, extractor.extract(report), copiedFacts, replyTimes, bodyTimes);
        String copiesSaid = (bodyLike ? "each reply's body ×" + bodyTimes + ", " : "") + "each reply ×" + replyTimes;
        return new Text("sg-report-replies " + tag + " (A/65/154 rendering, " + copiesSaid + ")",
                "sg-report-replies", tag, project.relativize(original) + ", " + copiesSaid, replyTimes,
                copiedFacts.replies().size(), copied.text(),
                () -> ExtractionByLanguage.consume(extractor.extract(ReplySegmenter.segment(copied, words))));
    }
}
