package org.w3id.normgraph.extract;

import java.util.List;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.lexicon.ActorName;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.segment.Paragraph;
import org.w3id.normgraph.segment.Passage;

/**
 * One language's stance rules applied to single sentences, as the reply of an actor known by its code whose heading
 * is the actor's first name in {@code names}: what the stance-rule tests read.
 */
final class StanceSentences {

    private final ReplyStanceRules rules;
    private final List<ActorName> names;
    private final Gazetteer gazetteer;

    StanceSentences(ReplyStanceRules rules, List<ActorName> names) {
        this.rules = rules;
        this.names = names;
        this.gazetteer = new Gazetteer(names);
    }

    /** The stances of {@code sentence}, a paragraph (or a list item) of the reply of {@code actorCode}. */
    List<ReplyStance> read(String actorCode, String sentence, boolean listItem) {
        ActorKind kind = actorCode.length() == 3 ? ActorKind.STATE : ActorKind.GROUP;
        List<ActorName> own = names.stream()
                .filter(n -> n.actor().kind() == kind && n.actor().code().equals(actorCode)).toList();
        ReplyStanceRules.ForActor forActor = rules.forActor(own, own.get(0), gazetteer);
        SourceText source = SourceText.of("test", own.get(0).name() + "\n" + sentence);
        Passage heading = Passage.builder(source).addLine(1).build();
        Passage text = Passage.builder(source).addLine(2).build();
        return forActor.find(new Paragraph(text, listItem, List.of()), heading.evidence());
    }
}
