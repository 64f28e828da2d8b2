package org.w3id.normgraph.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.io.file.PathUtils;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The endpoint comparison alone, for looking into it: normgraph's {@code serve} and stock Fuseki on copies of one
 * store, alternating in each round, with the load of {@link Comparisons} (1, 4, 16 clients) and, per canned query,
 * the median time of one client's answers, so that a gap can be told per request or per result. All servers must
 * give the same answers, byte for byte. {@code probe.jars} names normgraph's jars to compare
 * ({@code before=/tmp/before.jar,after=target/normgraph.jar}); extra JVM options for normgraph's or stock's
 * server (a profiler: {@code SERVER} and {@code ROUND} in them are replaced) come from {@code probe.ours} and
 * {@code probe.stock}.
 *
 * <pre>{@code
 * java -Dnormgraph.project=. -cp ... org.w3id.normgraph.bench.EndpointProbe STORE ROUNDS SECONDS [QUERY_TIMES]
 * }</pre>
 */
public final class EndpointProbe {

    private EndpointProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("normgraph.project", ".")).toAbsolutePath().normalize();
        Path store = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int queryTimes = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path work = Files.createTempDirectory("endpoint-probe");
        Path stockStore = work.resolve("stock-store");
        PathUtils.copyDirectory(GraphDatabase.served(store), stockStore);
        String config = Files.readString(project.resolve("fuseki-config/normgraph.ttl"))
                .replaceAll("text:directory\\s+<file:[^>]*>", "text:directory <file:" + stockStore.resolve("text-index")
                        + ">")
                .replaceAll("tdb2:location\\s+\"[^\"]*\"", "tdb2:location \"" + stockStore + "\"");
        Path stockConfig = work.resolve("stock-fuseki.ttl");
        Files.writeString(stockConfig, config);
        Path reference = project.resolve("bench/target/reference");
        Map<String, Path> queryFiles = new TreeMap<>();
        try (var files = Files.list(project.resolve("queries"))) {
            files.filter(f -> f.toString().endsWith(".rq")).filter(f -> !read(f).contains("SERVICE"))
                    .forEach(f -> queryFiles.put(f.getFileName().toString(), f));
        }
        List<String> queries = queryFiles.values().stream().map(EndpointProbe::read).toList();
        Map<String, Map<Integer, List<Double>>> rates = new TreeMap<>();
        Map<String, List<Double>> starts = new TreeMap<>();
        Map<String, Map<String, List<Double>>> perQuery = new TreeMap<>();
        // normgraph's jars to compare (name=path, comma-separated), each against stock Fuseki.
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String entry : System.getProperty("probe.jars", "normgraph=target/normgraph.jar").split(",")) {
            String[] parts = entry.split("=", 2);
            jars.put(parts[0], project.resolve(parts[1]));
        }
        List<String> servers = new ArrayList<>(jars.keySet());
        servers.add("stock");
        List<String> answers = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Each round starts with the next server, so that the machine's drift falls on all of them.
            List<String> order = new ArrayList<>(servers);
            java.util.Collections.rotate(order, -round);
            for (String which : order) {
                int port = freePort();
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                String extra = System.getProperty(which.equals("stock") ? "probe.stock" : "probe.ours", "");
                for (String option : extra.split(" ")) {
                    if (!option.isBlank()) {
                        command.add(option.replace("ROUND", Integer.toString(round)).replace("SERVER", which));
                    }
                }
                if (!which.equals("stock")) {
                    command.addAll(List.of("-jar", jars.get(which).toString(), "serve", "--db", store.toString(),
                            "--port", Integer.toString(port)));
                } else {
                    command.addAll(List.of("-cp", reference.resolve("jena-fuseki-server.jar") + ":"
                            + reference.resolve("lucene-analysis-smartcn.jar"),
                            "org.apache.jena.fuseki.main.cmds.FusekiServerCmd", "--config", stockConfig.toString(),
                            "--port", Integer.toString(port)));
                }
                try (Endpoint endpoint = Endpoint.start(which, command, which.equals("stock") ? work : project,
                        port)) {
                    starts.computeIfAbsent(which, w -> new ArrayList<>()).add(endpoint.secondsToFirstAnswer());
                    List<String> given = endpoint.answers(queries);
                    if (answers.isEmpty()) {
                        answers.addAll(given);
                    } else if (!answers.equals(given)) {
                        throw new IllegalStateException(which + " answers otherwise: "
                                + Endpoint.firstDifference(queries, answers, given));
                    }
                    endpoint.load(queries, 4, Math.min(2, seconds));
                    for (int clients : new int[] {1, 4, 16}) {
                        Endpoint.Load load = endpoint.load(queries, clients, seconds);
                        rates.computeIfAbsent(which, w -> new TreeMap<>())
                                .computeIfAbsent(clients, c -> new ArrayList<>()).add(load.requestsPerSecond());
                        System.err.printf("probe: round %d %s %2d clients: %6.1f req/s p50 %6.1f ms p99 %6.1f ms"
                                + " 503 %d failed %d%n", round, which, clients, load.requestsPerSecond(),
                                load.p50Millis(), load.p99Millis(), load.refused(), load.failed());
                    }
                    if (queryTimes > 0) {
                        for (var entry : queryFiles.entrySet()) {
                            Rounds times = endpoint.latency(read(entry.getValue()), queryTimes);
                            perQuery.computeIfAbsent(entry.getKey(), q -> new TreeMap<>())
                                    .computeIfAbsent(which, w -> new ArrayList<>()).add(times.median());
                        }
                    }
                }
            }
        }
        System.out.println("answers identical on all servers: " + answers.size() + " queries, "
                + answers.stream().mapToInt(String::length).sum() + " characters");
        System.out.println("start seconds: " + starts);
        for (int clients : new int[] {1, 4, 16}) {
            double stock = median(rates.get("stock").get(clients));
            StringBuilder line = new StringBuilder(String.format("%2d clients: stock %6.1f %s", clients, stock,
                    rates.get("stock").get(clients)));
            for (String name : jars.keySet()) {
                double ours = median(rates.get(name).get(clients));
                line.append(String.format(" | %s %6.1f ratio %.2f %s", name, ours, ours / stock,
                        rates.get(name).get(clients)));
            }
            System.out.println(line);
        }
        perQuery.forEach((query, byServer) -> {
            StringBuilder line = new StringBuilder(String.format("%-48s", query));
            byServer.forEach((server, times) -> line.append(String.format(" %s %7.2f ms", server,
                    median(times) * 1000)));
            System.out.println(line);
        });
        PathUtils.deleteDirectory(work);
    }
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
