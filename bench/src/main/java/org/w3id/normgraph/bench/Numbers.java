package org.w3id.normgraph.bench;

import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonValue;

/** A measured number as JSON: null where nothing could be measured (NaN), since JSON has no NaN. */
final class Numbers {

    private Numbers() {
    }

    static JsonValue json(double value) {
        return Double.isFinite(value) ? JsonNumber.value(value) : JsonNull.instance;
    }
}
