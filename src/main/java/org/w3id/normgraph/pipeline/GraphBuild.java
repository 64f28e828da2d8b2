package org.w3id.normgraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.extract.SpeakerCues;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.StanceCue;
import org.w3id.normgraph.extract.StatementExtractor;
import org.w3id.normgraph.extract.StatementFindings;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.rdf.DraftGraph;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.NG;
import org.w3id.normgraph.rdf.Prefixes;
import org.w3id.normgraph.rdf.ReferenceGraph;
import org.w3id.normgraph.rdf.StatementGraph;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusManifest;
import org.w3id.normgraph.reader.PdfTextReader;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;

/**
 * Wires the pipeline for a whole corpus: read → segment → recognise → extract → write RDF → validate. The result is
 * an in-memory dataset with one named graph per source (ontology, reference data, corpus description, and the facts
 * extracted from each document); nothing is stored until it has passed the SHACL shapes.
 *
 * <pre>{@code
 * Dataset graph = GraphBuild.fromCorpus(Path.of("corpus"), System.err::println);
 * }</pre>
 */
public final class GraphBuild {

    public static final String AHC_DRAFT_CONVENTION = "ahc-draft-convention";
    public static final String PROCESS_REPORT_STATEMENTS = "process-report-statements";
    private static final List<String> KNOWN_EXTRACTORS = List.of(AHC_DRAFT_CONVENTION, PROCESS_REPORT_STATEMENTS,
            ReplyCompilationStep.NAME);

    private GraphBuild() {
    }

