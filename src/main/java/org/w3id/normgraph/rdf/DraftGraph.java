package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.extract.Designations;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.extract.DraftText;
import org.w3id.normgraph.extract.ProvisionMention;
import org.w3id.normgraph.extract.ProvisionRef;
import org.w3id.normgraph.extract.QuotedProvision;
import org.w3id.normgraph.extract.Stance;

/**
 * Writes what the draft-convention extractor found in one document: draft versions, provisions and stances,
 * each stance as a direct edge and as an {@code ng:Position} with its evidence.
 */
public final class DraftGraph {

    private DraftGraph() {
    }

    public static Model of(String documentId, DraftFindings findings) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        Resource document = model.createResource(Iris.document(documentId));
        for (DraftText draft : findings.drafts()) {
            Resource r = model.createResource(Iris.draft(draft))
                    .addProperty(RDF.type, NG.DraftText)
                    .addProperty(RDFS.label, draft.forum() + " " + draft.kind().labelEn() + " (as at "
                            + draft.asOf() + ")", ReferenceGraph.EN)
                    .addProperty(RDFS.label, draft.forum() + " " + draft.kind().labelZh() + "（截至 "
                            + draft.asOf().getYear() + " 年 " + draft.asOf().getMonthValue() + " 月 "
                            + draft.asOf().getDayOfMonth() + " 日）", ReferenceGraph.ZH)
                    .addProperty(DCTerms.date, model.createTypedLiteral(draft.asOf().toString(), XSDDatatype.XSDdate))
                    .addProperty(NG.forum, model.createResource(Iris.forum(draft.forum())))
                    .addProperty(PROV.wasDerivedFrom, document);
            addEvidence(r, draft.evidence());
        }
        Map<ProvisionRef, Evidence> firstMentions = new LinkedHashMap<>();
        for (ProvisionMention mention : findings.provisions()) {
            firstMentions.putIfAbsent(mention.provision(), mention.evidence());
        }
        for (Stance stance : findings.stances()) {
            firstMentions.putIfAbsent(stance.provision(), stance.sentence());
        }
        for (Map.Entry<ProvisionRef, Evidence> entry : new java.util.ArrayList<>(firstMentions.entrySet())) {
            firstMentions.putIfAbsent(entry.getKey().wholeArticle(), entry.getValue());
        }
        firstMentions.forEach((ref, evidence) -> addProvision(model, document, ref, evidence));
        Map<ProvisionRef, QuotedProvision> firstQuotations = new LinkedHashMap<>();
        findings.quotations().forEach(q -> firstQuotations.putIfAbsent(q.provision(), q));
        firstQuotations.values().forEach(q -> addQuotation(model, document, q));
        for (Stance stance : findings.stances()) {
            addStance(model, documentId, document, stance);
        }
        return model;
    }

    private static void addProvision(Model model, Resource document, ProvisionRef ref, Evidence evidence) {
        Resource r = model.createResource(Iris.provision(ref))
                .addProperty(RDF.type, NG.DraftProvision)
                .addProperty(NG.articleNumber, ref.article())
                .addProperty(NG.draftText, model.createResource(Iris.draft(ref.draft())))
                .addProperty(PROV.wasDerivedFrom, document);
        String labelEn = "Article " + ref.article() + (ref.isArticle() ? "" : ", " + partLabel(ref.part()));
        String labelZh = Designations.chineseArticle(ref.article()) + (ref.isArticle() ? "" : " " + ref.part());
        r.addProperty(RDFS.label, labelEn, ReferenceGraph.EN).addProperty(RDFS.label, labelZh, ReferenceGraph.ZH);
        if (ref.isArticle()) {
            r.addProperty(DCTerms.isPartOf, model.createResource(Iris.draft(ref.draft())));
        } else {
            r.addProperty(NG.partDesignation, ref.part())
                    .addProperty(DCTerms.isPartOf, model.createResource(Iris.provision(ref.wholeArticle())));
        }
        addEvidence(r, evidence);
    }

    /** The provision's title and text as the document quotes them, and where: the page of a provision opens with them. */
    private static void addQuotation(Model model, Resource document, QuotedProvision quoted) {
        Resource provision = model.createResource(Iris.provision(quoted.provision()))
                .addProperty(DCTerms.title, quoted.title().text(), ReferenceGraph.ZH);
        Resource quotation = model.createResource(provision.getURI() + "/quotation")
                .addProperty(RDF.type, NG.Mention)
                .addProperty(NG.mentionOf, provision)
                .addProperty(PROV.wasDerivedFrom, document);
        quoted.text().ifPresent(text -> quotation.addProperty(NG.text, text.text(), ReferenceGraph.ZH));
        addEvidence(quotation, quoted.quotation());
        provision.addProperty(NG.quotation, quotation);
    }

    private static String partLabel(String part) {
        return part.startsWith("(") ? "subparagraph " + part : "paragraph " + part;
    }

    private static void addStance(Model model, String documentId, Resource document, Stance stance) {
        Resource actor = model.createResource(Iris.actor(stance.actor().actor()));
        Resource provision = model.createResource(Iris.provision(stance.provision()));
        Property relation = model.createProperty(NG.NS, stance.relation().localName());
        actor.addProperty(relation, provision);
        Resource position = model.createResource(Iris.position(documentId, stance.provision(), stance.relation(),
                        stance.actor().actor()))
                .addProperty(RDF.type, NG.Position)
                .addProperty(NG.holder, actor)
                .addProperty(NG.relation, relation)
                .addProperty(NG.about, provision)
                .addProperty(NG.cue, stance.cue())
                .addProperty(NG.actorText, stance.actorMention().text(), ReferenceGraph.ZH)
                .addLiteral(NG.actorLine, model.createTypedLiteral(stance.actorMention().firstLine(),
                        XSDDatatype.XSDinteger))
                .addLiteral(NG.actorStart, model.createTypedLiteral(stance.actorMention().span().start(),
                        XSDDatatype.XSDinteger))
                .addLiteral(NG.actorEnd, model.createTypedLiteral(stance.actorMention().span().end(),
                        XSDDatatype.XSDinteger))
                .addProperty(PROV.wasDerivedFrom, document);
        if (stance.actor().withMemberStates()) {
            position.addLiteral(NG.withMemberStates, true);
        }
        addEvidence(position, stance.sentence());
    }

    static void addEvidence(Resource r, Evidence evidence) {
        Model m = r.getModel();
        r.addProperty(NG.evidenceText, evidence.text(), ReferenceGraph.ZH)
                .addLiteral(NG.evidenceStartLine, m.createTypedLiteral(evidence.firstLine(), XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEndLine, m.createTypedLiteral(evidence.lastLine(), XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceStart, m.createTypedLiteral(evidence.span().start(), XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEnd, m.createTypedLiteral(evidence.span().end(), XSDDatatype.XSDinteger));
    }
}
