package org.w3id.normgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.ActorName;

/**
 * What one reply says, as facts: who sent it, in which language and when, its parts with what they cite and name,
 * and the stances it takes.
 *
 * @param sectionHeading the heading of the report's section of replies that holds it (二. 从各国政府收到的答复)
 * @param language      ISO 639-1 code of the language it was sent in, or "" where the edition does not say
 * @param languageWords the name of that language as written ([原件：英文]), where the edition prints it
 * @param stances       in text order, each with the number of the paragraph that states it
 */
public record ReplyFacts(ActorName speaker, Evidence sectionHeading, Evidence heading, String language, Optional<Evidence> languageWords,
        LocalDate date, Evidence dateWords, List<ReplyPart> parts, List<ReplyPart> footnotes,
        List<PartStance> stances) {

    /** A stance and the paragraph (part number) that states it. */
    public record PartStance(int part, ReplyStance stance, List<Mention> objectMentions) {

        public PartStance {
            objectMentions = List.copyOf(objectMentions);
        }
    }

    public ReplyFacts {
        parts = List.copyOf(parts);
        footnotes = List.copyOf(footnotes);
        stances = List.copyOf(stances);
    }

    /** The actor's code: ISO 3166-1 alpha-3 for a State, the group code for a group (SGP, EU). */
    public String code() {
        return speaker.actor().code();
    }
}
