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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.NG;

/**
 * The corpus manifest ({@code manifest.ttl} in the corpus folder): which documents to read, and what they are.
 * Each document names its own file, inside the corpus folder (see {@link CorpusFolder}); no two name the same one.
 */
public record CorpusManifest(Path folder, Model description, List<CorpusEntry> entries) {

    public static final String FILE_NAME = "manifest.ttl";
    private static final String DOCUMENT_PREFIX = Iris.ID + "document/";

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

    private static Model parse(Path file) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(model, file.toUri().toString(), Lang.TURTLE);
        } catch (RiotException e) {
            throw new CorpusException(file, "is not valid Turtle: " + e.getMessage(), e);
        }
        return model;
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
