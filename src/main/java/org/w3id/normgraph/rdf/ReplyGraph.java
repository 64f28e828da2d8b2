package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.w3id.normgraph.extract.Mention;
import org.w3id.normgraph.extract.ReplyFacts;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.extract.ReplyPart;
import org.w3id.normgraph.extract.ReplyStance;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ConceptLexicon;

/**
 * Writes what the reply extractor found in a compilation of replies: each reply as an {@code ng:Statement} of its
 * actor with its language, date, the resolution it answers and its forum; its sections, paragraphs and footnotes
 * with their words and place; what each part cites, names and is about; and each stance as a direct edge from the
 * actor to an {@code ng:Issue}, with an {@code ng:Position} that gives its source.
 */
public final class ReplyGraph {

    private static final String FOAF_PAGE = "http://xmlns.com/foaf/0.1/page";

    private ReplyGraph() {
    }

    /** @param forum the IRI of the forum to which the document and its replies are addressed */
    public static Model of(String documentId, ReplyFindings findings, String forum) {
        return of(documentId, findings, forum, ReferenceGraph.ZH);
    }

    /**
     * @param forum the IRI of the forum to which the document and its replies are addressed
     * @param textLanguage the language tag of the document's words (headings, paragraphs, footnotes, cues)
     */
    public static Model of(String documentId, ReplyFindings findings, String forum, String textLanguage) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        Resource document = model.createResource(Iris.document(documentId));
        Resource answered = findings.respondsTo().map(m -> unDocument(model, m.target())).orElse(null);

        Resource introduction = model.createResource(Iris.introduction(documentId))
                .addProperty(RDFS.label, "Introduction", ReferenceGraph.EN)
                .addProperty(RDFS.label, "导言", ReferenceGraph.ZH)
                .addProperty(DCTerms.isPartOf, document)
                .addProperty(PROV.wasDerivedFrom, document);
        writeParts(model, document, introduction, findings.introduction(), findings.introFootnotes(), textLanguage);
        document.addProperty(DCTerms.hasPart, introduction);

