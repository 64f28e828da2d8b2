package org.w3id.normgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * normgraph against the tools a user would pick instead, measured in one run on one machine and reported as ratios:
 * {@code build} against bulk-loading its own output with TDB2's loader and jena-text's indexer; extraction against
 * smartcn's segmentation of the same text; {@code serve} against stock Fuseki on the same data; the endpoint
 * against rdflib; and the build of synthetic corpora of growing size, whose facts are checked before their times
 * count. Ours and the reference alternate within each round, so that the machine's drift falls on both.
 *
 * <pre>{@code
 * java -cp ... org.w3id.normgraph.bench.Comparisons --sizes 10,100,1000 --rounds 5 --seconds 10
 * }</pre>
 */
public final class Comparisons {

    private static final int[] CLIENTS = {1, 4, 16};
    /** normgraph as served by default, with its answer cache. */
    private static final String CACHED = "normgraph-cached";
    /** The results of the run that {@code docs/benchmarks.md} shows. */
    private static final String PUBLISHED_JSON = "docs/benchmarks.json";

    private final Path project;
    private final Path jar;
    private final Path reference;
    private final Path work;
    private final Settings settings;
    /** The command as a user types it, for the report. */
    private final String command;
    private final JsonObject results = new JsonObject();

    record Settings(List<Integer> sizes, int rounds, double loadSeconds, int jmhIterations, int queryTimes,
            long rdflibTimeoutSeconds, long processTimeoutSeconds, boolean smoke, List<String> only) {

        static final List<String> PARTS = List.of("build", "synthetic", "stages", "languages", "endpoint",
                "rdflib");

        boolean runs(String part) {
            return only.contains(part);
        }

        static Settings parse(String[] args) {
            List<Integer> sizes = List.of(10, 100, 1000);
            int rounds = 5;
            double loadSeconds = 10;
            int jmhIterations = 5;
            int queryTimes = 20;
            long rdflibTimeout = 600;
            long timeout = 3600;
            boolean smoke = false;
            List<String> only = Settings.PARTS;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf)
                            .toList();
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--seconds" -> loadSeconds = Double.parseDouble(args[++i]);
                    case "--jmh-iterations" -> jmhIterations = Integer.parseInt(args[++i]);
                    case "--query-times" -> queryTimes = Integer.parseInt(args[++i]);
                    case "--rdflib-timeout" -> rdflibTimeout = Long.parseLong(args[++i]);
                    case "--timeout" -> timeout = Long.parseLong(args[++i]);
                    case "--only" -> {
                        only = List.of(args[++i].split(","));
                        if (!Settings.PARTS.containsAll(only)) {
                            throw new IllegalArgumentException("--only takes some of " + Settings.PARTS);
                        }
                    }
                    case "--smoke" -> {
                        sizes = List.of(2);
                        rounds = 1;
                        loadSeconds = 1;
                        jmhIterations = 1;
                        queryTimes = 2;
                        rdflibTimeout = 5;
                        smoke = true;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --sizes"
                            + " N,N,… --rounds N --seconds S --jmh-iterations N --query-times N --rdflib-timeout S --timeout S --smoke --only PART,…;"
                            + " or --report alone)");
                }
            }
            return new Settings(sizes, rounds, loadSeconds, jmhIterations, queryTimes, rdflibTimeout, timeout, smoke,
                    only);
        }

        JsonObject json() {
            JsonObject json = new JsonObject();
            JsonArray sizesJson = new JsonArray();
            sizes.forEach(sizesJson::add);
            json.put("sizes", sizesJson);
            json.put("rounds", rounds);
            json.put("load_seconds", Numbers.json(loadSeconds));
            json.put("jmh_iterations", jmhIterations);
            json.put("query_times", queryTimes);
            json.put("rdflib_timeout_seconds", rdflibTimeoutSeconds);
            json.put("smoke", smoke);
            JsonArray parts = new JsonArray();
            only.forEach(parts::add);
            json.put("parts", parts);
            return json;
        }
    }

    private Comparisons(Path project, Settings settings, String command) {
        this.project = project.toAbsolutePath().normalize();
        this.jar = this.project.resolve("target/normgraph.jar");
        this.reference = this.project.resolve("bench/target/reference");
        this.work = this.project.resolve("bench/target/work");
        this.settings = settings;
        this.command = command;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("normgraph.project", ".."));
        if (args.length == 1 && args[0].equals("--report")) {
            writeReportAgain(project);
            return;
        }
        Settings settings = Settings.parse(args);
        Comparisons comparisons = new Comparisons(project, settings,
                String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("bench/run"),
                        java.util.Arrays.stream(args)).toList()));
        comparisons.runAll();
    }

    /**
     * {@code --report}: the page of the last whole run again, from its {@code results.json}, with the findings as
     * they are now written; nothing is measured.
     */
    private static void writeReportAgain(Path project) throws IOException {
        Path results = project.resolve("bench/target/results.json");
        if (!Files.exists(results)) {
            throw new IllegalStateException("no " + results + ": run bench/run first");
        }
        JsonObject json;
        try (var in = Files.newInputStream(results)) {
            json = JSON.parse(in);
        }
        JsonObject settings = json.get("settings").getAsObject();
        List<String> parts = new ArrayList<>();
        settings.get("parts").getAsArray().forEach(part -> parts.add(part.getAsString().value()));
        if (!parts.containsAll(Settings.PARTS)) {
            throw new IllegalStateException(results + " holds a partial run (" + String.join(", ", parts)
                    + " only), which is no report of the goals");
        }
        boolean smoke = settings.hasKey("smoke") && settings.get("smoke").getAsBoolean().value();
        Path markdown = reportFile(project, smoke);
        Files.writeString(markdown, Report.markdown(json), StandardCharsets.UTF_8);
        System.err.println("bench: wrote " + markdown + " again from " + results);
    }

    /** A smoke run's page stays in the build folder, leaving the published one alone. */
    private static Path reportFile(Path project, boolean smoke) {
        return project.resolve(smoke ? "bench/target/benchmarks.md" : "docs/benchmarks.md");
    }

    private void runAll() throws Exception {
        deleteQuietly(work);
        Files.createDirectories(work);
        results.put("machine", Machine.describe());
        results.put("settings", settings.json());
        results.put("command", command);
        Path builtStore = work.resolve("bundled-ours-0");
        Path dump = work.resolve("normgraph.nq.gz");
        if (settings.runs("build")) {
            results.put("build", buildAgainstBulkLoad(builtStore, dump));
        } else if (List.of("synthetic", "endpoint", "rdflib").stream().anyMatch(settings::runs)) {
            java("build", List.of("-jar", jar.toString(), "build", "--corpus", "corpus", "--db",
                    builtStore.toString()));
            java("dump", List.of("-jar", jar.toString(), "dump", dump.toString(), "--db", builtStore.toString()));
        }
        if (settings.runs("synthetic")) {
            results.put("synthetic", synthetic(facts(builtStore)));
        }
        if (settings.runs("stages")) {
            results.put("stages", stages());
        }
        if (settings.runs("languages")) {
            results.put("languages", languages());
        }
        if (settings.runs("endpoint")) {
            results.put("endpoint", endpoints(builtStore));
        }
        if (settings.runs("rdflib")) {
            results.put("rdflib", againstRdflib(builtStore, dump));
        }
        results.getObj("machine").put("load_average_at_end", Machine.loadAverage());
        Path out = project.resolve("bench/target/results.json");
        try (var stream = Files.newOutputStream(out)) {
            JSON.write(stream, results);
        }
        if (settings.only().equals(List.of("languages")) && !settings.smoke()) {
            // Extraction per language carries its own run (date, machine, command): it replaces its section alone.
            publishLanguages(results.getObj("languages"));
            return;
        }
        if (!settings.only().containsAll(Settings.PARTS)) {
            // A partial run's numbers are no report of the goals: its JSON only.
            System.err.println("bench: wrote " + out + " (" + String.join(", ", settings.only()) + " only)");
            return;
        }
        Path markdown = reportFile(project, settings.smoke());
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, Report.markdown(results), StandardCharsets.UTF_8);
        if (!settings.smoke()) {
            Files.copy(out, project.resolve(PUBLISHED_JSON), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.err.println("bench: wrote " + out + " and " + markdown);
    }

    /**
     * Extraction per language against smartcn ({@link ExtractionByLanguage}), in a JVM of its own so that what the
     * harness ran before neither warms nor crowds it; with the run's date, machine and command.
     */
    private JsonObject languages() throws IOException {
        Path json = work.resolve("languages.json");
        List<String> arguments = new ArrayList<>(List.of("-Dnormgraph.project=" + project, "-cp",
                System.getProperty("java.class.path"), ExtractionByLanguage.class.getName(), "--json",
                json.toString()));
        arguments.addAll(settings.smoke()
                ? List.of("--copies", "2", "--warm-up", "0.2", "--rounds", "2", "--round-seconds", "0.05")
                : List.of("--warm-up", "3", "--rounds", Integer.toString(2 * settings.rounds()), "--round-seconds",
                        "0.3"));
        JsonObject machine = Machine.describe();
        MeasuredProcess run = java("extraction per language", arguments);
        System.err.print(run.output());
        JsonObject languages;
        try (var in = Files.newInputStream(json)) {
            languages = JSON.parse(in);
        }
        machine.put("load_average_at_end", Machine.loadAverage());
        languages.put("machine", machine);
        languages.put("command", command);
        return languages;
    }

    /**
     * A run of extraction per language alone: its results replace those in {@value #PUBLISHED_JSON} and its section
     * in {@code docs/benchmarks.md}; the rest of both stays as the last whole run left it.
     */
    private void publishLanguages(JsonObject languages) throws IOException {
        Path json = project.resolve(PUBLISHED_JSON);
        JsonObject published = new JsonObject();
        if (Files.exists(json)) {
            try (var in = Files.newInputStream(json)) {
                published = JSON.parse(in);
            }
        }
        published.put("languages", languages);
        try (var out = Files.newOutputStream(json)) {
            JSON.write(out, published);
        }
        Path markdown = reportFile(project, false);
        String page = Files.exists(markdown) ? Files.readString(markdown) : "# Benchmarks\n";
        Files.writeString(markdown, LanguageReport.replaceIn(page, LanguageReport.section(languages)),
                StandardCharsets.UTF_8);
        System.err.println("bench: wrote extraction per language into " + json + " and " + markdown);
    }

    /** Cold {@code build} of the bundled corpus, and the stock tools loading and indexing what it stored. */
    private JsonObject buildAgainstBulkLoad(Path firstStore, Path dump) {
        Rounds ours = new Rounds();
        Rounds loader = new Rounds();
        Rounds loaderAndIndexer = new Rounds();
        long quads = 0;
        for (int round = 0; round < settings.rounds(); round++) {
            Path store = round == 0 ? firstStore : work.resolve("bundled-ours-" + round);
            ours.add(java("build", List.of("-jar", jar.toString(), "build", "--corpus", "corpus", "--db",
                    store.toString())).seconds());
            if (round == 0) {
                java("dump", List.of("-jar", jar.toString(), "dump", dump.toString(), "--db", store.toString()));
                quads = countQuads(store);
            }
            Path loaded = work.resolve("bundled-loaded-" + round);
            double load = java("tdb2.tdbloader", List.of("-cp", jar.toString(), "tdb2.tdbloader", "--loc",
                    loaded.toString(), dump.toString())).seconds();
            Path config = textIndexConfig(loaded, work.resolve("bundled-loaded-" + round + ".ttl"));
            double index = java("jena.textindexer", List.of("-cp", jar.toString(), "jena.textindexer", "--desc",
                    config.toString())).seconds();
            loader.add(load);
            loaderAndIndexer.add(load + index);
            if (round > 0) {
                deleteQuietly(store);
            }
            deleteQuietly(loaded);
        }
        JsonObject json = new JsonObject();
        json.put("quads", quads);
        json.put("normgraph_build_seconds", ours.json());
        json.put("tdb2_tdbloader_seconds", loader.json());
        json.put("tdb2_tdbloader_and_textindexer_seconds", loaderAndIndexer.json());
        json.put("ratio_build_to_load_and_index", Numbers.json(ours.median() / loaderAndIndexer.median()));
        json.put("ratio_build_to_load", Numbers.json(ours.median() / loader.median()));
        return json;
    }

    /**
     * The stock Fuseki configuration with its database and text index moved to {@code store}. A configuration in
     * which either is not found fails here: left in place, its relative paths name an empty database in the
     * folder where the tool starts, which answers every query at once with nothing.
     */
    private Path textIndexConfig(Path store, Path file) {
        try {
            String config = Files.readString(project.resolve("fuseki-config/normgraph.ttl"));
            String located = config
                    .replaceAll("text:directory\\s+<file:[^>]*>", "text:directory <file:"
                            + Matcher.quoteReplacement(store.resolve("text-index").toString()) + ">")
                    .replaceAll("tdb2:location\\s+\"[^\"]*\"", "tdb2:location \""
                            + Matcher.quoteReplacement(store.toString()) + "\"");
            if (!located.contains("<file:" + store.resolve("text-index") + ">")
                    || !located.contains("tdb2:location \"" + store + "\"")) {
                throw new IllegalStateException("cannot point fuseki-config/normgraph.ttl at " + store
                        + ": no text:directory or tdb2:location found in it");
            }
            Files.writeString(file, located);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonArray synthetic(Map<String, Map<String, Long>> bundledFacts) {
        JsonArray sizes = new JsonArray();
        for (int size : settings.sizes()) {
            Path corpus = work.resolve("synthetic-" + size);
            Path store = work.resolve("synthetic-" + size + "-db");
            List<SyntheticCorpus.Document> documents = SyntheticCorpus.write(project.resolve("corpus"), size,
                    corpus);
            List<String> command = List.of("-jar", jar.toString(), "build", "--corpus", corpus.toString(), "--db",
                    store.toString());
            MeasuredProcess build = MeasuredProcess.run(javaCommand(command), project,
                    settings.processTimeoutSeconds());
            JsonObject json = new JsonObject();
            json.put("documents", size);
            json.put("seconds", Numbers.json(build.seconds()));
            json.put("peak_resident_bytes", build.peakResidentBytes());
            json.put("exit_code", build.exitCode());
            if (build.exitCode() == 0) {
                Map<String, Map<String, Long>> found = facts(store);
                List<String> wrong = new ArrayList<>();
                for (SyntheticCorpus.Document document : documents) {
                    Map<String, Long> expected = bundledFacts.get(Iris.extractedGraph(document.originalId()));
                    Map<String, Long> actual = found.get(Iris.extractedGraph(document.id()));
                    if (!expected.equals(actual)) {
                        wrong.add(document.id() + ": " + actual + " instead of " + expected);
                    }
                }
                json.put("facts_checked", wrong.isEmpty());
                if (!wrong.isEmpty()) {
                    throw new IllegalStateException("the synthetic corpus of " + size + " documents gave other facts"
                            + " than its originals, so its timing does not count: " + wrong.subList(0,
                                    Math.min(5, wrong.size())));
                }
                json.put("quads", storedQuads(build.output(), store));
            } else {
                json.put("facts_checked", false);
                json.put("failure", lastLines(build.output(), 3));
            }
            System.err.printf("bench: synthetic ×%d: exit %d, %.1f s, peak %d MB%n", size, build.exitCode(),
                    build.seconds(), build.peakResidentBytes() >> 20);
            sizes.add(json);
            deleteQuietly(corpus);
            deleteQuietly(store);
        }
        return sizes;
    }

    private JsonObject stages() throws RunnerException {
        int iterations = settings.jmhIterations();
        var options = new OptionsBuilder().include(StageBenchmarks.class.getName() + "\\.")
                .forks(1).warmupIterations(iterations).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Dnormgraph.corpus=" + project.resolve("corpus")).build();
        JsonObject json = new JsonObject();
        long characters = StageBenchmarks.corpusCharacters();
        json.put("corpus_characters", characters);
        Map<String, Double> perSecond = new TreeMap<>();
        for (RunResult result : new Runner(options).run()) {
            String benchmark = result.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            perSecond.put(name, result.getPrimaryResult().getScore());
        }
        JsonObject passes = new JsonObject();
        perSecond.forEach((name, score) -> passes.put(name, Numbers.json(score)));
        json.put("passes_per_second", passes);
        json.put("extraction_characters_per_second", Numbers.json(perSecond.get("extraction") * characters));
        json.put("smartcn_characters_per_second", Numbers.json(perSecond.get("smartcnSegmentation") * characters));
        json.put("ratio_extraction_to_smartcn", Numbers.json(perSecond.get("extraction") / perSecond.get("smartcnSegmentation")));
        return json;
    }

    private JsonObject endpoints(Path store) throws Exception {
        List<String> queries = cannedQueries(true);
        Path stockStore = work.resolve("stock-store");
        // The version that normgraph serves, as a plain TDB2 folder with its text index, for stock Fuseki.
        PathUtils.copyDirectory(GraphDatabase.served(store), stockStore);
        Path stockConfig = textIndexConfig(stockStore, work.resolve("stock-fuseki.ttl"));
        Rounds oursStart = new Rounds();
        Rounds stockStart = new Rounds();
        // normgraph with its answer cache off runs every query, as stock Fuseki does: the goal compares those two.
        // With the cache (as served by default) it answers the canned queries again from memory: shown beside.
        Map<String, Map<Integer, Rounds>> rates = new TreeMap<>();
        JsonArray loads = new JsonArray();
        List<String> answers = new ArrayList<>();
        List<String> servers = List.of("normgraph", "stock", CACHED);
        for (int round = 0; round < settings.rounds(); round++) {
            for (int turn = 0; turn < servers.size(); turn++) {
                String which = servers.get((round + turn) % servers.size());
                boolean ours = !which.equals("stock");
                int port = freePort();
                List<String> serve = new ArrayList<>(List.of("-jar", jar.toString(), "serve", "--db",
                        store.toString(), "--port", Integer.toString(port)));
                if (which.equals("normgraph")) {
                    serve.addAll(List.of("--answer-cache", "0"));
                }
                List<String> command = ours ? javaCommand(serve)
                        : javaCommand(List.of("-cp", reference.resolve("jena-fuseki-server.jar") + ":"
                                + reference.resolve("lucene-analysis-smartcn.jar"),
                                "org.apache.jena.fuseki.main.cmds.FusekiServerCmd", "--config",
                                stockConfig.toString(), "--port", Integer.toString(port)));
                // Stock Fuseki writes its run/ folder where it starts: in the work folder, not the project.
                Path folder = ours ? project : work;
                try (Endpoint endpoint = Endpoint.start(which, command, folder, port)) {
                    if (!which.equals(CACHED)) {
                        (ours ? oursStart : stockStart).add(endpoint.secondsToFirstAnswer());
                    }
                    // All must give the same answers, byte for byte, before their speeds are compared.
                    List<String> given = endpoint.answers(queries);
                    if (answers.isEmpty()) {
                        answers.addAll(given);
                    } else if (!answers.equals(given)) {
                        throw new IllegalStateException(which + " answers the canned queries otherwise than the"
                                + " other server, so their speeds cannot be compared: "
                                + Endpoint.firstDifference(queries, answers, given));
                    }
                    endpoint.load(queries, 4, Math.min(2, settings.loadSeconds()));
                    for (int clients : CLIENTS) {
                        Endpoint.Load load = endpoint.load(queries, clients, settings.loadSeconds());
                        rates.computeIfAbsent(which, w -> new TreeMap<>())
                                .computeIfAbsent(clients, c -> new Rounds()).add(load.requestsPerSecond());
                        JsonObject json = new JsonObject();
                        json.put("server", which);
                        json.put("round", round);
                        json.put("clients", clients);
                        json.put("requests_per_second", Numbers.json(load.requestsPerSecond()));
                        json.put("p50_ms", Numbers.json(load.p50Millis()));
                        json.put("p99_ms", Numbers.json(load.p99Millis()));
                        json.put("answered", load.answered());
                        json.put("refused_503", load.refused());
                        json.put("failed", load.failed());
                        loads.add(json);
                        System.err.printf("bench: %s, %d clients: %.1f requests/s, p50 %.1f ms, p99 %.1f ms%n",
                                which, clients, load.requestsPerSecond(), load.p50Millis(), load.p99Millis());
                    }
                }
            }
        }
        JsonObject json = new JsonObject();
        json.put("queries", queries.size());
        json.put("answers_identical", true);
        json.put("answer_bytes", answers.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum());
        json.put("normgraph_start_seconds", oursStart.json());
        json.put("stock_start_seconds", stockStart.json());
        json.put("ratio_start", Numbers.json(oursStart.median() / stockStart.median()));
        JsonObject ratios = new JsonObject();
        for (int clients : CLIENTS) {
            JsonObject perClients = new JsonObject();
            Rounds ours = rates.get("normgraph").get(clients);
            Rounds stock = rates.get("stock").get(clients);
            Rounds cached = rates.get(CACHED).get(clients);
            perClients.put("normgraph_requests_per_second", ours.json());
            perClients.put("stock_requests_per_second", stock.json());
            perClients.put("ratio", Numbers.json(ours.median() / stock.median()));
            perClients.put("normgraph_cached_requests_per_second", cached.json());
            perClients.put("ratio_cached", Numbers.json(cached.median() / stock.median()));
            ratios.put(Integer.toString(clients), perClients);
        }
        json.put("by_clients", ratios);
        json.put("loads", loads);
        deleteQuietly(stockStore);
        return json;
    }

    /**
     * normgraph against rdflib, query by query: normgraph's answers computed (the answer cache off, so that each
     * request runs its query: a query's first answer) and asked again (from the answer cache, as served by default).
     */
    private JsonObject againstRdflib(Path store, Path dump) throws Exception {
        List<Path> files = cannedQueryFiles(false);
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3",
                project.resolve("bench/rdflib_queries.py").toString(), dump.toString(),
                Integer.toString(settings.queryTimes()), Long.toString(settings.rdflibTimeoutSeconds())));
        files.forEach(f -> command.add(f.toString()));
        MeasuredProcess rdflib = MeasuredProcess.run(command, project, settings.processTimeoutSeconds())
                .orFail(command);
        JsonObject answers = JSON.parseAny(rdflib.output().substring(rdflib.output().indexOf('{'))).getAsObject();
        Map<Path, Rounds> computed = latencies(store, files, true);
        Map<Path, Rounds> cached = latencies(store, files, false);
        JsonObject json = new JsonObject();
        json.put("rdflib_load_seconds", answers.get("load_seconds"));
        JsonArray perQuery = new JsonArray();
        double[] logSums = new double[2];
        double[] oursTotals = new double[2];
        double rdflibTotal = 0;
        int answered = 0;
        for (Path file : files) {
            JsonObject row = new JsonObject();
            row.put("query", project.relativize(file).toString());
            row.put("normgraph_seconds", computed.get(file).json());
            row.put("normgraph_cached_seconds", cached.get(file).json());
            JsonObject answer = answers.get("queries").getAsObject().get(file.toString()).getAsObject();
            if (answer.hasKey("error")) {
                row.put("rdflib_error", answer.get("error"));
                perQuery.add(row);
                continue;
            }
            Rounds rdflibTimes = new Rounds();
            answer.get("seconds").getAsArray().forEach(v -> rdflibTimes.add(v.getAsNumber().value().doubleValue()));
            double[] ratios = {rdflibTimes.median() / computed.get(file).median(),
                    rdflibTimes.median() / cached.get(file).median()};
            for (int i = 0; i < 2; i++) {
                logSums[i] += Math.log(ratios[i]);
            }
            oursTotals[0] += computed.get(file).median();
            oursTotals[1] += cached.get(file).median();
            rdflibTotal += rdflibTimes.median();
            answered++;
            row.put("rdflib_seconds", rdflibTimes.json());
            row.put("ratio", Numbers.json(ratios[0]));
            row.put("ratio_cached", Numbers.json(ratios[1]));
            perQuery.add(row);
        }
        json.put("queries", perQuery);
        json.put("geometric_mean_ratio", Numbers.json(Math.exp(logSums[0] / answered)));
        json.put("geometric_mean_ratio_cached", Numbers.json(Math.exp(logSums[1] / answered)));
        json.put("queries_rdflib_answered", answered);
        json.put("total_ratio", Numbers.json(rdflibTotal / oursTotals[0]));
        json.put("total_ratio_cached", Numbers.json(rdflibTotal / oursTotals[1]));
        return json;
    }

    /** Each query's times over HTTP, one client, on a server warmed up first by four clients. */
    private Map<Path, Rounds> latencies(Path store, List<Path> files, boolean computed) throws Exception {
        List<String> serve = new ArrayList<>(List.of("-jar", jar.toString(), "serve", "--db", store.toString(),
                "--port"));
        int port = freePort();
        serve.add(Integer.toString(port));
        if (computed) {
            serve.addAll(List.of("--answer-cache", "0"));
        }
        Map<Path, Rounds> times = new LinkedHashMap<>();
        try (Endpoint ours = Endpoint.start("normgraph", javaCommand(serve), project, port)) {
            // rdflib's times are its steady state (CPython compiles nothing as it goes); the server's must be too,
            // not those of a JVM that has answered each query twice and still interprets most of Jena.
            ours.load(files.stream().map(Comparisons::read).toList(), 4, settings.loadSeconds());
            for (Path file : files) {
                String query = Files.readString(file);
                ours.latency(query, Math.max(2, settings.queryTimes() / 2));
                times.put(file, ours.latency(query, settings.queryTimes()));
            }
        }
        return times;
    }

    /** Canned queries that any SPARQL 1.1 engine answers from the data alone: no SERVICE, and no full-text search
     * unless {@code withTextSearch}. */
    private List<Path> cannedQueryFiles(boolean withTextSearch) throws IOException {
        try (var files = Files.list(project.resolve("queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).filter(f -> {
                String text = read(f);
                return !text.contains("SERVICE") && (withTextSearch || !text.contains("text:query"));
            }).sorted().toList();
        }
    }

    private List<String> cannedQueries(boolean withTextSearch) throws IOException {
        return cannedQueryFiles(withTextSearch).stream().map(Comparisons::read).toList();
    }

    /** Positions and statements in each named graph: what a synthetic copy must reproduce of its original. */
    private static Map<String, Map<String, Long>> facts(Path store) {
        Dataset dataset = GraphDatabase.open(store);
        Map<String, Map<String, Long>> facts = new TreeMap<>();
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query("""
                        PREFIX ng: <https://w3id.org/normgraph/ontology#>
                        SELECT ?g ?class (COUNT(?s) AS ?n) WHERE {
                          VALUES ?class { ng:Position ng:Statement ng:DraftProvision ng:Mention }
                          GRAPH ?g { ?s a ?class }
                        } GROUP BY ?g ?class""").build()) {
                    execution.execSelect().forEachRemaining(row -> facts.computeIfAbsent(
                            row.getResource("g").getURI(), g -> new TreeMap<>())
                            .put(row.getResource("class").getLocalName(), row.getLiteral("n").getLong()));
                }
            });
        } finally {
            GraphDatabase.close(dataset);
        }
        return facts;
    }

    /**
     * The quads that the build reports it stored (counted by the build over node ids), or counted here where it
     * does not say: counting here decodes every quad, minutes for the ×1,000 corpus.
     */
    private static long storedQuads(String buildOutput, Path store) {
        Matcher stored = Pattern.compile("stored (\\d+) quads").matcher(buildOutput);
        return stored.find() ? Long.parseLong(stored.group(1)) : countQuads(store);
    }

    private static long countQuads(Path store) {
        Dataset dataset = GraphDatabase.open(store);
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            GraphDatabase.close(dataset);
        }
    }

    private MeasuredProcess java(String what, List<String> arguments) {
        List<String> command = javaCommand(arguments);
        MeasuredProcess process = MeasuredProcess.run(command, project, settings.processTimeoutSeconds())
                .orFail(command);
        System.err.printf("bench: %s %.2f s%n", what, process.seconds());
        return process;
    }

    private static List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (Files.exists(folder)) {
                PathUtils.deleteDirectory(folder);
            }
        } catch (IOException e) {
            System.err.println("bench: cannot delete " + folder + ": " + e.getMessage());
        }
    }
}
