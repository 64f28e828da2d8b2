package org.w3id.normgraph.extract;

import java.util.List;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ConceptLexicon.ConceptMention;
import org.w3id.normgraph.segment.Heading;

/**
 * A quotation that a report attributes to a speaker.
 *
 * @param ordinal     1-based, in reading order within the document
 * @param speakers    who speaks: one actor, or all the authors of a joint statement in the order the text names
 *                    them (the co-sponsors of a concept paper)
 * @param speakerText the words that introduce the quotation and name the speaker (中国, 他继续说道, …)
 * @param onBehalfOf  actors the speaker says it also speaks for
 * @param date        ISO date, year-month or year, or "" where the text gives none
 * @param forum       forum code of the section, or ""
 * @param session     the session or event heading above the statement, or null
 * @param quote       the quoted words (blocks joined by […] kept as one text) and where they stand
 * @param footnote    number of the footnote that gives the source, or 0
 * @param part        the number of the innermost {@link ReportPart} it stands in, or 0 before any heading
 */
public record Statement(
        int ordinal,
        List<Actor> speakers,
        String speakerText,
        List<Actor> onBehalfOf,
        String date,
        String forum,
        Heading session,
        Evidence quote,
        int footnote,
        List<ConceptMention> concepts,
        int part) {

    public Statement {
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("a statement needs a speaker");
        }
        speakers = List.copyOf(speakers);
    }

    /** The speaker, or the first named of a joint statement's authors. */
    public Actor speaker() {
        return speakers.get(0);
    }
}
