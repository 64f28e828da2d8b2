package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.Namespaces;
import org.w3id.normgraph.extract.Designations;
import org.w3id.normgraph.extract.DraftText;
import org.w3id.normgraph.extract.ProvisionRef;
import org.w3id.normgraph.extract.StanceRelation;
import org.w3id.normgraph.lexicon.Actor;

/**
 * Mints every IRI of the graph from the facts themselves, never from counters or hashes of run-time state, so
 * that the same corpus always gives the same IRIs. The paths under {@link #ID} are the public contract.
 */
public final class Iris {

    public static final String BASE = Namespaces.BASE;
    public static final String ID = Namespaces.ID;
    public static final String GRAPH = Namespaces.GRAPH;
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    public static final String CORPUS_GRAPH = GRAPH + "corpus";
    public static final String CONCEPTS_GRAPH = GRAPH + "concepts";
    /** Every graph whose name starts so holds what was read from one document. */
    public static final String EXTRACTED_GRAPHS = GRAPH + "extracted/";
    /** What normgraph derives from the extracted graphs and the reference data, kept apart from both. */
    public static final String MEMBER_STANCES_GRAPH = GRAPH + "derived/member-stances";
    /** The editions of each report, one reply per actor and report, and where editions disagree. */
    public static final String REPORT_EDITIONS_GRAPH = GRAPH + "derived/report-editions";

    private Iris() {
    }

    public static String actor(Actor actor) {
        return ID + actor.kind().pathSegment() + "/" + actor.code();
    }

    public static String document(String documentId) {
        return ID + "document/" + documentId;
    }

    public static String extractedGraph(String documentId) {
        return EXTRACTED_GRAPHS + documentId;
    }

    public static String forum(String code) {
        return ID + "forum/" + code;
    }

    /** A UN document by its symbol: {@code un-document/A/RES/76/19}. */
    public static String unDocument(String symbol) {
        return ID + "un-document/" + symbol;
    }

    /** The document's page at the UN's symbol resolver. */
    public static String undocs(String symbol) {
        return "https://undocs.org/" + symbol;
    }

    /** The reply of an actor in a compilation of replies: {@code statement/{document}/reply-SGP}. */
    public static String reply(String documentId, Actor actor) {
        return ID + "statement/" + documentId + "/reply-" + actor.code();
    }

    /** The introduction of a report, in the report's own voice. */
    public static String introduction(String documentId) {
        return document(documentId) + "/introduction";
    }

    /**
     * A part of a report that opens with a heading (a process section, a session or date heading; a section of
     * replies), numbered in reading order among the headings of its kind: {@code document/{document}/section-3}.
     */
    public static String reportSection(String documentId, int number) {
        return document(documentId) + "/section-" + number;
    }

    /** The {@code n}-th stance of a reply, counted in reading order. */
    public static String replyPosition(String documentId, Actor actor, int n) {
        return ID + "position/" + documentId + "/reply-" + actor.code() + "/stance-" + n;
    }

    public static String draft(DraftText draft) {
        return ID + "draft/" + draft.id();
    }

    public static String provision(ProvisionRef ref) {
        String article = ID + "provision/" + draft(ref.draft()).substring((ID + "draft/").length())
                + "/article-" + Designations.slug(ref.article());
        return ref.isArticle() ? article : article + "/" + Designations.slug(ref.part());
    }

    public static String position(String documentId, ProvisionRef ref, StanceRelation relation, Actor actor) {
        return ID + "position/" + documentId + "/" + provision(ref).substring((ID + "provision/").length())
                + "/" + relation.localName() + "/" + actor.kind().pathSegment() + "-" + actor.code();
    }

    public static String statement(String documentId, int ordinal) {
        return ID + "statement/" + documentId + "/" + ordinal;
    }

    public static String footnote(String documentId, int number) {
        return ID + "footnote/" + documentId + "/" + number;
    }

    public static String note(String documentId, int ordinal) {
        return ID + "note/" + documentId + "/" + ordinal;
    }

    /** The stance of one member that the position of its group, stated with its member States, implies. */
    public static String memberPosition(String groupPosition, String member) {
        if (!member.startsWith(ID)) {
            throw new IllegalArgumentException("not a normgraph actor: " + member);
        }
        return groupPosition + "/member/" + member.substring(ID.length()).replace('/', '-');
    }

    public static String wikidata(String qid) {
        return WIKIDATA_ENTITY + qid;
    }
}
