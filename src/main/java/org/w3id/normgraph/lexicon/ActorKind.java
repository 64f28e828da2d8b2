package org.w3id.normgraph.lexicon;

/** What kind of actor a reference row describes; it decides the actor's IRI path. */
public enum ActorKind {
    STATE("state"),
    GROUP("group"),
    TERRITORY("territory");

    private final String pathSegment;

    ActorKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String pathSegment() {
        return pathSegment;
    }
}
