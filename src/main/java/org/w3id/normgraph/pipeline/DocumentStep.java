package org.w3id.normgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.rdf.EditionGraph;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusManifest;
import org.w3id.normgraph.reader.PdfTextReader;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PrintedSymbol;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The work of one document, on one thread of the build: read, extract with each genre that the manifest names, link,
 * derive member stances and check the document's own graph; what it leaves to the checks across documents comes
 * back in the {@link CheckedDocument}.
 */
record DocumentStep(CorpusManifest manifest, GraphBuild.Extractors extractors, Model reference,
        Model described, Shapes shapes) {

    CheckedDocument apply(CorpusEntry entry) {
        List<String> messages = new ArrayList<>();
        PdfTextReader.PdfText pdf = PdfTextReader.isPdf(entry.file())
                ? PdfTextReader.read(entry.file(), entry.documentId()) : null;
        SourceText source = pdf != null ? pdf.text() : PlainTextReader.read(entry.file(), entry.documentId());
        String sha256 = sha256(entry.file());
        Model document = ModelFactory.createDefaultModel();
        ReadingSummary summary = new ReadingSummary();
        for (String extractor : entry.extractors()) {
            Model facts = extractors.facts(manifest, entry, source, extractor, summary, messages::add);
            if (pdf != null) {
                addPages(facts, pdf);
            }
            document.add(facts);
            messages.add(entry.documentId() + ": " + extractor + ": " + facts.size() + " triples");
        }
        if (!entry.extractors().isEmpty()) {
            PrintedSymbol.find(source).ifPresent(symbol -> EditionGraph.addEditionOf(document, entry.documentId(),
                    symbol));
        }
        String graph = Iris.extractedGraph(entry.documentId());
        Linking.requireDescribedActors(graph, document, reference);
        Model derived = MemberStances.derive(ModelFactory.createUnion(document, reference));
        // Validated with what the document's shapes read in other graphs (ontology, reference, corpus):
        // every node of the document, as a focus node of whatever shape targets it.
        Graph own = ModelFactory.createUnion(document, derived).getGraph();
        Graph data = new Union(described.getGraph(), own);
        Set<Node> nodes = new LinkedHashSet<>();
        own.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                nodes.add(t.getObject());
            }
        });
        // A subject of two of the graphs that the store will hold apart (this document's facts, the derived
        // member stances, the graphs that describe the corpus) is checked again across documents whatever its
        // verdict here, on all the data: checking it here too would only repeat the work.
        nodes.removeIf(node -> subjectOfSeveral(node, document.getGraph(), derived.getGraph(),
                described.getGraph()));
        Set<Node> open = new LinkedHashSet<>();
        GraphChecks.validateNodes(shapes, data, nodes).getEntries().forEach(e -> open.add(e.focusNode()));
        return new CheckedDocument(entry, sha256, document, derived, messages, open, summary);
    }

    private static boolean subjectOfSeveral(Node node, Graph... graphs) {
        int holding = 0;
        for (Graph graph : graphs) {
            if (graph.contains(node, Node.ANY, Node.ANY) && ++holding == 2) {
                return true;
            }
        }
        return false;
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
