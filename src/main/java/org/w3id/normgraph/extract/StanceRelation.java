package org.w3id.normgraph.extract;

/** The three stances an actor takes towards a proposal; each is a direct edge in the graph. */
public enum StanceRelation {
    PROPOSES("proposes"),
    SUPPORTS("supports"),
    OPPOSES("opposes");

    private final String localName;

    StanceRelation(String localName) {
        this.localName = localName;
    }

    /** The ontology's property local name: {@code ng:proposes}, {@code ng:supports}, {@code ng:opposes}. */
    public String localName() {
        return localName;
    }

    public static StanceRelation fromLocalName(String name) {
        for (StanceRelation r : values()) {
            if (r.localName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no stance relation named " + name);
    }
}
