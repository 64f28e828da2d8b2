package org.w3id.normgraph.genre;

import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;

/**
 * The bundled reference data and its gazetteer, loaded once per thread of the build and shared by the readers of
 * every genre on that thread: loading them is a good part of a small build's time.
 */
public final class ThreadLexicons {

    private static final ThreadLocal<ReferenceData> REFERENCE = ThreadLocal.withInitial(ReferenceData::bundled);
    private static final ThreadLocal<Gazetteer> GAZETTEER = ThreadLocal.withInitial(() -> Gazetteer.of(reference()));

    private ThreadLexicons() {
    }

    public static ReferenceData reference() {
        return REFERENCE.get();
    }

    public static Gazetteer gazetteer() {
        return GAZETTEER.get();
    }
}