    public static Dataset fromCorpus(Path corpusFolder, Consumer<String> progress) {
        CorpusManifest manifest = CorpusManifest.read(corpusFolder);
        ReferenceData reference = ReferenceData.bundled();
        Gazetteer gazetteer = Gazetteer.of(reference);
        DraftConventionExtractor draftExtractor = new DraftConventionExtractor(gazetteer, StanceCue.bundled());
        StatementExtractor statementExtractor =
                new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(), ConceptLexicon.bundled());
        ReplyExtractor replyExtractor = new ReplyExtractor(reference);
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(Iris.ONTOLOGY_GRAPH, bundledTurtle("/ontology/normgraph.ttl"));
        dataset.addNamedModel(Iris.CONCEPTS_GRAPH, bundledTurtle("/ontology/concepts.ttl"));
        dataset.addNamedModel(Iris.REFERENCE_GRAPH, ReferenceGraph.of(reference));
        Model corpus = ModelFactory.createDefaultModel();
        Prefixes.set(corpus);
        corpus.add(manifest.description());
        Extractors extractors = new Extractors(draftExtractor, statementExtractor, replyExtractor);
        for (CorpusEntry entry : manifest.entries()) {
            PdfTextReader.PdfText pdf = PdfTextReader.isPdf(entry.file())
                    ? PdfTextReader.read(entry.file(), entry.documentId()) : null;
            SourceText source = pdf != null ? pdf.text() : PlainTextReader.read(entry.file(), entry.documentId());
            corpus.createResource(entry.iri()).addProperty(NG.sha256, sha256(entry.file()));
            for (String extractor : entry.extractors()) {
                Model facts = extractors.facts(manifest, entry, source, extractor, progress);
                if (pdf != null) {
                    addPages(facts, pdf);
                }
                dataset.getNamedModel(Iris.extractedGraph(entry.documentId())).add(facts);
                progress.accept(entry.documentId() + ": " + extractor + ": " + facts.size() + " triples");
            }
        }
        dataset.addNamedModel(Iris.CORPUS_GRAPH, corpus);
        Linking.apply(dataset);
        validate(dataset);
        return dataset;
    }

    /** The extractors of a build, made once, and the one place where what they cannot read becomes an error. */
    record Extractors(DraftConventionExtractor draft, StatementExtractor statements, ReplyExtractor replies) {

        static Extractors bundled() {
            ReferenceData reference = ReferenceData.bundled();
            Gazetteer gazetteer = Gazetteer.of(reference);
            return new Extractors(new DraftConventionExtractor(gazetteer, StanceCue.bundled()),
                    new StatementExtractor(gazetteer, reference, SpeakerCues.bundled(), ConceptLexicon.bundled()),
                    new ReplyExtractor(reference));
        }

        /**
         * The facts that {@code extractor} reads from a document. Whatever it cannot read fails as a
         * {@link CorpusException} that names the file and a line; no other exception leaves.
         */
        Model facts(CorpusManifest manifest, CorpusEntry entry, SourceText source, String extractor,
                Consumer<String> progress) {
            try {
                return switch (extractor) {
                    case AHC_DRAFT_CONVENTION -> draftConvention(entry, source, draft);
                    case PROCESS_REPORT_STATEMENTS -> GraphBuild.statements(entry, source, statements,
                            entry.extractors().contains(AHC_DRAFT_CONVENTION) ? draft : null, progress);
                    case ReplyCompilationStep.NAME -> ReplyCompilationStep.facts(manifest, entry, source, replies);
                    default -> throw new CorpusException(manifest.folder().resolve(CorpusManifest.FILE_NAME),
                            "document " + entry.documentId() + " names unknown extractor \"" + extractor
                                    + "\" (known: " + String.join(", ", KNOWN_EXTRACTORS) + ")");
                };
            } catch (CorpusException e) {
                throw e;
            } catch (LayoutException e) {
                throw new CorpusException(entry.file(), e.line(), found(e.getMessage(), source, e.line()));
            } catch (RuntimeException e) {
                throw new CorpusException(entry.file(), "expected a document that the " + extractor
                        + " extractor reads (" + GENRES.getOrDefault(extractor, extractor) + "), found a text it"
                        + " cannot follow; this is a fault of normgraph, please report it with the file");
            }
        }
    }

    /** The page of a PDF on which each place of the facts begins (ng:page), beside its line. */
    static void addPages(Model facts, PdfTextReader.PdfText pdf) {
        List<org.apache.jena.rdf.model.Statement> lines = facts.listStatements(null, NG.evidenceStartLine,
                (org.apache.jena.rdf.model.RDFNode) null).toList();
        for (org.apache.jena.rdf.model.Statement line : lines) {
            line.getSubject().addLiteral(NG.page,
                    facts.createTypedLiteral(pdf.page(line.getInt()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDpositiveInteger));
        }
    }

    /** A layout problem, and the words that the line holds. */
    static String found(String problem, SourceText source, int line) {
        if (problem.contains("found") || line < 1 || line > source.lineCount()) {
            return problem;
        }
        String words = source.line(line).strip();
        return problem + "; found “" + (words.length() > 40 ? words.substring(0, 40) + "…" : words) + "”";
    }

    private static final java.util.Map<String, String> GENRES = java.util.Map.of(
            AHC_DRAFT_CONVENTION, "a report that quotes drafts of the cybercrime convention",
            PROCESS_REPORT_STATEMENTS, "a report on UN processes that quotes statements",
            ReplyCompilationStep.NAME, "a compilation of replies of Governments");

    private static Model draftConvention(CorpusEntry entry, SourceText source,
            DraftConventionExtractor extractor) {
        ReadingText reading = ReadingText.of(PageLayout.analyse(source));
        DraftFindings findings = extractor.extract(reading);
        if (findings.drafts().isEmpty()) {
            throw new CorpusException(entry.file(), source.lineCount(), "found no draft of the cybercrime convention from line 1 to here: the "
                    + AHC_DRAFT_CONVENTION + " extractor expects a sentence that names a 合并谈判文件 or"
                    + " 公约文本草案 with its date (截至 YYYY 年 M 月 D 日)");
        }
        if (findings.stances().isEmpty()) {
            throw new CorpusException(entry.file(), source.lineCount(), "found drafts but no stance on any provision from line 1 to here: the "
                    + AHC_DRAFT_CONVENTION + " extractor expects sentences such as “A、B和C反对将该条款纳入公约”");
        }
        return DraftGraph.of(entry.documentId(), findings);
    }

    /** @param drafts the draft-convention extractor where it reads the same document, so that notes on drafts find them */
    private static Model statements(CorpusEntry entry, SourceText source, StatementExtractor extractor,
            DraftConventionExtractor drafts, Consumer<String> progress) {
        PageLayout layout = PageLayout.analyse(source);
        StatementFindings findings = drafts == null ? extractor.extract(layout)
                : extractor.extract(layout, drafts.extract(ReadingText.of(layout)));
        if (findings.statements().isEmpty()) {
            throw new CorpusException(entry.file(), source.lineCount(), "found no quoted statement from line 1 to here: the " + PROCESS_REPORT_STATEMENTS
                    + " extractor expects paragraphs such as “中国：“引文”6”, a speaker, a colon and a quotation");
        }
        findings.unattributed().forEach(intro -> progress.accept(entry.file() + ":" + intro
                + " — a quotation introduced like a statement, but no known speaker is named; not extracted"));
        return StatementGraph.of(entry.documentId(), findings);
    }

    /** Fails, in one line that names the first broken constraint and where, if the graph breaks the published shapes. */
    public static void validate(Dataset dataset) {
        Shapes shapes = Shapes.parse(bundledTurtle("/ontology/shapes.ttl").getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionModel().getGraph());
        if (!report.conforms()) {
            var first = report.getEntries().iterator().next();
            var focus = dataset.getUnionModel().asRDFNode(first.focusNode());
            String where = focus.isResource() && focus.asResource().hasProperty(NG.evidenceStartLine)
                    ? " (line " + focus.asResource().getProperty(NG.evidenceStartLine).getInt() + " of its document)" : "";
            throw new BuildException("the graph breaks " + report.getEntries().size() + " SHACL constraint(s) of"
                    + " ontology/shapes.ttl; the first: expected " + first.message().replace('\n', ' ') + " for "
                    + first.resultPath() + " of " + first.focusNode() + where + ", found "
                    + (first.value() == null ? "none" : first.value().toString()));
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

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CorpusException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
