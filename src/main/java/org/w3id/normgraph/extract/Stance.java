package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.ActorName;

/**
 * An actor's stance towards a draft provision, as one sentence of a document states it.
 *
 * @param actorMention the actor's name as written, with its place in the source
 * @param sentence     the whole sentence that carries the stance
 * @param cue          the name of the rule (see {@code draft-stance-cues.tsv}) whose words triggered it
 */
public record Stance(ActorName actor, StanceRelation relation, ProvisionRef provision, Evidence actorMention,
        Evidence sentence, String cue) {
}
