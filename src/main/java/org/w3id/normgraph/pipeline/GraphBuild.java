package org.w3id.normgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.genre.DocumentToRead;
import org.w3id.normgraph.genre.Genre;
import org.w3id.normgraph.genre.Genres;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.genre.SharedReadings;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.rdf.Prefixes;
import org.w3id.normgraph.rdf.ReferenceGraph;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusFolder;
import org.w3id.normgraph.reader.CorpusManifest;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.StagedStore;
import org.w3id.normgraph.store.TextIndex;

/**
 * Wires the pipeline for a whole corpus, one document at a time: read → segment → recognise → extract → write RDF →
 * link → validate that document's graph → send it to the store, then drop it; after the last document, the checks
 * that span documents run on what was stored. One named graph per source (ontology, reference data, corpus
 * description, the facts extracted from each document, the member stances derived from them). Nothing is put in use
 * unless every check passed.
 *
 * <pre>{@code
 * long quads = GraphBuild.intoDatabase(Path.of("corpus"), Path.of("var/tdb2"), System.err::println);
 * Dataset graph = GraphBuild.fromCorpus(Path.of("corpus"), System.err::println); // the same graph, in memory
 * }</pre>
 */
public final class GraphBuild {

    private GraphBuild() {
    }

    /**
     * How a build treats its input: the largest source file it reads, and whether a candidate that a reader left
     * unread (see {@link ReadingSummary}) stops it ({@code build --strict}) or is a warning.
     */
    public record Options(long maxSourceBytes, boolean strict) {

        public static final Options DEFAULTS = new Options(CorpusFolder.DEFAULT_MAX_SOURCE_BYTES, false);
    }

    /** The whole graph of a corpus in memory (for tests and small corpora); the same steps as {@link #intoDatabase}. */
    public static Dataset fromCorpus(Path corpusFolder, Consumer<String> progress) {
        return fromCorpus(corpusFolder, Options.DEFAULTS, progress);
    }

    /** As {@link #fromCorpus(Path, Consumer)}, refusing source files larger than {@code maxSourceBytes}. */
    public static Dataset fromCorpus(Path corpusFolder, long maxSourceBytes, Consumer<String> progress) {
        return fromCorpus(corpusFolder, new Options(maxSourceBytes, false), progress);
    }

    /** As {@link #fromCorpus(Path, Consumer)}, with {@code options}. */
    public static Dataset fromCorpus(Path corpusFolder, Options options, Consumer<String> progress) {
        Dataset dataset = DatasetFactory.create();
        DatasetGraph graphs = dataset.asDatasetGraph();
        CheckedDocuments documents = streamDocuments(CorpusManifest.read(corpusFolder, options.maxSourceBytes()),
                options.strict(), progress,
                (graph, triples) -> triples.find().forEachRemaining(t -> graphs.add(graph, t.getSubject(),
                        t.getPredicate(), t.getObject())));
        GraphChecks.checkAcrossDocuments(graphs, documents, GraphChecks.subjectsInSeveralGraphs(graphs));
        return dataset;
    }

    /**
     * Builds the corpus into a new version of the database at {@code location} and puts it in use (see
     * {@link GraphDatabase#replace(Path, GraphDatabase.Writer)}), holding one document at a time in memory (a few
     * more while extraction runs ahead on other cores). Returns the number of quads stored.
     */
    public static long intoDatabase(Path corpusFolder, Path location, Consumer<String> progress) {
        return intoDatabase(corpusFolder, CorpusFolder.DEFAULT_MAX_SOURCE_BYTES, location, progress);
    }

    /** As {@link #intoDatabase(Path, Path, Consumer)}, refusing source files larger than {@code maxSourceBytes}. */
    public static long intoDatabase(Path corpusFolder, long maxSourceBytes, Path location, Consumer<String> progress) {
        return intoDatabase(corpusFolder, new Options(maxSourceBytes, false), location, progress);
    }

