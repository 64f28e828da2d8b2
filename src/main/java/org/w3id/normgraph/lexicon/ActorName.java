package org.w3id.normgraph.lexicon;

/**
 * One written form of an actor's name. {@code withMemberStates} marks speaker formulas such as 欧盟及其成员国
 * ("the European Union and its member States"): the group speaking together with all its members.
 */
public record ActorName(String name, Actor actor, boolean withMemberStates) {
}
