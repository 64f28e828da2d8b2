package org.w3id.normgraph.server.data;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.store.NQuadsDump;

/**
 * The dump of the served dataset, made on first request and kept until the server switches to another version of
 * the database.
 * The same bytes as {@code normgraph dump FILE.nq.gz}.
 */
public final class ServedDump {

    public static final String NAME = "normgraph.nq.gz";

    private byte[] gzipped;
    private String sha256;
    private DatasetGraph madeFrom;

    public synchronized byte[] gzipped(DatasetGraph data) {
        if (gzipped == null || madeFrom != data) {
            madeFrom = data;
            gzipped = NQuadsDump.gzip(NQuadsDump.sortedNQuads(data));
            sha256 = NQuadsDump.sha256(gzipped);
        }
        return gzipped;
    }

    public synchronized String sha256(DatasetGraph data) {
        gzipped(data);
        return sha256;
    }

    /** The content of {@code NAME.sha256}. */
    String checksumLine(DatasetGraph data) {
        return NQuadsDump.checksumLine(sha256(data), NAME);
    }
}
