package org.w3id.normgraph.lexicon;

/** What kind of actor a reference row describes; it decides the actor's IRI path. */
public enum ActorKind {
    STATE("state"),
    GROUP("group"),
    TERRITORY("territory"),
    /** An office that speaks in a forum, such as the Secretary-General or a chair; not the person holding it. */
    PERSON("person"),
    /** An international organization that is not a group of States speaking as one, such as the ITU. */
    ORGANIZATION("organization"),
    /** A report or outcome document that a text quotes as if it spoke, such as an OEWG annual progress report. */
    REPORT("report");

    private final String pathSegment;

    ActorKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String pathSegment() {
        return pathSegment;
    }
}
