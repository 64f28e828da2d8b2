package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.ActorName;

/**
 * A stance that a reply takes in its own voice: its actor supports or opposes something, as one sentence says.
 *
 * @param holder      the actor, with the form of its name (欧洲联盟及其成员国 speaks with its member States)
 * @param holderWords the words that name the holder (a name, 我们), or the reply's heading where the subject is
 *                    unwritten
 * @param cue         the words that carry the stance (支持, 反对 …)
 * @param object      what the stance is about, as the sentence words it
 * @param rule        the name of the rule in the language's {@code reply-stance-cues} file that recognised it
 * @param lexicon     the version of that file's rules
 */
public record ReplyStance(ActorName holder, StanceRelation relation, Evidence holderWords, Evidence cue,
        Evidence object, Evidence sentence, String rule, String lexicon) {
}
