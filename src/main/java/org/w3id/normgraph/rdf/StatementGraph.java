package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.extract.CommentTarget;
import org.w3id.normgraph.extract.EditorialNote;
import org.w3id.normgraph.extract.FootnoteSource;
import org.w3id.normgraph.extract.ReportPart;
import org.w3id.normgraph.extract.Statement;
import org.w3id.normgraph.extract.StatementFindings;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.ConceptLexicon.ConceptMention;
import org.w3id.normgraph.segment.Heading;

/**
 * Writes the statements of a report: each quotation as an {@code ng:Statement} with its speaker, date, forum,
 * session, words and place in the source; the footnotes that give their sources (links, recording and minute,
 * pages, meeting); the report's commentary as editorial notes; and the topics and norms each statement is
 * tagged with, with the words that triggered them.
 */
public final class StatementGraph {

    private static final Pattern ORDINAL_SESSION = Pattern.compile("^(?:AHC的)?第([一二三四五六七八九十]+)次(实质性)?会议");
    private static final String NUMERALS = "一二三四五六七八九十";
    /** 和第五次会议 after 第四次会议: one heading for two sessions. */
    private static final Pattern FURTHER_ORDINAL = Pattern.compile("和第([一二三四五六七八九十]+)次(?:实质性)?会议");
    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
        "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
        "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"};

    private StatementGraph() {
    }

    public static Model of(String documentId, StatementFindings findings) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        Resource document = model.createResource(Iris.document(documentId));
        Map<Integer, FootnoteSource> footnotes = new HashMap<>();
        for (FootnoteSource footnote : findings.footnotes()) {
            footnotes.put(footnote.number(), footnote);
            addFootnote(model, documentId, document, footnote);
        }
        Map<Heading, String> sessionIris = new HashMap<>();
        String forum = "";
        int headingOrdinal = 0;
        for (Heading heading : findings.headings()) {
            headingOrdinal++;
            if (heading.kind() == Heading.Kind.SECTION) {
                forum = heading.forum();
            } else if (heading.kind() == Heading.Kind.SESSION) {
                String iri = sessionIri(documentId, forum, heading, headingOrdinal);
                sessionIris.put(heading, iri);
                Resource session = model.createResource(iri).addProperty(RDF.type, NG.Session)
                        .addProperty(RDFS.label, heading.label(), ReferenceGraph.ZH)
                        .addProperty(PROV.wasDerivedFrom, document);
                englishName(heading.label()).ifPresent(name -> session.addProperty(RDFS.label, name, ReferenceGraph.EN));
                if (!forum.isEmpty()) {
                    session.addProperty(NG.forum, model.createResource(Iris.forum(forum)));
                }
            }
        }
        for (ReportPart part : findings.parts()) {
            addPart(model, documentId, document, part, findings.headings().get(part.number() - 1), sessionIris);
        }
        for (Statement statement : findings.statements()) {
            Resource r = model.createResource(Iris.statement(documentId, statement.ordinal()))
                    .addProperty(RDF.type, NG.Statement)
                    .addProperty(NG.text, statement.quote().text(), ReferenceGraph.ZH)
                    .addLiteral(NG.ordinal, integer(model, statement.ordinal()))
                    .addProperty(PROV.wasDerivedFrom, document);
            statement.speakers().forEach(speaker -> r.addProperty(NG.speaker, model.createResource(Iris.actor(speaker))));
            if (!statement.speakerText().isEmpty()) {
                r.addProperty(NG.actorText, statement.speakerText(), ReferenceGraph.ZH);
            }
            for (Actor other : statement.onBehalfOf()) {
                r.addProperty(NG.onBehalfOf, model.createResource(Iris.actor(other)));
            }
            if (!statement.date().isEmpty()) {
                r.addProperty(DCTerms.date, date(model, statement.date()));
            }
            if (!statement.forum().isEmpty()) {
                r.addProperty(NG.forum, model.createResource(Iris.forum(statement.forum())));
            }
            if (statement.session() != null) {
                r.addProperty(NG.session, model.createResource(sessionIris.get(statement.session())));
            }
            if (statement.part() > 0) {
                r.addProperty(NG.section, model.createResource(Iris.reportSection(documentId, statement.part())));
            }
            addLocation(r, statement.quote());
            FootnoteSource footnote = footnotes.get(statement.footnote());
            if (footnote != null) {
                r.addProperty(NG.footnote, model.createResource(Iris.footnote(documentId, footnote.number())));
                if (disagrees(footnote.date(), statement.date())) {
                    r.addProperty(SKOS.editorialNote, "Footnote " + footnote.number() + " dates its source "
                            + footnote.date() + "; the running text dates the statement " + statement.date()
                            + ", which is kept.", ReferenceGraph.EN);
                }
            }
            int tagOrdinal = 0;
            for (ConceptMention mention : statement.concepts()) {
                Resource concept = model.createResource(mention.concept());
                r.addProperty(DCTerms.subject, concept);
                r.addProperty(NG.tag, model.createResource(Iris.statement(documentId, statement.ordinal())
                        + "/tag/" + (++tagOrdinal))
                        .addProperty(RDF.type, NG.ConceptTag)
                        .addProperty(NG.concept, concept)
                        .addProperty(NG.triggerWords, mention.words(), ReferenceGraph.ZH)
                        .addProperty(NG.lexiconVersion, ConceptLexicon.VERSION));
            }
        }
        for (EditorialNote note : findings.notes()) {
            Resource r = model.createResource(Iris.note(documentId, note.ordinal()))
                    .addProperty(RDF.type, NG.EditorialNote)
                    .addProperty(RDFS.label, note.kind(), ReferenceGraph.ZH)
                    .addProperty(NG.text, note.text().text(), ReferenceGraph.ZH)
                    .addLiteral(NG.ordinal, integer(model, note.ordinal()))
                    .addProperty(PROV.wasDerivedFrom, document);
            CommentTarget target = note.commentsOn();
            String about = target.statement() > 0 ? Iris.statement(documentId, target.statement())
                    : target.provision() != null ? Iris.provision(target.provision())
                    : target.part() > 0 ? Iris.reportSection(documentId, target.part()) : null;
            if (about != null) {
                r.addProperty(NG.commentsOn, model.createResource(about));
            }
            if (note.part() > 0) {
                r.addProperty(NG.section, model.createResource(Iris.reportSection(documentId, note.part())));
            }
            addLocation(r, note.text());
        }
        return model;
    }

    /** A heading of the report as an ng:Section: its words, its forum or date, the part it belongs to, its lines. */
    private static void addPart(Model model, String documentId, Resource document, ReportPart part, Heading heading,
            Map<Heading, String> sessionIris) {
        Resource parent = part.parent() > 0 ? model.createResource(Iris.reportSection(documentId, part.parent()))
                : document;
        Resource r = model.createResource(Iris.reportSection(documentId, part.number()))
                .addProperty(RDF.type, NG.Section)
                .addProperty(NG.heading, part.heading().text(), ReferenceGraph.ZH)
                .addProperty(DCTerms.isPartOf, parent)
                .addProperty(PROV.wasDerivedFrom, document);
        parent.addProperty(DCTerms.hasPart, r);
        if (!part.forum().isEmpty()) {
            r.addProperty(NG.forum, model.createResource(Iris.forum(part.forum())));
        }
        if (!part.date().isEmpty()) {
            r.addProperty(DCTerms.date, date(model, part.date()));
        }
        if (sessionIris.containsKey(heading)) {
            r.addProperty(NG.session, model.createResource(sessionIris.get(heading)));
        }
        addLocation(r, part.heading());
    }

    private static void addFootnote(Model model, String documentId, Resource document, FootnoteSource footnote) {
        Resource r = model.createResource(Iris.footnote(documentId, footnote.number()))
                .addProperty(RDF.type, NG.Footnote)
                .addLiteral(NG.footnoteNumber, integer(model, footnote.number()))
                .addProperty(NG.text, footnote.text().text(), ReferenceGraph.ZH)
                .addProperty(PROV.wasDerivedFrom, document);
        addLocation(r, footnote.text());
        footnote.links().forEach(link -> r.addProperty(NG.sourceLink, model.createResource(link)));
        if (!footnote.recording().isEmpty()) {
            r.addProperty(NG.recording, model.createResource(footnote.recording()));
        }
        if (footnote.offsetSeconds() >= 0) {
            r.addProperty(NG.timeOffset, model.createTypedLiteral(footnote.offsetDuration(), XSDDatatype.XSDduration));
            r.addLiteral(NG.offsetSeconds, integer(model, footnote.offsetSeconds()));
        }
        if (!footnote.pages().isEmpty()) {
            r.addProperty(NG.pages, footnote.pages());
        }
        if (!footnote.meeting().isEmpty()) {
            r.addProperty(NG.meeting, footnote.meeting(), ReferenceGraph.ZH);
        }
        if (!footnote.date().isEmpty()) {
            r.addProperty(NG.sourceDate, date(model, footnote.date()));
        }
        if (footnote.ibidOf() > 0) {
            r.addProperty(NG.sameAsFootnote, model.createResource(Iris.footnote(documentId, footnote.ibidOf())));
        }
    }

    private static boolean disagrees(String footnoteDate, String statementDate) {
        return footnoteDate.length() == 10 && statementDate.length() == 10 && !footnoteDate.equals(statementDate);
    }

    /**
     * The English name of a session that its heading names by ordinal (第二次实质性会议 → "Second substantive session",
     * AHC的第四次会议和第五次会议 → "Fourth and fifth sessions"), or of the informal consultations; none for a heading
     * whose words are not a session's ordinal name, which are not translated.
     */
    static Optional<String> englishName(String label) {
        if (label.equals("非正式磋商")) {
            return Optional.of("Informal consultations");
        }
        Matcher m = ORDINAL_SESSION.matcher(label);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> ordinals = new ArrayList<>();
        ordinals.add(ordinal(chineseNumeral(m.group(1))));
        Matcher more = FURTHER_ORDINAL.matcher(label.substring(m.end()));
        if (more.lookingAt()) {
            ordinals.add(ordinal(chineseNumeral(more.group(1))).toLowerCase(Locale.ROOT));
        }
        String kind = m.group(2) != null ? " substantive session" : " session";
        return Optional.of(String.join(" and ", ordinals) + kind + (ordinals.size() > 1 ? "s" : ""));
    }

    private static String ordinal(int n) {
        return n <= ORDINALS.length ? ORDINALS[n - 1] : n + "th";
    }

    /** Ordinal sessions get IRIs that name them (substantive-1); other headings are numbered within the document. */
    static String sessionIri(String documentId, String forum, Heading heading, int headingOrdinal) {
        Matcher m = ORDINAL_SESSION.matcher(heading.label());
        if (!forum.isEmpty() && m.find()) {
            int n = chineseNumeral(m.group(1));
            return Iris.ID + "session/" + forum + "/" + (m.group(2) != null ? "substantive-" : "session-") + n;
        }
        if (!forum.isEmpty() && heading.label().equals("非正式磋商")) {
            return Iris.ID + "session/" + forum + "/informal-consultations";
        }
        return Iris.ID + "session/" + documentId + "/heading-" + headingOrdinal;
    }

    private static int chineseNumeral(String numeral) {
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral) + 1;
        }
        int tens = numeral.startsWith("十") ? 1 : NUMERALS.indexOf(numeral.charAt(0)) + 1;
        int units = numeral.endsWith("十") ? 0 : NUMERALS.indexOf(numeral.charAt(numeral.length() - 1)) + 1;
        return tens * 10 + units;
    }

    private static Literal date(Model model, String iso) {
        XSDDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return model.createTypedLiteral(iso, type);
    }

    private static Literal integer(Model model, int value) {
        return model.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static void addLocation(Resource r, Evidence evidence) {
        Model m = r.getModel();
        r.addLiteral(NG.evidenceStartLine, integer(m, evidence.firstLine()))
                .addLiteral(NG.evidenceEndLine, integer(m, evidence.lastLine()))
                .addLiteral(NG.evidenceStart, integer(m, evidence.span().start()))
                .addLiteral(NG.evidenceEnd, integer(m, evidence.span().end()));
    }
}
