package org.w3id.normgraph.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.NG;

/** The corpus manifest ({@code manifest.ttl} in the corpus folder): which documents to read, and what they are. */
public record CorpusManifest(Path folder, Model description, List<CorpusEntry> entries) {

    public static final String FILE_NAME = "manifest.ttl";

    public static CorpusManifest read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file, "corpus manifest not found (expected a Turtle file listing the"
                    + " documents as ng:SourceDocument)");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(model, file.toUri().toString(), org.apache.jena.riot.Lang.TURTLE);
        } catch (RiotException e) {
            throw new CorpusException(file, "is not valid Turtle: " + e.getMessage(), e);
        }
        List<CorpusEntry> entries = new ArrayList<>();
        for (Resource doc : model.listSubjectsWithProperty(RDF.type, NG.SourceDocument).toList()) {
            String iri = doc.getURI();
            String prefix = Iris.ID + "document/";
            if (iri == null || !iri.startsWith(prefix) || !iri.substring(prefix.length()).matches("[a-z0-9-]+")) {
                throw new CorpusException(file, "document " + doc + " must have an IRI " + prefix
                        + "{lower-case letters, digits and hyphens}");
            }
            RDFNode sourceFile = single(file, doc, NG.sourceFile);
            Path path = folder.resolve(sourceFile.asLiteral().getString()).normalize();
            List<String> extractors = doc.listProperties(NG.extractor).toList().stream()
                    .map(s -> s.getString()).sorted().toList();
            entries.add(new CorpusEntry(iri.substring(prefix.length()), iri, path, extractors));
        }
        if (entries.isEmpty()) {
            throw new CorpusException(file, "lists no document (expected resources of type ng:SourceDocument)");
        }
        entries.sort(Comparator.comparing(CorpusEntry::documentId));
        return new CorpusManifest(folder, model, List.copyOf(entries));
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
