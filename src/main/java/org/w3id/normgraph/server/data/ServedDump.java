package org.w3id.normgraph.server.data;

import java.util.Map;
import java.util.WeakHashMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.store.NQuadsDump;

/**
 * The dump of each version of the database being served, made when the version is checked or on first request,
 * and kept while the version is in use: across a switch of versions, the old one's requests and the new one's each
 * get their own. The same bytes as {@code normgraph dump FILE.nq.gz}.
 */
public final class ServedDump {

    public static final String NAME = "normgraph.nq.gz";

    private record Made(byte[] gzipped, String sha256) {
    }

    /** Keyed by the dataset object, which the server drops once it no longer serves that version. */
    private final Map<DatasetGraph, Made> made = new WeakHashMap<>();

    private synchronized Made made(DatasetGraph data) {
        return made.computeIfAbsent(data, d -> {
            byte[] gzipped = NQuadsDump.gzip(NQuadsDump.sortedNQuads(d));
            return new Made(gzipped, NQuadsDump.sha256(gzipped));
        });
    }

    public byte[] gzipped(DatasetGraph data) {
        return made(data).gzipped();
    }

    public String sha256(DatasetGraph data) {
        return made(data).sha256();
    }

    /** The content of {@code NAME.sha256}. */
    String checksumLine(DatasetGraph data) {
        return NQuadsDump.checksumLine(sha256(data), NAME);
    }
}
