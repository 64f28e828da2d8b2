package org.w3id.normgraph.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.vocabulary.NG;

/** One document, extracted, linked and checked on its own: its facts, what derives from them, and messages. */
record CheckedDocument(CorpusEntry entry, String sha256, Model facts, Model derived, List<String> messages,
        Set<Node> openViolations, ReadingSummary summary) {

    /**
     * Prints the document's reading summary and every candidate left unread (with file and line), and describes the
     * counts in the corpus graph ({@code ng:readingCount}).
     */
    void reportReading(Resource described, Consumer<String> progress, List<String> leftUnread) {
        progress.accept("reading summary: " + entry.documentId() + ": " + summary.line());
        for (ReadingSummary.Unread unread : summary.unread()) {
            String where = entry.file() + ":" + unread.line() + ": " + unread.why() + "; left unread";
            progress.accept("warning: " + where);
            leftUnread.add(where);
        }
        Model corpus = described.getModel();
        summary.counts().forEach((kind, counts) -> described.addProperty(NG.readingCount,
                corpus.createResource(entry.iri() + "/reading/" + kind)
                        .addProperty(RDF.type, NG.ReadingCount)
                        .addProperty(NG.candidateKind, kind)
                        .addLiteral(NG.candidatesMet, corpus.createTypedLiteral(counts.met(),
                                XSDDatatype.XSDnonNegativeInteger))
                        .addLiteral(NG.candidatesTaken, corpus.createTypedLiteral(counts.taken(),
                                XSDDatatype.XSDnonNegativeInteger))
                        .addLiteral(NG.candidatesLeftUnread, corpus.createTypedLiteral(counts.leftUnread(),
                                XSDDatatype.XSDnonNegativeInteger))));
    }
}
