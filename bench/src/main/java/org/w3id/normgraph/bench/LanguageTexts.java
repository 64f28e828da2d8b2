package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.ReplyFacts;
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
import org.w3id.normgraph.segment.PrintedFootnote;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;
import org.w3id.normgraph.segment.ReplyText;

/**
 * The texts whose extraction {@link ExtractionByLanguage} times: the bundled compilation of replies (Chinese), the
 * renderings of report A/65/154 in each language that the {@code sg-report-replies} genre reads (the test
 * renderings, each reply copied in place so that the text reaches the size of the bundled one), and the bundled
 * ICANN report. A copied rendering counts only if it gives each of its original's replies, with the same facts, as
 * many times as it was copied.
 */
final class LanguageTexts {

    static final String RENDERINGS = "src/test/resources/sg-report-editions";
    static final String RENDERING = "a-65-154";

    /**
     * One text and the extraction to time on it.
     *
     * @param copies how many times each reply of the original stands in the text (1 for a text as it is)
     */
    record Text(String name, String genre, String language, String source, int copies, String text,
            Runnable extraction) {
    }

    private LanguageTexts() {
    }

    /**
     * Every text; a rendering has each reply {@code copies} times, or, where {@code copies} is 0, as many times as
     * brings it to the size of the bundled compilation of replies.
     */
    static List<Text> all(Path project, int copies, Path work) throws IOException {
        ReferenceData reference = ReferenceData.bundled();
        List<Text> texts = new ArrayList<>();
        Path sgFile = project.resolve("corpus").resolve(StageBenchmarks.SG.getFileName());
        SourceText sg = PlainTextReader.read(sgFile, StageBenchmarks.SG_ID);
        ReplyExtractor chinese = new ReplyExtractor(reference);
        texts.add(new Text("sg-report-replies zh-Hans (bundled report)", "sg-report-replies", "zh-Hans",
                project.relativize(sgFile).toString(), 1, sg.text(),
                () -> ExtractionByLanguage.consume(chinese.extract(ReplySegmenter.segment(sg)))));
        Files.createDirectories(work);
        for (String tag : ReplyLanguage.available()) {
            Path original = project.resolve(RENDERINGS).resolve(RENDERING + "." + tag + ".txt");
            texts.add(rendering(reference, tag, original, copies, sg.text().length(), work, project));
        }
        Path icannFile = project.resolve("corpus").resolve(StageBenchmarks.ICANN.getFileName());
        SourceText icann = PlainTextReader.read(icannFile, StageBenchmarks.ICANN_ID);
        Gazetteer gazetteer = Gazetteer.of(reference);
        DraftConventionExtractor drafts = new DraftConventionExtractor(gazetteer, StanceCue.bundled());
        StatementExtractor statements = new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(),
                ConceptLexicon.bundled());
        texts.add(new Text("ICANN report zh-Hans (bundled report)", "draft-convention, statements", "zh-Hans",
                project.relativize(icannFile).toString(), 1, icann.text(), () -> {
                    ExtractionByLanguage.consume(drafts.extract(ReadingText.of(PageLayout.analyse(icann))));
                    ExtractionByLanguage.consume(statements.extract(PageLayout.analyse(icann)));
                }));
        return texts;
    }

    private static Text rendering(ReferenceData reference, String tag, Path original, int copies, int size,
            Path work, Path project) throws IOException {
        ReplyLanguage words = ReplyLanguage.of(tag);
        ReplyExtractor extractor = new ReplyExtractor(reference, words);
        SourceText once = PlainTextReader.read(original, RENDERING);
        CompiledReplies report = ReplySegmenter.segment(once, words);
        int times = copies > 0 ? copies : copiesToReach(once, report, size);
        Path file = work.resolve(RENDERING + "." + tag + ".x" + times + ".txt");
        Files.writeString(file, withRepliesCopied(once, report, words, times), StandardCharsets.UTF_8);
        SourceText copied = PlainTextReader.read(file, RENDERING);
        checkCopies(original, extractor.extract(report), extractor.extract(ReplySegmenter.segment(copied, words)),
                times);
        return new Text("sg-report-replies " + tag + " (A/65/154 rendering, replies ×" + times + ")",
                "sg-report-replies", tag, project.relativize(original) + ", each reply ×" + times, times,
                copied.text(), () -> ExtractionByLanguage.consume(extractor.extract(ReplySegmenter.segment(copied,
                        words))));
    }

    /** The first and last line (1-based, inclusive) of each reply: from its heading to what comes next. */
    private static List<int[]> replyLines(SourceText source, CompiledReplies report) {
        List<ReplyText> replies = report.replies();
        List<int[]> blocks = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            ReplyText reply = replies.get(i);
            int last;
            if (i + 1 == replies.size()) {
                last = source.lineCount();
            } else {
                ReplyText next = replies.get(i + 1);
                boolean sameSection = next.sectionHeading().firstLine() == reply.sectionHeading().firstLine();
                last = (sameSection ? next.heading() : next.sectionHeading()).firstLine() - 1;
            }
            blocks.add(new int[] {reply.heading().firstLine(), last});
        }
        return blocks;
    }

    private static int copiesToReach(SourceText source, CompiledReplies report, int size) {
        int replies = 0;
        for (int[] block : replyLines(source, report)) {
            replies += source.lineStart(block[1]) + source.line(block[1]).length() - source.lineStart(block[0]) + 1;
        }
        int rest = source.text().length() - replies;
        return Math.max(1, (int) Math.ceil((size - rest) / (double) replies));
    }

    /**
     * The text with each reply, from its heading to the next, standing {@code times} times where it stood. Footnotes
     * are numbered through the whole report, so each copy's footnotes, and their markers in its text, take the
     * next numbers, found with the edition's own patterns ({@code footnote.start}, {@code footnote.marker}).
     */
    static String withRepliesCopied(SourceText source, CompiledReplies report, ReplyLanguage words, int times) {
        Pattern footnoteStart = Pattern.compile(words.word("footnote.start"));
        StringBuilder text = new StringBuilder();
        int next = report.introductionFootnotes().stream().mapToInt(PrintedFootnote::number).max().orElse(0) + 1;
        int line = 1;
        List<int[]> blocks = replyLines(source, report);
        for (int i = 0; i < blocks.size(); i++) {
            int[] block = blocks.get(i);
            for (; line < block[0]; line++) {
                text.append(source.line(line)).append('\n');
            }
            Map<Integer, Integer> footnoteLines = new TreeMap<>();
            Map<Integer, Pattern> markers = new TreeMap<>();
            for (PrintedFootnote footnote : report.replies().get(i).footnotes()) {
                footnoteLines.put(footnote.text().firstLine(), footnote.number());
                markers.put(footnote.number(), Pattern.compile(words.word("footnote.marker")
                        .replace("{n}", Integer.toString(footnote.number()))));
            }
            for (int copy = 0; copy < times; copy++) {
                Map<Integer, Integer> renumbered = new TreeMap<>();
                for (int number : markers.keySet()) {
                    renumbered.put(number, next++);
                }
                for (int at = block[0]; at <= block[1]; at++) {
                    String written = source.line(at);
                    Integer footnote = footnoteLines.get(at);
                    if (footnote != null) {
                        Matcher start = footnoteStart.matcher(written);
                        if (!start.find() || Integer.parseInt(start.group(1)) != footnote) {
                            throw new IllegalStateException(source.documentId() + ":" + at + ": footnote " + footnote
                                    + " does not start with its number");
                        }
                        text.append(written, 0, start.start(1)).append(renumbered.get(footnote))
                                .append(written.substring(start.end(1)));
                    } else {
                        text.append(withMarkersRenumbered(written, markers, renumbered));
                    }
                    text.append('\n');
                }
            }
            line = block[1] + 1;
        }
        for (; line <= source.lineCount(); line++) {
            text.append(source.line(line)).append('\n');
        }
        return text.toString();
    }

    /** The line with each footnote marker's number replaced by the copy's, all found in the line as written. */
    private static String withMarkersRenumbered(String line, Map<Integer, Pattern> markers,
            Map<Integer, Integer> renumbered) {
        Map<Integer, int[]> found = new TreeMap<>();
        markers.forEach((number, marker) -> {
            Matcher matcher = marker.matcher(line);
            while (matcher.find()) {
                found.put(matcher.start(), new int[] {matcher.end(), renumbered.get(number)});
            }
        });
        StringBuilder written = new StringBuilder();
        int from = 0;
        for (var marker : found.entrySet()) {
            // A marker in parentheses, (1), keeps them: only its digits change.
            String digits = line.substring(marker.getKey(), marker.getValue()[0]);
            written.append(line, from, marker.getKey())
                    .append(digits.replaceAll("\\d+", Integer.toString(marker.getValue()[1])));
            from = marker.getValue()[0];
        }
        return written.append(line.substring(from)).toString();
    }

    /**
     * Each reply of the original found {@code times} times in the copied text, with the same actor, language, date,
     * parts, footnotes, stances and mentions; otherwise the copied text is not the same work, and its time would not
     * count.
     */
    private static void checkCopies(Path original, ReplyFindings once, ReplyFindings copied, int times) {
        Map<String, Integer> expected = new TreeMap<>();
        once.replies().forEach(reply -> expected.merge(facts(reply), times, Integer::sum));
        Map<String, Integer> found = new TreeMap<>();
        copied.replies().forEach(reply -> found.merge(facts(reply), 1, Integer::sum));
        if (!expected.equals(found) || !once.respondsTo().target().equals(copied.respondsTo().target())) {
            throw new IllegalStateException(original + " with each reply ×" + times + " gives other replies than ×"
                    + times + " its own, so its timing would not count: " + found + " instead of " + expected);
        }
    }

    private static String facts(ReplyFacts reply) {
        long mentions = reply.parts().stream().mapToLong(part -> part.mentions().size()).sum()
                + reply.footnotes().stream().mapToLong(part -> part.mentions().size()).sum();
        return String.join("|", reply.code(), reply.language(), reply.date().toString(),
                reply.parts().size() + " parts", reply.footnotes().size() + " footnotes",
                reply.stances().size() + " stances", mentions + " mentions");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
