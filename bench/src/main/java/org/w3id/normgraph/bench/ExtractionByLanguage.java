package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Extraction per language against Lucene's analyzers on the same text, in one JVM: for each text of
 * {@link LanguageTexts}, normgraph's segmentation and extraction, smartcn's {@code SmartChineseAnalyzer} splitting
 * the text into words, and for a text not in Chinese also Lucene's {@code StandardAnalyzer} (the analyzer such a
 * text would get). After a warm-up of every text, then of each text again before it is measured, the three
 * alternate in rounds, the order turning each round; each is timed by the CPU time of the thread that runs them
 * (which the machine's other work does not inflate; the process's CPU time, which would count the garbage
 * collector's threads too, is read in steps of 10 ms on Linux, too coarse for a pass) and by the wall clock, which counts the collector's pauses and, on a busy machine, others' work. Writes
 * its results as JSON.
 *
 * <pre>{@code
 * java -Dnormgraph.project=$PWD -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.w3id.normgraph.bench.ExtractionByLanguage --json out.json [--copies N] [--warm-up S] [--rounds N] [--round-seconds S]
 * }</pre>
 */
public final class ExtractionByLanguage {

    static final String NORMGRAPH = "normgraph";
    static final String SMARTCN = "smartcn";
    static final String STANDARD = "standard";

    private static volatile Object sink;

    private ExtractionByLanguage() {
    }

    /** Keeps a result alive, so that the work that made it cannot be skipped. */
    static void consume(Object result) {
        sink = result;
    }

    record Settings(int copies, double warmUpSeconds, int rounds, double roundSeconds, Path json) {

        static Settings parse(String[] args) {
            int copies = 0;
            double warmUp = 3;
            int rounds = 10;
            double roundSeconds = 0.3;
            Path json = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--copies" -> copies = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Double.parseDouble(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--round-seconds" -> roundSeconds = Double.parseDouble(args[++i]);
                    case "--json" -> json = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --json FILE"
                            + " --copies N --warm-up S --rounds N --round-seconds S)");
                }
            }
            if (json == null) {
                throw new IllegalArgumentException("--json FILE is needed: where the results go");
            }
            return new Settings(copies, warmUp, rounds, roundSeconds, json);
        }
    }

    public static void main(String[] args) throws IOException {
        Settings settings = Settings.parse(args);
        Path project = Path.of(System.getProperty("normgraph.project", "..")).toAbsolutePath().normalize();
        List<LanguageTexts.Text> texts = LanguageTexts.all(project, settings.copies(),
                settings.json().toAbsolutePath().getParent().resolve("language-texts"));
        // Every text's code warmed up once before any is measured: otherwise the first text would be timed in a JVM
        // that has compiled less of normgraph and Lucene than the later ones.
        for (LanguageTexts.Text text : texts) {
            warmUp(contenders(text), settings);
        }
        JsonArray results = new JsonArray();
        for (LanguageTexts.Text text : texts) {
            results.add(measure(text, settings));
        }
        JsonObject json = new JsonObject();
        json.put("warm_up_seconds", Numbers.json(settings.warmUpSeconds()));
        json.put("rounds", settings.rounds());
        json.put("round_seconds", Numbers.json(settings.roundSeconds()));
        json.put("texts", results);
        try (var out = Files.newOutputStream(settings.json())) {
            JSON.write(out, json);
        }
        if (sink == null) {
            throw new IllegalStateException("nothing was extracted");
        }
    }

    /** normgraph's extraction of {@code text}, smartcn on it, and StandardAnalyzer on a text not in Chinese. */
    private static Map<String, Runnable> contenders(LanguageTexts.Text text) {
        Map<String, Runnable> contenders = new LinkedHashMap<>();
        contenders.put(NORMGRAPH, text.extraction());
        contenders.put(SMARTCN, () -> consume(tokens(SmartChineseAnalyzer::new, text.text())));
        if (!isChinese(text)) {
            contenders.put(STANDARD, () -> consume(tokens(StandardAnalyzer::new, text.text())));
        }
        return contenders;
    }

    private static boolean isChinese(LanguageTexts.Text text) {
        return text.language().startsWith("zh");
    }

    private static JsonObject measure(LanguageTexts.Text text, Settings settings) {
        Map<String, Runnable> contenders = contenders(text);
        boolean chinese = isChinese(text);
        List<String> names = List.copyOf(contenders.keySet());
        Map<String, Integer> passes = warmUp(contenders, settings);
        Map<String, Rounds> cpu = new LinkedHashMap<>();
        Map<String, Rounds> wall = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < settings.rounds(); round++) {
            for (int turn = 0; turn < names.size(); turn++) {
                String name = names.get((round + turn) % names.size());
                Runnable contender = contenders.get(name);
                int count = passes.get(name);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    contender.run();
                }
                cpu.computeIfAbsent(name, n -> new Rounds()).add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 / count);
                wall.computeIfAbsent(name, n -> new Rounds()).add((System.nanoTime() - wallStart) / 1e9 / count);
            }
        }
        int characters = text.text().length();
        JsonObject json = new JsonObject();
        json.put("name", text.name());
        json.put("genre", text.genre());
        json.put("language", text.language());
        json.put("source", text.source());
        json.put("copies", text.copies());
        json.put("characters", characters);
        json.put("replies", text.replies());
        JsonObject perSecond = new JsonObject();
        for (String name : names) {
            JsonObject one = new JsonObject();
            one.put("passes_per_round", passes.get(name));
            one.put("cpu_seconds_per_pass", cpu.get(name).json());
            one.put("wall_seconds_per_pass", wall.get(name).json());
            one.put("characters_per_cpu_second", Numbers.json(characters / cpu.get(name).median()));
            one.put("characters_per_wall_second", Numbers.json(characters / wall.get(name).median()));
            perSecond.put(name, one);
        }
        json.put("by_tool", perSecond);
        json.put("ratio_to_smartcn", Numbers.json(cpu.get(SMARTCN).median() / cpu.get(NORMGRAPH).median()));
        json.put("ratio_to_smartcn_wall", Numbers.json(wall.get(SMARTCN).median() / wall.get(NORMGRAPH).median()));
        if (!chinese) {
            json.put("ratio_to_standard", Numbers.json(cpu.get(STANDARD).median() / cpu.get(NORMGRAPH).median()));
            json.put("ratio_to_standard_wall", Numbers.json(wall.get(STANDARD).median()
                    / wall.get(NORMGRAPH).median()));
        }
        System.err.printf("bench: %s, %d characters: normgraph %.0f characters per CPU second, %.2f× smartcn%s%n",
                text.name(), characters, characters / cpu.get(NORMGRAPH).median(),
                cpu.get(SMARTCN).median() / cpu.get(NORMGRAPH).median(), chinese ? "" : String.format(
                        ", %.2f× StandardAnalyzer", cpu.get(STANDARD).median() / cpu.get(NORMGRAPH).median()));
        return json;
    }

    /**
     * Runs the contenders in turn until the warm-up time is spent (each at least twice), and gives each the number
     * of passes that takes about a round's time, from the speed of its last warm-up passes.
     */
    private static Map<String, Integer> warmUp(Map<String, Runnable> contenders, Settings settings) {
        Map<String, Double> lastPass = new LinkedHashMap<>();
        long end = System.nanoTime() + (long) (settings.warmUpSeconds() * 1e9);
        int turns = 0;
        do {
            for (var contender : contenders.entrySet()) {
                long start = System.nanoTime();
                contender.getValue().run();
                lastPass.put(contender.getKey(), (System.nanoTime() - start) / 1e9);
            }
            turns++;
        } while (turns < 2 || System.nanoTime() < end);
        Map<String, Integer> passes = new LinkedHashMap<>();
        lastPass.forEach((name, seconds) -> passes.put(name,
                (int) Math.max(1, Math.round(settings.roundSeconds() / seconds))));
        return passes;
    }

    /** The number of words that {@code analyzer} splits {@code text} into. */
    private static int tokens(Supplier<Analyzer> analyzer, String text) {
        try (Analyzer made = analyzer.get(); TokenStream tokens = made.tokenStream("text", new StringReader(text))) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
