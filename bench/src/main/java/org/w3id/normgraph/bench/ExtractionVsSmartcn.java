package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.SpeakerCues;
import org.w3id.normgraph.extract.StanceCue;
import org.w3id.normgraph.extract.StatementExtractor;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The {@code extraction} and {@code smartcnSegmentation} stages of {@link StageBenchmarks}, the same work, alternating
 * in rounds in one JVM after a warm-up, each timed by the thread's CPU time and by the wall clock: on a machine that
 * others share, the CPU time of the two in the same rounds gives their ratio where JMH's stages, run one after the
 * other, catch different loads.
 *
 * <pre>{@code
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.w3id.normgraph.bench.ExtractionVsSmartcn [warm-up passes] [rounds] [passes per round]
 * }</pre>
 */
public final class ExtractionVsSmartcn {

    private static Object sink;

    private ExtractionVsSmartcn() {
    }

    public static void main(String[] args) throws IOException {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SourceText icann = PlainTextReader.read(StageBenchmarks.ICANN, StageBenchmarks.ICANN_ID);
        SourceText sg = PlainTextReader.read(StageBenchmarks.SG, StageBenchmarks.SG_ID);
        String text = Files.readString(StageBenchmarks.ICANN) + Files.readString(StageBenchmarks.SG);
        ReferenceData reference = ReferenceData.bundled();
        Gazetteer gazetteer = Gazetteer.of(reference);
        DraftConventionExtractor drafts = new DraftConventionExtractor(gazetteer, StanceCue.bundled());
        StatementExtractor statements = new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(),
                ConceptLexicon.bundled());
        ReplyExtractor replies = new ReplyExtractor(reference);
        Runnable extraction = () -> {
            // as the build reads a report read for both genres: one layout, one reading, the drafts found once
            PageLayout layout = PageLayout.analyse(icann);
            ReadingText reading = ReadingText.of(layout);
            DraftFindings found = drafts.extract(reading);
            sink = found;
            sink = statements.extract(layout, reading, found);
            sink = replies.extract(ReplySegmenter.segment(sg));
        };
        Runnable smartcn = () -> {
            try (Analyzer analyzer = new SmartChineseAnalyzer();
                    TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
                tokens.reset();
                int count = 0;
                while (tokens.incrementToken()) {
                    count++;
                }
                tokens.end();
                sink = count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        for (int i = 0; i < warmUp; i++) {
            extraction.run();
            smartcn.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> extractionCpu = new ArrayList<>();
        List<Double> extractionWall = new ArrayList<>();
        List<Double> smartcnCpu = new ArrayList<>();
        List<Double> smartcnWall = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Runnable stage : round % 2 == 0 ? List.of(extraction, smartcn) : List.of(smartcn, extraction)) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < passes; i++) {
                    stage.run();
                }
                (stage == extraction ? extractionCpu : smartcnCpu)
                        .add((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / passes);
                (stage == extraction ? extractionWall : smartcnWall).add((System.nanoTime() - wall) / 1e6 / passes);
            }
        }
        System.out.printf("extraction ms per pass: CPU %s, wall %s%n", spread(extractionCpu), spread(extractionWall));
        System.out.printf("smartcn    ms per pass: CPU %s, wall %s%n", spread(smartcnCpu), spread(smartcnWall));
        System.out.printf("extraction speed / smartcn speed: %.2f by CPU time, %.2f by wall time (medians)%n",
                median(smartcnCpu) / median(extractionCpu), median(smartcnWall) / median(extractionWall));
        if (sink == null) {
            throw new IllegalStateException();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String spread(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("min %.1f, median %.1f, max %.1f", sorted.get(0), median(values),
                sorted.get(sorted.size() - 1));
    }
}
