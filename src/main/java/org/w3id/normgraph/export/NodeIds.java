package org.w3id.normgraph.export;

import org.w3id.normgraph.rdf.Iris;

/**
 * Stable node ids for exports, made from the IRI alone so that they never depend on order or on what else is in the
 * graph: {@code https://w3id.org/normgraph/id/state/AUS} becomes {@code state:AUS},
 * {@code …/provision/ahc-dtc-2023-09-02/article-10-bis} becomes {@code provision:ahc-dtc-2023-09-02:article-10-bis}.
 * The result is an XML NMTOKEN, as GraphML requires of ids: letters, digits, {@code .} and {@code -} are kept,
 * {@code /} becomes {@code :}, and any other character (also {@code :} and {@code _}) is written {@code _XXXX} (its
 * UTF-16 code in hex), so that two IRIs never share an id.
 */
public final class NodeIds {

    private NodeIds() {
    }

    public static String of(String iri) {
        String local = iri.startsWith(Iris.ID) ? iri.substring(Iris.ID.length()) : iri;
        StringBuilder id = new StringBuilder(local.length());
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                id.append(c);
            } else if (c == '/') {
                id.append(':');
            } else {
                id.append('_').append(String.format("%04X", (int) c));
            }
        }
        return id.toString();
    }
}
