package org.w3id.normgraph.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The normgraph ontology ({@code ontology/normgraph.ttl}): namespace and terms, named exactly like their local names. */
public final class NG {

    public static final String NS = "https://w3id.org/normgraph/ontology#";

    private NG() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource Group = resource("Group");
    public static final Resource Territory = resource("Territory");
    public static final Resource Forum = resource("Forum");
    public static final Resource Session = resource("Session");
    public static final Resource Statement = resource("Statement");
    public static final Resource Norm = resource("Norm");
    public static final Resource Resolution = resource("Resolution");
    public static final Resource DraftText = resource("DraftText");
    public static final Resource DraftProvision = resource("DraftProvision");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource Position = resource("Position");
    public static final Resource Genre = resource("Genre");
    public static final Resource ProcessUpdateReport = resource("ProcessUpdateReport");
    public static final Resource SecretaryGeneralReport = resource("SecretaryGeneralReport");

    public static final Property stance = property("stance");
    public static final Property proposes = property("proposes");
    public static final Property supports = property("supports");
    public static final Property opposes = property("opposes");
    public static final Property holder = property("holder");
    public static final Property relation = property("relation");
    public static final Property about = property("about");
    public static final Property withMemberStates = property("withMemberStates");
    public static final Property cue = property("cue");
    public static final Property evidenceText = property("evidenceText");
    public static final Property evidenceStartLine = property("evidenceStartLine");
    public static final Property evidenceEndLine = property("evidenceEndLine");
    public static final Property page = property("page");
    public static final Property evidenceStart = property("evidenceStart");
    public static final Property evidenceEnd = property("evidenceEnd");
    public static final Property actorText = property("actorText");
    public static final Property actorLine = property("actorLine");
    public static final Property actorStart = property("actorStart");
    public static final Property actorEnd = property("actorEnd");
    public static final Property articleNumber = property("articleNumber");
    public static final Property partDesignation = property("partDesignation");
    public static final Property draftText = property("draftText");
    public static final Property forum = property("forum");
    public static final Property session = property("session");
    public static final Property section = property("section");
    public static final Property speaker = property("speaker");
    public static final Property respondsTo = property("respondsTo");
    public static final Property sourceFile = property("sourceFile");
    public static final Property extractor = property("extractor");
    public static final Property genre = property("genre");
    public static final Property sha256 = property("sha256");
    public static final Resource ReadingCount = resource("ReadingCount");
    public static final Property readingCount = property("readingCount");
    public static final Property candidateKind = property("candidateKind");
    public static final Property candidatesMet = property("candidatesMet");
    public static final Property candidatesTaken = property("candidatesTaken");
    public static final Property candidatesLeftUnread = property("candidatesLeftUnread");
    public static final Resource ReportReply = resource("ReportReply");
    public static final Resource EditionDiscrepancy = resource("EditionDiscrepancy");
    public static final Property editionOf = property("editionOf");
    public static final Property edition = property("edition");
    public static final Property printedSymbol = property("printedSymbol");
    public static final Property readIn = property("readIn");
    public static final Property discrepancyKind = property("discrepancyKind");
    public static final Property missingFrom = property("missingFrom");
    public static final Property quotation = property("quotation");
    public static final Property iso3166Alpha3 = property("iso3166Alpha3");
    public static final Property iso3166Alpha2 = property("iso3166Alpha2");
    public static final Property m49Code = property("m49Code");
    public static final Property unRegion = property("unRegion");
    public static final Property unSubregion = property("unSubregion");
    public static final Property unIntermediateRegion = property("unIntermediateRegion");
    public static final Property unMembership = property("unMembership");
    public static final Property groupCode = property("groupCode");
    public static final Property membersAsOf = property("membersAsOf");

    // statements, footnotes and commentary
    public static final Resource Office = resource("Office");
    public static final Resource Organization = resource("Organization");
    public static final Resource Report = resource("Report");
    public static final Resource Footnote = resource("Footnote");
    public static final Resource EditorialNote = resource("EditorialNote");
    public static final Resource ConceptTag = resource("ConceptTag");
    public static final Property text = property("text");
    public static final Property ordinal = property("ordinal");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property footnote = property("footnote");
    public static final Property footnoteNumber = property("footnoteNumber");
    public static final Property sourceLink = property("sourceLink");
    public static final Property recording = property("recording");
    public static final Property timeOffset = property("timeOffset");
    public static final Property offsetSeconds = property("offsetSeconds");
    public static final Property pages = property("pages");
    public static final Property meeting = property("meeting");
    public static final Property sourceDate = property("sourceDate");
    public static final Property sameAsFootnote = property("sameAsFootnote");
    public static final Property commentsOn = property("commentsOn");
    public static final Property tag = property("tag");
    public static final Property concept = property("concept");
    public static final Property triggerWords = property("triggerWords");
    public static final Property lexiconVersion = property("lexiconVersion");

    public static final Resource DerivedPosition = resource("DerivedPosition");
    public static final Property viaGroup = property("viaGroup");

    // replies to the Secretary-General (issue 4)
    public static final Resource Section = resource("Section");
    public static final Resource Paragraph = resource("Paragraph");
    public static final Resource UNDocument = resource("UNDocument");
    public static final Resource Instrument = resource("Instrument");
    public static final Resource Mention = resource("Mention");
    public static final Resource Issue = resource("Issue");
    public static final Property heading = property("heading");
    public static final Property partNumber = property("partNumber");
    public static final Property hasFootnote = property("hasFootnote");
    public static final Property mention = property("mention");
    public static final Property mentionOf = property("mentionOf");
    public static final Property pageLink = property("pageLink");
    public static final Property statedIn = property("statedIn");
    public static final Property cueText = property("cueText");
    public static final Property cueLine = property("cueLine");
    public static final Property cueStart = property("cueStart");
    public static final Property cueEnd = property("cueEnd");
}