        Map<Evidence, Resource> sections = replySections(model, documentId, document, findings.replies(), textLanguage);
        for (ReplyFacts reply : findings.replies()) {
            Actor actor = reply.speaker().actor();
            Resource statement = model.createResource(Iris.reply(documentId, actor))
                    .addProperty(RDF.type, NG.Statement)
                    .addProperty(RDFS.label, actor.nameZh() + "的答复", ReferenceGraph.ZH)
                    .addProperty(RDFS.label, "Reply of " + actor.nameEn(), ReferenceGraph.EN)
                    .addProperty(NG.speaker, model.createResource(Iris.actor(actor)))
                    .addProperty(DCTerms.date, model.createTypedLiteral(reply.date().toString(), XSDDatatype.XSDdate))
                    .addProperty(NG.forum, model.createResource(forum))
                    .addProperty(PROV.wasDerivedFrom, document);
            if (answered != null) {
                statement.addProperty(NG.respondsTo, answered);
            }
            reply.languages().forEach(code -> statement.addProperty(DCTerms.language, code));
            DraftGraph.addEvidence(statement, reply.heading());
            Resource section = sections.get(reply.sectionHeading());
            statement.addProperty(DCTerms.isPartOf, section);
            section.addProperty(DCTerms.hasPart, statement);
            writeParts(model, document, statement, reply.parts(), reply.footnotes(), textLanguage);
            List<ReplyFacts.PartStance> stances = reply.stances();
            for (int n = 1; n <= stances.size(); n++) {
                writeStance(model, documentId, document, statement, actor, n, stances.get(n - 1), textLanguage);
            }
        }
        return model;
    }

    /**
     * The report's sections of replies (二. 从各国政府收到的答复, 三. 从政府间组织收到的答复) as ng:Section, numbered after the
     * introduction (section-2, section-3), each from its heading to the last line of its last reply.
     */
    private static Map<Evidence, Resource> replySections(Model model, String documentId, Resource document,
            List<ReplyFacts> replies, String textLanguage) {
        Map<Evidence, Resource> sections = new LinkedHashMap<>();
        Map<Evidence, int[]> extent = new LinkedHashMap<>();
        for (ReplyFacts reply : replies) {
            int[] lastLineAndEnd = extent.computeIfAbsent(reply.sectionHeading(),
                    h -> new int[] {h.lastLine(), h.span().end()});
            for (List<ReplyPart> parts : List.of(reply.parts(), reply.footnotes())) {
                for (ReplyPart part : parts) {
                    lastLineAndEnd[0] = Math.max(lastLineAndEnd[0], part.lastLine());
                    lastLineAndEnd[1] = Math.max(lastLineAndEnd[1], part.span().end());
                }
            }
            lastLineAndEnd[0] = Math.max(lastLineAndEnd[0], reply.dateWords().lastLine());
            lastLineAndEnd[1] = Math.max(lastLineAndEnd[1], reply.dateWords().span().end());
        }
        int number = 1;
        for (var entry : extent.entrySet()) {
            Evidence heading = entry.getKey();
            Resource section = model.createResource(Iris.reportSection(documentId, ++number))
                    .addProperty(RDF.type, NG.Section)
                    .addProperty(NG.heading, heading.text(), textLanguage)
                    .addProperty(DCTerms.isPartOf, document)
                    .addProperty(PROV.wasDerivedFrom, document);
            document.addProperty(DCTerms.hasPart, section);
            place(section, heading.firstLine(), entry.getValue()[0], heading.span().start(), entry.getValue()[1]);
            sections.put(heading, section);
        }
        return sections;
    }

    static Resource unDocument(Model model, String symbol) {
        Resource page = model.createResource(Iris.undocs(symbol));
        return model.createResource(Iris.unDocument(symbol))
                .addProperty(RDF.type, symbol.contains("/RES/") ? NG.Resolution : NG.UNDocument)
                .addProperty(DCTerms.identifier, symbol)
                .addProperty(RDFS.label, symbol)
                .addProperty(RDFS.seeAlso, page)
                .addProperty(model.createProperty(FOAF_PAGE), page);
    }

    private static String partIri(Resource container, ReplyPart part) {
        return container.getURI() + (part.kind() == ReplyPart.Kind.FOOTNOTE ? "/footnote-" : "/part-") + part.number();
    }

    /** Sections and paragraphs under {@code container} (paragraphs under their section), then the footnotes. */
    private static void writeParts(Model model, Resource document, Resource container, List<ReplyPart> parts,
            List<ReplyPart> footnotes, String textLanguage) {
        for (ReplyPart part : parts) {
            Resource parent = part.parent() == 0 ? container
                    : model.createResource(container.getURI() + "/part-" + part.parent());
            Resource r = writePart(model, document, container, parent, part, textLanguage);
            r.addLiteral(NG.partNumber, model.createTypedLiteral(part.number(), XSDDatatype.XSDinteger));
            if (part.kind() == ReplyPart.Kind.SECTION) {
                r.addProperty(RDF.type, NG.Section).addProperty(NG.heading, part.heading(), textLanguage);
            } else {
                r.addProperty(RDF.type, NG.Paragraph).addProperty(NG.text, part.text(), textLanguage);
            }
            for (int footnote : part.footnotes()) {
                r.addProperty(NG.hasFootnote, model.createResource(container.getURI() + "/footnote-" + footnote));
            }
        }
        for (ReplyPart footnote : footnotes) {
            writePart(model, document, container, container, footnote, textLanguage)
                    .addProperty(RDF.type, NG.Footnote)
                    .addProperty(NG.text, footnote.text(), textLanguage)
                    .addLiteral(NG.footnoteNumber, model.createTypedLiteral(footnote.number(), XSDDatatype.XSDinteger));
        }
    }

    private static Resource writePart(Model model, Resource document, Resource container, Resource parent,
            ReplyPart part, String textLanguage) {
        Resource r = model.createResource(partIri(container, part))
                .addProperty(DCTerms.isPartOf, parent)
                .addProperty(PROV.wasDerivedFrom, document);
        parent.addProperty(DCTerms.hasPart, r);
        place(r, part.firstLine(), part.lastLine(), part.span().start(), part.span().end());
        int mentions = 0;
        int tags = 0;
        for (Mention mention : part.mentions()) {
            if (mention.kind() == Mention.Kind.CONCEPT) {
                Resource concept = model.createResource(mention.target());
                r.addProperty(DCTerms.subject, concept);
                Resource tag = model.createResource(r.getURI() + "/tag-" + ++tags)
                        .addProperty(RDF.type, NG.ConceptTag)
                        .addProperty(NG.concept, concept)
                        .addProperty(NG.triggerWords, mention.words().text(), textLanguage)
                        .addProperty(NG.lexiconVersion, ConceptLexicon.VERSION);
                place(tag, mention.words());
                r.addProperty(NG.tag, tag);
                continue;
            }
            Resource thing = target(model, mention);
            r.addProperty(DCTerms.references, thing);
            Resource m = model.createResource(r.getURI() + "/mention-" + ++mentions)
                    .addProperty(RDF.type, NG.Mention)
                    .addProperty(NG.mentionOf, thing)
                    .addProperty(PROV.wasDerivedFrom, document);
            DraftGraph.addEvidence(m, mention.words());
            if (!mention.pageLink().isEmpty()) {
                m.addProperty(NG.pageLink, model.createResource(mention.pageLink()));
            }
            r.addProperty(NG.mention, m);
        }
        return r;
    }

    private static Resource target(Model model, Mention mention) {
        return mention.kind() == Mention.Kind.UN_DOCUMENT ? unDocument(model, mention.target())
                : model.createResource(Iris.ID + mention.target());
    }

    private static void place(Resource r, Evidence evidence) {
        place(r, evidence.firstLine(), evidence.lastLine(), evidence.span().start(), evidence.span().end());
    }

    private static void place(Resource r, int firstLine, int lastLine, int start, int end) {
        Model m = r.getModel();
        r.addLiteral(NG.evidenceStartLine, m.createTypedLiteral(firstLine, XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEndLine, m.createTypedLiteral(lastLine, XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceStart, m.createTypedLiteral(start, XSDDatatype.XSDinteger))
                .addLiteral(NG.evidenceEnd, m.createTypedLiteral(end, XSDDatatype.XSDinteger));
    }

    private static void writeStance(Model model, String documentId, Resource document, Resource statement,
            Actor speaker, int n, ReplyFacts.PartStance stated, String textLanguage) {
        ReplyStance stance = stated.stance();
        Resource issue = model.createResource(statement.getURI() + "/issue-" + n)
                .addProperty(RDF.type, NG.Issue)
                .addProperty(RDFS.label, stance.object().text(), textLanguage)
                .addProperty(PROV.wasDerivedFrom, document);
        DraftGraph.addEvidence(issue, stance.object());
        for (Mention mention : stated.objectMentions()) {
            issue.addProperty(mention.kind() == Mention.Kind.CONCEPT ? DCTerms.subject : DCTerms.references,
                    mention.kind() == Mention.Kind.CONCEPT ? model.createResource(mention.target())
                            : target(model, mention));
        }
        Resource actor = model.createResource(Iris.actor(stance.holder().actor()));
        Property relation = model.createProperty(NG.NS, stance.relation().localName());
        actor.addProperty(relation, issue);
        Evidence holder = stance.holderWords();
        Evidence cue = stance.cue();
        Resource position = model.createResource(Iris.replyPosition(documentId, speaker, n))
                .addProperty(RDF.type, NG.Position)
                .addProperty(NG.holder, actor)
                .addProperty(NG.relation, relation)
                .addProperty(NG.about, issue)
                .addProperty(NG.cue, stance.rule())
                .addProperty(NG.lexiconVersion, stance.lexicon())
                .addProperty(NG.statedIn, model.createResource(statement.getURI() + "/part-" + stated.part()))
                .addProperty(NG.actorText, holder.text(), textLanguage)
                .addLiteral(NG.actorLine, model.createTypedLiteral(holder.firstLine(), XSDDatatype.XSDinteger))
                .addLiteral(NG.actorStart, model.createTypedLiteral(holder.span().start(), XSDDatatype.XSDinteger))
                .addLiteral(NG.actorEnd, model.createTypedLiteral(holder.span().end(), XSDDatatype.XSDinteger))
                .addProperty(NG.cueText, cue.text(), textLanguage)
                .addLiteral(NG.cueLine, model.createTypedLiteral(cue.firstLine(), XSDDatatype.XSDinteger))
                .addLiteral(NG.cueStart, model.createTypedLiteral(cue.span().start(), XSDDatatype.XSDinteger))
                .addLiteral(NG.cueEnd, model.createTypedLiteral(cue.span().end(), XSDDatatype.XSDinteger))
                .addProperty(PROV.wasDerivedFrom, document);
        if (stance.holder().withMemberStates()) {
            position.addLiteral(NG.withMemberStates, true);
        }
        DraftGraph.addEvidence(position, stance.sentence());
    }
}