    /** As {@link #intoDatabase(Path, Path, Consumer)}, with {@code options}. */
    public static long intoDatabase(Path corpusFolder, Options options, Path location, Consumer<String> progress) {
        // Checked before the database is touched: a manifest that names no file it may read takes no lock.
        CorpusManifest manifest = CorpusManifest.read(corpusFolder, options.maxSourceBytes());
        long[] quads = {0};
        TextIndex.loadDictionariesInBackground();
        GraphDatabase.replace(location, staging -> {
            try (StagedStore store = StagedStore.create(staging, progress)) {
                StreamRDF stream = store.quads();
                CheckedDocuments documents = streamDocuments(manifest, options.strict(), progress,
                        (graph, triples) -> triples.find().forEachRemaining(t -> stream.quad(Quad.create(graph, t))));
                DatasetGraph written = store.finishLoading();
                List<Node> shared = store.subjectsInSeveralGraphs();
                // Two readers of the finished store at once: the text index reads the texts while the checks
                // across documents read the rest. A failed check discards the staging folder, index and all.
                Future<?> indexing = background("normgraph-text-index", store::indexText);
                try {
                    Txn.executeRead(written, () -> GraphChecks.checkAcrossDocuments(written, documents, shared));
                } finally {
                    awaitEnd(indexing);
                }
                await(indexing);
                quads[0] = store.countQuads();
            }
        });
        return quads[0];
    }

    /** Receives the graphs of a build, in a fixed order: each document's, then the ones that describe the corpus. */
    interface GraphSink {
        void add(Node graph, Graph triples);
    }

    /**
     * What the documents' own checks leave to the checks across documents: the shapes, the graphs that describe
     * the corpus, and the focus nodes that broke a shape within their document, where data of another document
     * may yet satisfy it (a minimum count, a class, a matching edge).
     */
    record CheckedDocuments(Shapes shapes, List<Graph> corpusGraphs, Set<Node> openViolations) {
    }

