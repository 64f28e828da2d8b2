package org.w3id.normgraph.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.vocabulary.Namespaces;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The corpus manifest ({@code manifest.ttl} in the corpus folder): which documents to read, and what they are.
 * Each document names its own file, inside the corpus folder (see {@link CorpusFolder}); no two name the same one.
 */
public record CorpusManifest(Path folder, Model description, List<CorpusEntry> entries) {

    public static final String FILE_NAME = "manifest.ttl";
    private static final String DOCUMENT_PREFIX = Namespaces.ID + "document/";

    public static CorpusManifest read(Path folder) {
        return read(folder, CorpusFolder.DEFAULT_MAX_SOURCE_BYTES);
    }

    /** The manifest, with every document's source file checked, none larger than {@code maxSourceBytes}. */
    public static CorpusManifest read(Path folder, long maxSourceBytes) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file, "corpus manifest not found (expected a Turtle file listing the"
                    + " documents as ng:SourceDocument)");
        }
        CorpusFolder corpus = CorpusFolder.of(folder, maxSourceBytes);
        Model model = parse(file);
        List<Resource> documents = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, NG.SourceDocument)
                .toList());
        documents.sort(Comparator.comparing(Resource::toString));
        List<CorpusEntry> entries = new ArrayList<>();
        Map<Path, String> namingOfRealFile = new HashMap<>();
        for (Resource doc : documents) {
            String iri = doc.getURI();
            if (iri == null || !iri.startsWith(DOCUMENT_PREFIX)
                    || !iri.substring(DOCUMENT_PREFIX.length()).matches("[a-z0-9-]+")) {
                throw new CorpusException(file, "document " + doc + " must have an IRI " + DOCUMENT_PREFIX
                        + "{lower-case letters, digits and hyphens}");
            }
            String documentId = iri.substring(DOCUMENT_PREFIX.length());
            String named = single(file, doc, NG.sourceFile).asLiteral().getString();
            Path real = corpus.sourceFile(documentId, named);
            List<String> extractors = doc.listProperties(NG.extractor).toList().stream()
                    .map(s -> s.getString()).sorted().toList();
            String naming = documentId + " (\"" + named + "\")";
            String same = namingOfRealFile.putIfAbsent(real, naming);
            if (same != null) {
                throw new CorpusException(file, "documents " + same + " and " + naming + " name the same source"
                        + " file, " + real + "; expected one document per file (each of its facts would be"
                        + " extracted twice)");
            }
            entries.add(new CorpusEntry(documentId, iri, folder.resolve(named).normalize(), extractors));
        }
        if (entries.isEmpty()) {
            throw new CorpusException(file, "lists no document (expected resources of type ng:SourceDocument)");
        }
        entries.sort(Comparator.comparing(CorpusEntry::documentId));
        return new CorpusManifest(folder, model, List.copyOf(entries));
    }

    /**
     * The manifest's Turtle, refused at the first syntax error or ill-typed literal (a date that is no date would
     * otherwise describe the document with a value that no query can compare), each with its line.
     */
    private static Model parse(Path file) {
        Model model = ModelFactory.createDefaultModel();
        List<Warning> warnings = new ArrayList<>();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new ErrorHandler() {
                @Override
                public void warning(String message, long line, long col) {
                    warnings.add(new Warning(message, line, col));
                }

                @Override
                public void error(String message, long line, long col) {
                    throw new RiotParseException(message, line, col);
                }

                @Override
                public void fatal(String message, long line, long col) {
                    throw new RiotParseException(message, line, col);
                }
            }).parse(model);
        } catch (RiotParseException e) {
            throw new CorpusException(file, (int) e.getLine(), "is not valid Turtle: " + e.getOriginalMessage());
        }
        model.listStatements().toList().stream()
                .filter(s -> s.getObject().isLiteral() && !s.getObject().asNode().getLiteral().isWellFormed())
                .min(Comparator.comparingLong(s -> lineOf(s.getLiteral().getLexicalForm(), warnings)))
                .ifPresent(s -> {
                    throw illTyped(file, s, lineOf(s.getLiteral().getLexicalForm(), warnings));
                });
        ErrorHandler standard = ErrorHandlerFactory.getDefaultErrorHandler();
        warnings.forEach(w -> standard.warning(w.message(), w.line(), w.col()));
        return model;
    }

    private record Warning(String message, long line, long col) {
    }

    /** Where Jena met the literal: it says so only in its warning, which quotes the lexical form. */
    private static long lineOf(String lexical, List<Warning> warnings) {
        return warnings.stream().filter(w -> w.message().contains("'" + lexical + "'")).mapToLong(Warning::line)
                .findFirst().orElse(Long.MAX_VALUE);
    }

    private static CorpusException illTyped(Path file, Statement statement, long line) {
        String datatype = statement.getModel().shortForm(statement.getLiteral().getDatatypeURI());
        Resource subject = statement.getSubject();
        String about = subject.isURIResource() && subject.getURI().startsWith(DOCUMENT_PREFIX)
                ? "document " + subject.getURI().substring(DOCUMENT_PREFIX.length()) : "resource " + subject;
        String problem = about + " has " + statement.getModel().shortForm(statement.getPredicate().getURI())
                + " \"" + statement.getLiteral().getLexicalForm() + "\", which is not a valid " + datatype
                + "; expected a value of that type" + (datatype.equals("xsd:date") ? " (YYYY-MM-DD)" : "");
        return line == Long.MAX_VALUE ? new CorpusException(file, problem)
                : new CorpusException(file, (int) line, problem);
    }

    private static RDFNode single(Path file, Resource doc, org.apache.jena.rdf.model.Property p) {
        List<RDFNode> values = doc.getModel().listObjectsOfProperty(doc, p).toList();
        if (values.size() != 1 || !values.get(0).isLiteral()) {
            throw new CorpusException(file, "document " + doc.getURI() + " needs exactly one literal "
                    + p.getLocalName() + " (found " + values.size() + ")");
        }
        return values.get(0);
    }
}
