package org.w3id.normgraph.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;

/** Repeated measurements of one thing, summarised as min, median and max. */
final class Rounds {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    double median() {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    JsonObject json() {
        JsonObject json = new JsonObject();
        json.put("min", Numbers.json(min()));
        json.put("median", Numbers.json(median()));
        json.put("max", Numbers.json(max()));
        json.put("rounds", values.size());
        return json;
    }

    String summary(String format) {
        return String.format(format, median()) + " (" + String.format(format, min()) + "–"
                + String.format(format, max()) + ")";
    }
}