    /**
     * Reads, extracts, links and validates each document of the manifest, and sends its graphs to {@code sink} in
     * the manifest's order, one document after the other, whatever order the extraction ends in; then the graphs
     * that describe the corpus (ontology, concepts, reference data, corpus).
     */
    static CheckedDocuments streamDocuments(CorpusManifest manifest, boolean strict, Consumer<String> progress,
            GraphSink sink) {
        ReferenceData reference = ReferenceData.bundled();
        Model ontology = bundledTurtle("/ontology/normgraph.ttl");
        Model concepts = bundledTurtle("/ontology/concepts.ttl");
        Model referenceGraph = ReferenceGraph.of(reference);
        Model corpus = ModelFactory.createDefaultModel();
        Prefixes.set(corpus);
        corpus.add(manifest.description());
        Model described = ModelFactory.createDefaultModel().add(ontology).add(concepts).add(referenceGraph)
                .add(manifest.description());
        Shapes shapes = Shapes.parse(bundledTurtle("/ontology/shapes.ttl").getGraph());
        Set<Node> openViolations = new LinkedHashSet<>();
        List<String> leftUnread = new ArrayList<>();
        ReportEditions editions = new ReportEditions();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService extraction = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "normgraph-extraction");
            thread.setDaemon(true);
            return thread;
        });
        Genres genres = Genres.onClassPath();
        checkGenres(manifest, genres);
        // Each thread its own readers and its own copy of the shared graphs: nothing mutable is shared.
        ThreadLocal<DocumentStep> steps = ThreadLocal.withInitial(() -> new DocumentStep(manifest,
                new Extractors(genres), copy(referenceGraph), copy(described), Shapes.parse(
                        bundledTurtle("/ontology/shapes.ttl").getGraph())));
        try {
            List<CorpusEntry> entries = manifest.entries();
            Deque<Future<CheckedDocument>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < entries.size(); done++) {
                while (next < entries.size() && ahead.size() < threads + 1) {
                    CorpusEntry entry = entries.get(next++);
                    ahead.add(extraction.submit(() -> steps.get().apply(entry)));
                }
                CheckedDocument document = await(ahead.removeFirst());
                document.messages().forEach(progress);
                Resource source = corpus.createResource(document.entry().iri())
                        .addProperty(NG.sha256, document.sha256());
                document.reportReading(source, progress, leftUnread);
                editions.add(document.entry(), language(manifest, document.entry()), document.facts());
                sink.add(NodeFactory.createURI(Iris.extractedGraph(document.entry().documentId())),
                        document.facts().getGraph());
                sink.add(NodeFactory.createURI(Iris.MEMBER_STANCES_GRAPH), document.derived().getGraph());
                openViolations.addAll(document.openViolations());
            }
        } finally {
            extraction.shutdownNow();
        }
        if (strict && !leftUnread.isEmpty()) {
            throw new BuildException(leftUnread.size() + " candidate(s) left unread, and build --strict takes none;"
                    + " the first: " + leftUnread.get(0));
        }
        List<String> discrepancies = editions.warnings();
        discrepancies.forEach(d -> progress.accept("warning: " + d));
        if (strict && !discrepancies.isEmpty()) {
            throw new BuildException(discrepancies.size() + " discrepancy(ies) between editions of one report, and"
                    + " build --strict takes none; the first: " + discrepancies.get(0));
        }
        Model editionsGraph = editions.graph();
        if (!editionsGraph.isEmpty()) {
            sink.add(NodeFactory.createURI(Iris.REPORT_EDITIONS_GRAPH), editionsGraph.getGraph());
        }
        sink.add(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), ontology.getGraph());
        sink.add(NodeFactory.createURI(Iris.CONCEPTS_GRAPH), concepts.getGraph());
        sink.add(NodeFactory.createURI(Iris.REFERENCE_GRAPH), referenceGraph.getGraph());
        sink.add(NodeFactory.createURI(Iris.CORPUS_GRAPH), corpus.getGraph());
        return new CheckedDocuments(shapes, List.of(ontology.getGraph(), concepts.getGraph(),
                referenceGraph.getGraph(), corpus.getGraph(), editionsGraph.getGraph()), openViolations);
    }

    /**
     * Checks, before any document is read, that a genre reads each document in its language, so that a manifest
     * that names an unknown genre or language fails at once.
     */
    private static void checkGenres(CorpusManifest manifest, Genres genres) {
        for (CorpusEntry entry : manifest.entries()) {
            for (String name : entry.extractors()) {
                genres.choose(manifest.folder().resolve(CorpusManifest.FILE_NAME), entry.documentId(), name,
                        language(manifest, entry));
            }
        }
    }

    /** The document's {@code dcterms:language}, or null where the manifest gives none. */
    private static String language(CorpusManifest manifest, CorpusEntry entry) {
        Statement language = manifest.description().getResource(entry.iri()).getProperty(DCTerms.language);
        return language == null || !language.getObject().isLiteral() ? null : language.getString();
    }

    private static Model copy(Model model) {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(model);
        return copy;
    }

    private static Future<?> background(String name, Runnable task) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
        try {
            return thread.submit(task);
        } finally {
            thread.shutdown();
        }
    }

    /** Waits for {@code task} to end, whatever its outcome, so that nothing still reads a store being discarded. */
    private static void awaitEnd(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // rethrown by await() where the build goes on; where it stops, its own failure is the one to report
        }
    }

    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The genres' readers of one thread of the build, made when first needed. */
    static final class Extractors {

        private final Genres genres;
        private final Map<String, Genre.Reader> readers = new HashMap<>();
        /** The readings of the text being read, shared by the genres that read it one after the other. */
        private SourceText sharedFor;
        private SharedReadings shared;

        Extractors(Genres genres) {
            this.genres = genres;
        }

        static Extractors bundled() {
            return new Extractors(Genres.onClassPath());
        }

        /** The facts that the genre named {@code extractor} reads from a document, in the document's language. */
        Model facts(CorpusManifest manifest, CorpusEntry entry, SourceText source, String extractor,
                Consumer<String> progress) {
            return facts(manifest, entry, source, extractor, new ReadingSummary(), progress);
        }

        /** As {@link #facts(CorpusManifest, CorpusEntry, SourceText, String, Consumer)}, counting in {@code summary}. */
        Model facts(CorpusManifest manifest, CorpusEntry entry, SourceText source, String extractor,
                ReadingSummary summary, Consumer<String> progress) {
            Genres.Choice choice = genres.choose(manifest.folder().resolve(CorpusManifest.FILE_NAME),
                    entry.documentId(), extractor, language(manifest, entry));
            Genre genre = choice.genre();
            Genre.Reader reader = readers.computeIfAbsent(genre.name(), name -> genre.newReader());
            if (source != sharedFor) {
                sharedFor = source;
                shared = new SharedReadings();
            }
            return read(genre, reader, new DocumentToRead(manifest, entry, source, choice.language(), summary,
                    shared), progress);
        }
    }

    /**
     * The facts that {@code genre} reads from a document: the one place where what a genre cannot read becomes an
     * error. Whatever it cannot read fails as a {@link CorpusException} that names the file and a line; no other
     * exception leaves.
     */
    private static Model read(Genre genre, Genre.Reader reader, DocumentToRead document, Consumer<String> progress) {
        try {
            return reader.read(document, progress);
        } catch (CorpusException e) {
            throw e;
        } catch (LayoutException e) {
            throw new CorpusException(document.file(), e.line(), document.withWordsOf(e.getMessage(), e.line()));
        } catch (RuntimeException e) {
            throw new CorpusException(document.file(), "expected a document that the " + genre.name()
                    + " extractor reads (" + genre.description() + "), found a text it cannot follow; this is a"
                    + " fault of normgraph, please report it with the file");
        }
    }

    static Model bundledTurtle(String resource) {
        try (InputStream in = GraphBuild.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

}
