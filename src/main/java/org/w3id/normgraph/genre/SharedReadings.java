package org.w3id.normgraph.genre;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the genres that read one document make of its text and can share: a report read both for its drafts and for
 * its statements is laid out and read once, and its drafts found once. One per document, on the build's thread that
 * reads it.
 */
public final class SharedReadings {

    private final Map<String, Object> made = new HashMap<>();

    /**
     * The reading named {@code what}, made by {@code make} the first time it is asked for; {@code make} may ask for
     * another (the reading of a text needs its layout).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String what, Supplier<T> make) {
        Object found = made.get(what);
        if (found == null) {
            found = make.get();
            made.put(what, found);
        }
        return (T) found;
    }
}
