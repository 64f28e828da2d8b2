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
 * @param languages     ISO 639-1 codes of the languages it was sent in, as the edition names them ([Original: English
 *                      and French] gives en, fr); none where the edition does not say
 * @param languageWords the names of those languages as written ([原件：英文]), where the edition prints them
 * @param stances       in text order, each with the number of the paragraph that states it
 */
public record ReplyFacts(ActorName speaker, Evidence sectionHeading, Evidence heading, List<String> languages,
        Optional<Evidence> languageWords,
        LocalDate date, Evidence dateWords, List<ReplyPart> parts, List<ReplyPart> footnotes,
        List<PartStance> stances) {

    /** A stance and the paragraph (part number) that states it. */
    public record PartStance(int part, ReplyStance stance, List<Mention> objectMentions) {

        public PartStance {
            objectMentions = List.copyOf(objectMentions);
        }
    }

    public ReplyFacts {
        languages = List.copyOf(languages);
        parts = List.copyOf(parts);
        footnotes = List.copyOf(footnotes);
        stances = List.copyOf(stances);
    }

    /** The languages' codes, a comma between two ("en,fr"); "" where the edition does not say. */
    public String language() {
        return String.join(",", languages);
    }

    /** The actor's code: ISO 3166-1 alpha-3 for a State, the group code for a group (SGP, EU). */
    public String code() {
        return speaker.actor().code();
    }
}
