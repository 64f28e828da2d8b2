package org.w3id.normgraph.bench;

import java.util.Locale;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The section of {@code docs/benchmarks.md} on extraction per language ({@link ExtractionByLanguage}), with the run
 * it comes from (date, machine, JDK, command), so that a run of this part alone ({@code bench/run --only languages})
 * can replace it in the page without the rest.
 */
final class LanguageReport {

    static final String HEADING = "## Extraction per language against smartcn";
    static final double GOAL = 2;

    private LanguageReport() {
    }

    static String section(JsonObject languages) {
        StringBuilder md = new StringBuilder();
        JsonObject machine = languages.get("machine").getAsObject();
        md.append(HEADING).append("\n\n");
        md.append("Measured ").append(str(machine, "date")).append(" by `").append(str(languages, "command"))
                .append("` on ").append(str(machine, "cpu")).append(", ").append(num(machine, "cores"))
                .append(" cores (`nproc`), ").append(str(machine, "memory")).append(", ").append(str(machine, "os"))
                .append(", ").append(str(machine, "java")).append("; load average at start ")
                .append(str(machine, "load_average_at_start")).append(", at end ")
                .append(str(machine, "load_average_at_end")).append(".\n\n");
        md.append("Each text is read once; then normgraph's segmentation and extraction of it (what the build does"
                + " with a document after reading it), Lucene's `SmartChineseAnalyzer` (smartcn) splitting the same"
                + " text into words, and, for a text not in Chinese, Lucene's `StandardAnalyzer`, alternate in ")
                .append(num(languages, "rounds")).append(" rounds of about ").append(str(languages, "round_seconds"))
                .append(" s each, after ").append(str(languages, "warm_up_seconds"))
                .append(" s of warm-up for each text (every text once before any is measured, then each again"
                        + " before it is), in one JVM. Characters per second are from the median CPU time of the"
                        + " thread per pass (the wall-clock ratio beside it also counts garbage collection and the"
                        + " machine's other work). A rendering of A/65/154 (`" + LanguageTexts.RENDERINGS
                        + "`) is made about as long as the bundled compilation of replies by copying what it has,"
                        + " twice: once each reply's body (what follows its date line) until its replies are about as"
                        + " long as the bundled report's, then each reply; once each reply alone, which keeps the"
                        + " rendering's short replies and so has many more of them per character than a real edition"
                        + " (the column of replies says so). Copies' footnotes are numbered on. Before it is timed,"
                        + " each copied text must give each reply of the original as many times as it was copied,"
                        + " with the same actor, date and language and its body's parts, footnotes, stances and"
                        + " mentions as many times as the body was copied.\n\n");
        md.append("| text | characters | replies | normgraph, characters/s | smartcn, characters/s | ratio to smartcn"
                + " (CPU) | ratio (wall) | StandardAnalyzer, characters/s | ratio to StandardAnalyzer (CPU) | ≥ ")
                .append(ratio(GOAL)).append(" smartcn |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonValue value : languages.get("texts").getAsArray()) {
            JsonObject text = value.getAsObject();
            JsonObject tools = text.get("by_tool").getAsObject();
            double toSmartcn = dbl(text, "ratio_to_smartcn");
            md.append("| ").append(str(text, "name")).append(" | ").append(num(text, "characters")).append(" | ")
                    .append(dbl(text, "replies") > 0 ? num(text, "replies") : "–").append(" | ")
                    .append(perSecond(tools, ExtractionByLanguage.NORMGRAPH)).append(" | ")
                    .append(perSecond(tools, ExtractionByLanguage.SMARTCN)).append(" | ")
                    .append(ratio(toSmartcn)).append(" | ").append(ratio(dbl(text, "ratio_to_smartcn_wall")))
                    .append(" | ");
            if (tools.hasKey(ExtractionByLanguage.STANDARD)) {
                md.append(perSecond(tools, ExtractionByLanguage.STANDARD)).append(" | ")
                        .append(ratio(dbl(text, "ratio_to_standard")));
            } else {
                md.append("– | –");
            }
            md.append(" | ").append(toSmartcn >= GOAL ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    /** The goal's row for the page's table of goals: the lowest ratio, and where. */
    static String[] goal(JsonObject languages) {
        double lowest = Double.POSITIVE_INFINITY;
        String where = "";
        int met = 0;
        int texts = 0;
        for (JsonValue value : languages.get("texts").getAsArray()) {
            JsonObject text = value.getAsObject();
            double ratio = dbl(text, "ratio_to_smartcn");
            texts++;
            met += ratio >= GOAL ? 1 : 0;
            if (ratio < lowest) {
                lowest = ratio;
                where = str(text, "name");
            }
        }
        return new String[] {"extraction ≥ " + ratio(GOAL) + " smartcn's segmentation of the same text, each"
                + " language and text (CPU time; section below)", "lowest " + ratio(lowest) + " (" + where + "); "
                + met + " of " + texts + " texts", lowest >= GOAL ? "yes" : "**no**"};
    }

    /**
     * {@code page} with its section on extraction per language replaced by {@code section}, or, where it has none,
     * with {@code section} put before the synthetic corpora (or the findings, or at the end).
     */
    static String replaceIn(String page, String section) {
        int start = page.indexOf(HEADING);
        if (start >= 0) {
            int end = page.indexOf("\n## ", start + HEADING.length());
            return page.substring(0, start) + section + (end < 0 ? "" : page.substring(end));
        }
        for (String next : new String[] {"\n## Synthetic corpora", "\n## Findings"}) {
            int at = page.indexOf(next);
            if (at >= 0) {
                return page.substring(0, at + 1) + section + "\n" + page.substring(at + 1);
            }
        }
        return page + "\n" + section;
    }

    private static String perSecond(JsonObject tools, String tool) {
        return String.format(Locale.ROOT, "%,.0f", dbl(tools.get(tool).getAsObject(), "characters_per_cpu_second"));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, value < 0.1 ? "%.3f×" : "%.2f×", value);
    }

    private static String num(JsonObject json, String key) {
        return Long.toString((long) dbl(json, key));
    }

    private static double dbl(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || !value.isNumber() ? Double.NaN : value.getAsNumber().value().doubleValue();
    }

    private static String str(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null ? "" : value.isString() ? value.getAsString().value() : value.toString();
    }
}
