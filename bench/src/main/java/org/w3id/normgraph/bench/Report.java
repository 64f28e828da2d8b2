package org.w3id.normgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code docs/benchmarks.md} from the results of one run: the goals with what was measured and whether each was
 * met, then the tables. The analysis of why a goal is missed is written by hand in {@code bench/FINDINGS.md} and
 * appended, so that regenerating the numbers keeps it.
 */
final class Report {

    private Report() {
    }

    static String markdown(JsonObject results) {
        StringBuilder md = new StringBuilder();
        JsonObject machine = results.get("machine").getAsObject();
        md.append("# Benchmarks\n\n");
        md.append("Written by `bench/run` (see `bench/README.md`) from `bench/target/results.json` of one run. Every")
                .append(" goal is a ratio between normgraph and a reference measured in the same run, rounds")
                .append(" alternating, on this machine:\n\n");
        if (results.hasKey("command")) {
            md.append("- run: ").append(str(machine, "date")).append(", `").append(str(results, "command"))
                    .append("`\n");
        }
        md.append("- CPU: ").append(str(machine, "cpu")).append(", ").append((long) num(machine, "cores"))
                .append(" cores\n");
        md.append("- memory: ").append(str(machine, "memory")).append("\n");
        md.append("- ").append(str(machine, "os")).append(", ").append(str(machine, "java")).append("\n");
        md.append("- load average (1, 5, 15 min) at start: ").append(str(machine, "load_average_at_start"))
                .append("; at end: ").append(str(machine, "load_average_at_end"))
                .append(" (the run's own processes, the harness, servers and clients, count in it; a load at start")
                .append(" above the core count means other work shared the machine, and the ratios are noisier)\n");
        JsonObject settings = results.get("settings").getAsObject();
        md.append("- settings: ").append((long) num(settings, "rounds")).append(" rounds, ")
                .append(num(settings, "load_seconds")).append(" s of load per client count, ")
                .append((long) num(settings, "jmh_iterations")).append(" JMH iterations\n\n");

        md.append("## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
        JsonObject stages = results.get("stages").getAsObject();
        double extraction = num(stages, "ratio_extraction_to_smartcn");
        goal(md, "extraction ≥ 2× smartcn's segmentation of the same text (warm)", ratio(extraction),
                extraction >= 2);
        if (results.hasKey("languages")) {
            String[] languages = LanguageReport.goal(results.get("languages").getAsObject());
            md.append("| ").append(languages[0]).append(" | ").append(languages[1]).append(" | ").append(languages[2])
                    .append(" |\n");
        }
        JsonObject build = results.get("build").getAsObject();
        double buildRatio = num(build, "ratio_build_to_load_and_index");
        goal(md, "`build` ≤ 1.2× bulk-loading its own output (tdb2.tdbloader + jena.textindexer)",
                ratio(buildRatio) + " (loader alone: " + ratio(num(build, "ratio_build_to_load")) + ")",
                buildRatio <= 1.2);
        double cold = num(build.get("normgraph_build_seconds").getAsObject(), "median");
        goal(md, "`build` of the bundled corpus ≤ 3 s wall, cold", seconds(cold), cold <= 3);
        syntheticGoals(md, results.get("synthetic").getAsArray());
        JsonObject endpoint = results.get("endpoint").getAsObject();
        JsonObject byClients = endpoint.get("by_clients").getAsObject();
        for (String clients : List.of("1", "4", "16")) {
            double r = num(byClients.get(clients).getAsObject(), "ratio");
            goal(md, "endpoint ≥ 0.95× stock Fuseki's requests per second, " + clients + " client(s)", ratio(r),
                    r >= 0.95);
        }
        double start = num(endpoint, "ratio_start");
        goal(md, "start to first answer ≤ 1.2× stock Fuseki's", ratio(start), start <= 1.2);
        JsonObject rdflibResults = results.get("rdflib").getAsObject();
        long answeredByRdflib = (long) num(rdflibResults, "queries_rdflib_answered");
        double rdflibCached = num(rdflibResults, "geometric_mean_ratio_cached");
        goal(md, "≥ 50× rdflib on the same queries over the same data, a query asked again (answer cache; geometric"
                + " mean of the " + answeredByRdflib + " queries rdflib answers)", ratio(rdflibCached)
                + " (all of them in a row: " + ratio(num(rdflibResults, "total_ratio_cached")) + ")",
                rdflibCached >= 50);
        double rdflib = num(rdflibResults, "geometric_mean_ratio");
        goal(md, "≥ 50× rdflib, a query's first answer (the query run; geometric mean of the same "
                + answeredByRdflib + ")", ratio(rdflib) + " (all of them in a row: "
                + ratio(num(rdflibResults, "total_ratio")) + ")", rdflib >= 50);

        md.append("\n## build against bulk loading\n\n");
        md.append(String.format(Locale.ROOT, "%d quads. Seconds, median (min–max):%n%n", (long) num(build, "quads")));
        md.append("| | seconds |\n|---|---|\n");
        md.append("| `normgraph build` (cold JVM) | ").append(rounds(build, "normgraph_build_seconds")).append(" |\n");
        md.append("| `tdb2.tdbloader` of its dump | ").append(rounds(build, "tdb2_tdbloader_seconds")).append(" |\n");
        md.append("| `tdb2.tdbloader` + `jena.textindexer` | ")
                .append(rounds(build, "tdb2_tdbloader_and_textindexer_seconds")).append(" |\n");

        md.append("\n## Stages (JMH, warm)\n\nOne pass over both bundled documents (")
                .append((long) num(stages, "corpus_characters")).append(" characters):\n\n");
        md.append("| stage | passes per second |\n|---|---|\n");
        JsonObject passes = stages.get("passes_per_second").getAsObject();
        for (String key : passes.keys().stream().sorted().toList()) {
            md.append("| ").append(key).append(" | ").append(String.format(Locale.ROOT, "%.2f", num(passes, key)))
                    .append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nExtraction: %.0f characters per second; smartcn: %.0f.%n",
                num(stages, "extraction_characters_per_second"), num(stages, "smartcn_characters_per_second")));

        if (results.hasKey("languages")) {
            md.append("\n").append(LanguageReport.section(results.get("languages").getAsObject()));
        }

        md.append("\n## Synthetic corpora\n\n| documents | exit | seconds | peak resident memory | quads | facts"
                + " checked |\n|---|---|---|---|---|---|\n");
        for (JsonValue value : results.get("synthetic").getAsArray()) {
            JsonObject size = value.getAsObject();
            md.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %d MB | %s | %s |%n", (long) num(size,
                    "documents"), (long) num(size, "exit_code"), num(size, "seconds"),
                    (long) num(size, "peak_resident_bytes") >> 20,
                    size.hasKey("quads") ? Long.toString((long) num(size, "quads")) : "–",
                    size.get("facts_checked").getAsBoolean().value() ? "yes" : "no"));
        }

        md.append("\n## Endpoint against stock Fuseki 5.6.0\n\n");
        md.append("Start to first answer: normgraph ").append(rounds(endpoint, "normgraph_start_seconds"))
                .append(" s, stock ").append(rounds(endpoint, "stock_start_seconds")).append(" s.\n\n");
        md.append("Requests per second on the ").append((long) num(endpoint, "queries"))
                .append(" canned queries (median of rounds). normgraph runs every query with its answer cache off, as"
                        + " stock Fuseki does; `normgraph-cached` is normgraph as served by default, which answers a"
                        + " query asked again from its answer cache:\n\n| clients | normgraph | stock | ratio |"
                        + " normgraph-cached | ratio |\n|---|---|---|---|---|---|\n");
        for (String clients : List.of("1", "4", "16")) {
            JsonObject row = byClients.get(clients).getAsObject();
            md.append("| ").append(clients).append(" | ").append(rounds(row, "normgraph_requests_per_second"))
                    .append(" | ").append(rounds(row, "stock_requests_per_second")).append(" | ")
                    .append(ratio(num(row, "ratio"))).append(" | ")
                    .append(rounds(row, "normgraph_cached_requests_per_second")).append(" | ")
                    .append(ratio(num(row, "ratio_cached"))).append(" |\n");
        }
        md.append("\nEach load (p50 and p99 in milliseconds):\n\n| server | round | clients | requests/s | p50 | p99 |"
                + " 503 | failed |\n|---|---|---|---|---|---|---|---|\n");
        for (JsonValue value : endpoint.get("loads").getAsArray()) {
            JsonObject load = value.getAsObject();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %d |%n",
                    str(load, "server"), (long) num(load, "round"), (long) num(load, "clients"),
                    num(load, "requests_per_second"), num(load, "p50_ms"), num(load, "p99_ms"),
                    (long) num(load, "refused_503"), (long) num(load, "failed")));
        }

        md.append("\n## Endpoint against rdflib\n\nrdflib (Debian's python3-rdflib) loads the dump in ")
                .append(seconds(num(rdflibResults, "rdflib_load_seconds")))
                .append(" and answers each query in memory; normgraph answers over HTTP, each query run (answer"
                        + " cache off) and asked again (from the answer cache). Median seconds:\n\n")
                .append("| query | normgraph, run | normgraph, asked again | rdflib | ratio, run | ratio, asked again"
                        + " |\n|---|---|---|---|---|---|\n");
        for (JsonValue value : rdflibResults.get("queries").getAsArray()) {
            JsonObject row = value.getAsObject();
            md.append("| `").append(str(row, "query")).append("` | ")
                    .append(String.format(Locale.ROOT, "%.4f | %.4f", num(row.get("normgraph_seconds").getAsObject(),
                            "median"), num(row.get("normgraph_cached_seconds").getAsObject(), "median")));
            if (row.hasKey("rdflib_error")) {
                md.append(" | fails: ").append(str(row, "rdflib_error").replace('|', '/')).append(" | – | – |\n");
            } else {
                md.append(" | ").append(String.format(Locale.ROOT, "%.4f", num(row.get("rdflib_seconds")
                        .getAsObject(), "median"))).append(" | ").append(ratio(num(row, "ratio"))).append(" | ")
                        .append(ratio(num(row, "ratio_cached"))).append(" |\n");
            }
        }
        md.append(findings());
        return md.toString();
    }

    private static void syntheticGoals(StringBuilder md, JsonArray sizes) {
        JsonObject largest = null;
        JsonObject tenthOfLargest = null;
        for (JsonValue value : sizes) {
            JsonObject size = value.getAsObject();
            if (largest == null || num(size, "documents") > num(largest, "documents")) {
                largest = size;
            }
        }
        if (largest == null) {
            return;
        }
        for (JsonValue value : sizes) {
            if (num(value.getAsObject(), "documents") * 10 == num(largest, "documents")) {
                tenthOfLargest = value.getAsObject();
            }
        }
        long documents = (long) num(largest, "documents");
        boolean built = num(largest, "exit_code") == 0;
        long peak = (long) num(largest, "peak_resident_bytes");
        goal(md, "×" + documents + " synthetic corpus builds with peak memory under 2 GB",
                (built ? "built, " : "failed (" + str(largest, "failure").replace('\n', ' ') + "), ")
                        + (peak >> 20) + " MB peak", built && peak < 2L << 30);
        if (tenthOfLargest != null) {
            List<String> times = new ArrayList<>();
            double growth = num(largest, "seconds") / num(tenthOfLargest, "seconds");
            times.add(ratio(growth));
            goal(md, "×" + documents / 10 + " → ×" + documents + " within 12× the time", String.join("", times),
                    built && growth <= 12);
        }
    }

    private static String findings() {
        Path file = Path.of(System.getProperty("normgraph.project", "..")).resolve("bench/FINDINGS.md");
        try {
            return Files.exists(file) ? "\n" + Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void goal(StringBuilder md, String goal, String measured, boolean met) {
        md.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static String rounds(JsonObject parent, String key) {
        JsonObject r = parent.get(key).getAsObject();
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", num(r, "median"), num(r, "min"), num(r, "max"));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f s", value);
    }

    private static double num(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || !value.isNumber() ? Double.NaN : value.getAsNumber().value().doubleValue();
    }

    private static String str(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null ? "" : value.isString() ? value.getAsString().value() : value.toString();
    }
}
