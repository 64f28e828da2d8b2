package org.w3id.normgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.segment.PrintedSymbol;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;

/**
 * Ties a source document to the UN document that it is an edition of, by the symbol that it prints as its own:
 * {@code doc:… ng:editionOf un-document:A/65/154}, with a mention that says where the symbol stands.
 */
public final class EditionGraph {

    private EditionGraph() {
    }

    public static void addEditionOf(Model model, String documentId, PrintedSymbol printed) {
        Resource document = model.createResource(Iris.document(documentId));
        Resource report = ReplyGraph.unDocument(model, printed.symbol());
        document.addProperty(NG.editionOf, report);
        Resource where = model.createResource(Iris.document(documentId) + "/printed-symbol")
                .addProperty(RDF.type, NG.Mention)
                .addProperty(NG.mentionOf, report)
                .addProperty(NG.evidenceText, printed.where().text(), "zxx")
                .addLiteral(NG.evidenceStartLine, model.createTypedLiteral(printed.where().firstLine(),
                        XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEndLine, model.createTypedLiteral(printed.where().lastLine(),
                        XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceStart, model.createTypedLiteral(printed.where().span().start(),
                        XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEnd, model.createTypedLiteral(printed.where().span().end(),
                        XSDDatatype.XSDinteger))
                .addProperty(PROV.wasDerivedFrom, document);
        document.addProperty(NG.printedSymbol, where);
    }
}
