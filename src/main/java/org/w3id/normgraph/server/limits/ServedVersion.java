package org.w3id.normgraph.server.limits;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The id of the version of the database that an answer comes from, kept in the context of the dataset that serves
 * it and sent in the {@value #HEADER} header of every answer. The id is the beginning of the SHA-256 of the
 * version's sorted N-Quads dump: the same graph has the same id on every server, whatever folder holds it, and a
 * changed graph gets another.
 */
public final class ServedVersion {

    public static final String HEADER = "NormGraph-Version";
    /** Hexadecimal digits of the dump's SHA-256 kept in the id: 64 bits, as many as two versions never share. */
    public static final int ID_LENGTH = 16;
    private static final Symbol ID = Symbol.create("https://w3id.org/normgraph/server#versionId");

    private ServedVersion() {
    }

    /** The id of the version whose dump has the SHA-256 {@code dumpSha256} (in hexadecimal). */
    public static String idOf(String dumpSha256) {
        return dumpSha256.substring(0, ID_LENGTH);
    }

    /** Records that {@code data} is the version {@code id}. */
    public static void mark(DatasetGraph data, String id) {
        data.getContext().set(ID, id);
    }

    /** The id of the version that {@code data} is, or null until it has been checked and marked. */
    public static String of(DatasetGraph data) {
        return data == null ? null : data.getContext().getAsString(ID);
    }

    /** Says in {@code response} which version {@code data} is, when it is known. */
    public static void label(HttpServletResponse response, DatasetGraph data) {
        String id = of(data);
        if (id != null && !response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
    }
}
