package org.w3id.normgraph.vocabulary;

/**
 * Where normgraph's IRIs live: entities under {@link #ID}, named graphs under {@link #GRAPH}. Every layer needs
 * them, from the manifest reader up, so they sit at the bottom; {@code rdf.Iris} mints the paths below them.
 */
public final class Namespaces {

    public static final String BASE = "https://w3id.org/normgraph/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    private Namespaces() {
    }
}
