package org.w3id.normgraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * What the reply extractor found in a compilation of replies.
 *
 * @param respondsTo      the symbol of the resolution under which the replies were sent (A/RES/76/19), as the
 *                        introduction cites it; none where the report prints no introduction (an addendum)
 * @param introduction    the parts of the report's introduction (its own words, not a reply)
 * @param introFootnotes  the footnotes whose markers the introduction carries
 */
public record ReplyFindings(Optional<Mention> respondsTo, List<ReplyPart> introduction, List<ReplyPart> introFootnotes,
        List<ReplyFacts> replies) {

    public ReplyFindings {
        introduction = List.copyOf(introduction);
        introFootnotes = List.copyOf(introFootnotes);
        replies = List.copyOf(replies);
    }
}
