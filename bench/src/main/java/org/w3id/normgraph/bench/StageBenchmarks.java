package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.extract.SpeakerCues;
import org.w3id.normgraph.extract.StanceCue;
import org.w3id.normgraph.extract.StatementExtractor;
import org.w3id.normgraph.extract.StatementFindings;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.pipeline.GraphChecks;
import org.w3id.normgraph.rdf.DraftGraph;
import org.w3id.normgraph.rdf.ReplyGraph;
import org.w3id.normgraph.rdf.StatementGraph;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReplySegmenter;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The build's stages one by one, on the bundled corpus, warm: each benchmark is one pass of its stage over both
 * documents, so that a score in operations per second times {@link #corpusCharacters} (or the corpus's quads) is
 * characters (or triples) per second. {@link #smartcnSegmentation} is the reference that extraction is compared
 * with: Lucene's Chinese analyzer only splitting the same text into words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmarks {

    static final Path CORPUS = Path.of(System.getProperty("normgraph.corpus",
            System.getProperty("normgraph.project", "..") + "/corpus"));
    static final Path ICANN = CORPUS.resolve("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt");
    static final Path SG = CORPUS.resolve("un-sg-report-ict-international-security-2022.zh-Hans.txt");
    static final String ICANN_ID = "icann-ge-un-cyber-processes-2021-2023";
    static final String SG_ID = "un-sg-report-ict-international-security-2022";
    static final String FIRST_COMMITTEE = "https://w3id.org/normgraph/id/forum/UNGA-C1";

    private SourceText icann;
    private SourceText sg;
    private String text;
    private DraftConventionExtractor draftExtractor;
    private StatementExtractor statementExtractor;
    private ReplyExtractor replyExtractor;
    private DraftFindings draftFindings;
    private StatementFindings statementFindings;
    private ReplyFindings replyFindings;
    private Dataset built;
    private Path scratch;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        icann = PlainTextReader.read(ICANN, ICANN_ID);
        sg = PlainTextReader.read(SG, SG_ID);
        text = Files.readString(ICANN) + Files.readString(SG);
        ReferenceData reference = ReferenceData.bundled();
        Gazetteer gazetteer = Gazetteer.of(reference);
        draftExtractor = new DraftConventionExtractor(gazetteer, StanceCue.bundled());
        statementExtractor = new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(),
                ConceptLexicon.bundled());
        replyExtractor = new ReplyExtractor(reference);
        draftFindings = draftExtractor.extract(ReadingText.of(PageLayout.analyse(icann)));
        statementFindings = statementExtractor.extract(PageLayout.analyse(icann));
        replyFindings = replyExtractor.extract(ReplySegmenter.segment(sg));
        built = GraphBuild.fromCorpus(CORPUS, message -> { });
        scratch = Files.createTempDirectory("normgraph-bench-");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        PathUtils.deleteDirectory(scratch);
    }

    static long corpusCharacters() {
        try {
            return Files.readString(ICANN).length() + Files.readString(SG).length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void read(Blackhole sink) {
        sink.consume(PlainTextReader.read(ICANN, ICANN_ID));
        sink.consume(PlainTextReader.read(SG, SG_ID));
    }

    @Benchmark
    public void segment(Blackhole sink) {
        sink.consume(ReadingText.of(PageLayout.analyse(icann)));
        sink.consume(ReplySegmenter.segment(sg));
    }

    /** Segmentation, recognition of names and cues, and extraction of every fact, from the text in memory. */
    @Benchmark
    public void extraction(Blackhole sink) {
        sink.consume(draftExtractor.extract(ReadingText.of(PageLayout.analyse(icann))));
        sink.consume(statementExtractor.extract(PageLayout.analyse(icann)));
        sink.consume(replyExtractor.extract(ReplySegmenter.segment(sg)));
    }

    @Benchmark
    public void smartcnSegmentation(Blackhole sink) throws IOException {
        try (Analyzer analyzer = new SmartChineseAnalyzer();
                TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            sink.consume(count);
        }
    }

    @Benchmark
    public void writeRdf(Blackhole sink) {
        Model drafts = DraftGraph.of(ICANN_ID, draftFindings);
        Model statements = StatementGraph.of(ICANN_ID, statementFindings);
        Model replies = ReplyGraph.of(SG_ID, replyFindings, FIRST_COMMITTEE);
        sink.consume(drafts.size() + statements.size() + replies.size());
    }

    @Benchmark
    public void validate() {
        GraphChecks.validate(built);
    }

    /** The whole built dataset into a fresh TDB2 database, without the text index. */
    @Benchmark
    public void store() throws IOException {
        Path location = Files.createTempDirectory(scratch, "tdb2-");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            Txn.executeWrite(tdb, () -> built.asDatasetGraph().find().forEachRemaining(tdb::add));
        } finally {
            TDBInternal.expel(tdb);
            PathUtils.deleteDirectory(location);
        }
    }

    /** The same with the Lucene text index, as the build stores it: this minus {@link #store} is indexing. */
    @Benchmark
    public void storeAndIndex() throws IOException {
        Path location = scratch.resolve("db");
        GraphDatabase.replace(location, built);
        PathUtils.deleteDirectory(location);
    }
}
