package org.w3id.normgraph.server.replicas;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.PublishedVersions;

/**
 * Three {@code serve --take-from} replicas behind HAProxy on loopback, with clients sending the canned queries
 * throughout. Each replica takes versions from a folder of its own, to which the scenario copies published versions
 * (as {@code rsync} to a replica's machine would). At {@code killAt} seconds one replica is killed with SIGKILL and
 * started again; at {@code damagedAt} a published version whose dump was damaged after publishing is offered to every
 * replica, and each must refuse it and go on serving the old version; at {@code rolloutAt} a new version, built from
 * a changed corpus (the bundled one without the Secretary-General's report), is published as {@code normgraph
 * publish} does and goes out one replica at a time: drained in HAProxy, offered the new version (which its
 * {@code --take-from} checks and switches to), back in HAProxy once {@code /readyz} names it. Every request is
 * recorded and checked: status 200, one version header, and the very bytes that a replica of that version answers to
 * that query.
 *
 * <pre>scripts/replicas-scenario [--seconds 60] [--kill-at 20] [--damaged-at 30] [--rollout-at 40] [--clients 16]
 *     [--pause-ms 0]</pre>
 */
public final class ReplicasScenario {

    /** What to run; {@code workspace} receives the databases, the published versions, the configuration and the logs. */
    /** {@code pauseMillis}: what each client waits between an answer and its next request. */
    record Settings(int clients, int pauseMillis, int seconds, int killAt, int damagedAt, int rolloutAt,
            Path workspace) {
    }

    private final Settings settings;
    private final List<String> events = new ArrayList<>();
    private final Map<String, Map<Integer, String>> references = new HashMap<>();
    private final Map<String, OfferedVersions.Refusal> refusals = new ConcurrentHashMap<>();
    private long t0;

    private ReplicasScenario(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Settings settings = new Settings(Integer.parseInt(options.getOrDefault("--clients", "16")),
                Integer.parseInt(options.getOrDefault("--pause-ms", "0")),
                Integer.parseInt(options.getOrDefault("--seconds", "60")),
                Integer.parseInt(options.getOrDefault("--kill-at", "20")),
                Integer.parseInt(options.getOrDefault("--damaged-at", "30")),
                Integer.parseInt(options.getOrDefault("--rollout-at", "40")),
                Path.of(options.getOrDefault("--workspace", "target/replicas-scenario")));
        if (Files.exists(settings.workspace())) {
            PathUtils.deleteDirectory(settings.workspace());
        }
        Files.createDirectories(settings.workspace());
        ScenarioReport report = run(settings);
        System.out.println(report.text());
        System.exit(report.failed() == 0 && report.damagedRefusedByAll() ? 0 : 1);
    }

    static ScenarioReport run(Settings settings) throws Exception {
        return new ReplicasScenario(settings).run();
    }

    private ScenarioReport run() throws Exception {
        Path work = settings.workspace().toAbsolutePath();
        // What the build machine holds: the database of each version, and the folder that `publish` writes.
        Path oldDatabase = work.resolve("versions/old");
        Path newDatabase = work.resolve("versions/new");
        Path published = work.resolve("published");
        long start = System.nanoTime();
        GraphDatabase.replace(oldDatabase, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        Dataset newGraph = GraphBuild.fromCorpus(changedCorpus(work.resolve("changed-corpus")), message -> { });
        GraphDatabase.replace(newDatabase, newGraph);
        PublishedVersions.Published old = PublishedVersions.publish(oldDatabase, published);
        PublishedVersions.Published damaged = OfferedVersions.damaged(newGraph.asDatasetGraph(),
                work.resolve("damaged"));
        note("both versions built, the old one published as %s, in %.1f s", old.id(), since(start));
        List<ReplicaProcess> replicas = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ReplicaProcess replica = new ReplicaProcess("r" + i, freePort(), work.resolve("r" + i + "/tdb2"),
                    work.resolve("r" + i + "/versions"), work.resolve("r" + i + ".log"));
            OfferedVersions.offer(old, replica.versions);
            replicas.add(replica);
        }
        // The replicas start from copies of the old version's database. Each takes the new version from the same
        // published dump: replicas of one version that got it the same way answer with the same bytes (a database
        // built from the corpus and one loaded from the dump hold the same graph, but may order a GROUP_CONCAT
        // otherwise).
        for (ReplicaProcess replica : replicas) {
            copyDatabase(oldDatabase, replica.database);
        }
        ScenarioLoad load = new ScenarioLoad(ScenarioLoad.cannedQueries());
        HaproxyProcess haproxy = null;
        try {
            for (ReplicaProcess replica : replicas) {
                replica.start();
            }
            String oldVersion = null;
            for (ReplicaProcess replica : replicas) {
                oldVersion = replica.awaitReady(old.id()::equals, 180);
            }
            recordReferences(load, replicas.get(0), oldVersion);
            for (ReplicaProcess replica : replicas.subList(1, replicas.size())) {
                checkAgainstReferences(load, replica, oldVersion);
            }
            int frontend = freePort();
            haproxy = HaproxyProcess.start(work, frontend, replicas.stream().map(r -> r.port).toList());
            t0 = System.nanoTime();
            load.start(settings.clients(), settings.pauseMillis(), "http://127.0.0.1:" + frontend);
            event("%d clients start, through HAProxy, %d queries; every replica serves %s", settings.clients(),
                    load.queries().size(), oldVersion);

            sleepUntil(settings.killAt());
            ReplicaProcess victim = replicas.get(1);
            victim.kill();
            event("%s killed with SIGKILL", victim.name);
            victim.start();
            event("%s started again", victim.name);
            long kill = System.nanoTime();
            Thread restart = inBackground(() -> {
                victim.awaitReady(old.id()::equals, 180);
                event("%s ready again", victim.name);
            }, victim.name + " not ready again");

            sleepUntil(settings.damagedAt());
            long damagedOffered = System.nanoTime();
            for (ReplicaProcess replica : replicas) {
                OfferedVersions.offer(damaged, replica.versions);
            }
            event("version %s, its dump damaged after publishing, offered to every replica", damaged.id());
            Thread refusing = inBackground(() -> awaitRefusals(replicas, damaged.id()), "not refused");

            sleepUntil(settings.rolloutAt());
            long rolloutStart = System.nanoTime();
            PublishedVersions.Published next = PublishedVersions.publish(newDatabase, published);
            event("version %s published in %.1f s", next.id(), since(rolloutStart));
            // The replica started again goes last, so that the update need not wait for it to be ready.
            for (ReplicaProcess replica : List.of(replicas.get(0), replicas.get(2), victim)) {
                replica.awaitReady(old.id()::equals, 180);
                awaitRefusal(replica, 120);
                haproxy.drain(replica.name);
                event("%s drained in HAProxy", replica.name);
                long offered = System.nanoTime();
                OfferedVersions.offer(next, replica.versions);
                replica.awaitReady(next.id()::equals, 120);
                event("%s took %s, %.1f s after it was offered", replica.name, next.id(), since(offered));
                if (!references.containsKey(next.id())) {
                    recordReferences(load, replica, next.id());
                } else {
                    checkAgainstReferences(load, replica, next.id());
                }
                haproxy.ready(replica.name);
                event("%s ready in HAProxy", replica.name);
            }
            long rolloutDone = System.nanoTime();
            sleepUntil(Math.max(settings.seconds(), seconds(rolloutDone) + 3));
            List<ScenarioLoad.Request> requests = load.stop();
            restart.join();
            refusing.join();
            event("clients stop; HAProxy saw replicas %s", haproxy.states());
            return new ScenarioReport(List.of(t0, kill, damagedOffered, rolloutStart, rolloutDone, System.nanoTime()),
                    oldVersion, next.id(), new ScenarioReport.DamagedOffer(damaged.id(), replicas.stream()
                            .map(r -> r.name).toList(), new TreeMap<>(refusals)),
                    references, requests, events, haproxy.retriedRequests());
        } finally {
            if (haproxy != null) {
                haproxy.close();
            }
            for (ReplicaProcess replica : replicas) {
                replica.close();
            }
        }
    }

    /** Waits for every replica's refusal of version {@code id} in its log, recording each as it comes. */
    private void awaitRefusals(List<ReplicaProcess> replicas, String id) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (refusals.size() < replicas.size() && System.nanoTime() < end) {
            for (ReplicaProcess replica : replicas) {
                if (!refusals.containsKey(replica.name)) {
                    Optional<OfferedVersions.Refusal> refusal = OfferedVersions.refusal(replica.log, id);
                    if (refusal.isPresent()) {
                        refusals.put(replica.name, refusal.get());
                        event("%s refused version %s: checksum %s… of its dump, %s… published; still serving %s",
                                replica.name, id, refusal.get().actualSha256().substring(0, 16),
                                refusal.get().publishedSha256().substring(0, 16), refusal.get().stillServing());
                    }
                }
            }
            Thread.sleep(200);
        }
    }

    /** Offering a replica the next version before it looked at the damaged one would leave the damaged one untried. */
    private void awaitRefusal(ReplicaProcess replica, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!refusals.containsKey(replica.name)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(replica.name + " did not refuse the damaged version within " + seconds
                        + " s; see " + replica.log);
            }
            Thread.sleep(100);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step} in a thread of its own; if it fails, records an event that starts with {@code failure}. */
    private Thread inBackground(Step step, String failure) {
        Thread thread = new Thread(() -> {
            try {
                step.run();
            } catch (Exception e) {
                event("%s: %s", failure, e.getMessage());
            }
        });
        thread.start();
        return thread;
    }

    /** The bundled corpus without the Secretary-General's report: another graph, so another version. */
    private static Path changedCorpus(Path folder) throws IOException {
        PathUtils.copyDirectory(Path.of("corpus"), folder);
        Model manifest = RDFDataMgr.loadModel(folder.resolve("manifest.ttl").toString());
        manifest.removeAll(ResourceFactory.createResource(
                "https://w3id.org/normgraph/id/document/un-sg-report-ict-international-security-2022"), null, null);
        try (OutputStream out = Files.newOutputStream(folder.resolve("manifest.ttl"))) {
            RDFDataMgr.write(out, manifest, Lang.TURTLE);
        }
        return folder;
    }

    /** Puts a copy of the version in use in {@code from} in use in {@code database}, as a build would. */
    private static void copyDatabase(Path from, Path database) {
        Path version = GraphDatabase.served(from);
        GraphDatabase.replace(database, staging -> {
            PathUtils.copyDirectory(version, staging);
            // Lucene's lock of the copied index: each server takes its own.
            Files.deleteIfExists(staging.resolve("text-index").resolve("write.lock"));
        });
    }

    /** What {@code replica}, serving {@code version}, answers to each query: what every replica of it must answer. */
    private void recordReferences(ScenarioLoad load, ReplicaProcess replica, String version) {
        Map<Integer, String> digests = new HashMap<>();
        for (int q = 0; q < load.queries().size(); q++) {
            ScenarioLoad.Request answer = load.ask("http://127.0.0.1:" + replica.port, q);
            if (answer.status() != 200 || !answer.versions().equals(List.of(version))) {
                throw new IllegalStateException(replica.name + " answered query " + q + " with " + answer);
            }
            digests.put(q, answer.digest());
        }
        references.put(version, digests);
    }

    /** Fails unless {@code replica} answers every query with the bytes recorded for {@code version}. */
    private void checkAgainstReferences(ScenarioLoad load, ReplicaProcess replica, String version) {
        for (int q = 0; q < load.queries().size(); q++) {
            ScenarioLoad.Request answer = load.ask("http://127.0.0.1:" + replica.port, q);
            if (!references.get(version).get(q).equals(answer.digest())) {
                throw new IllegalStateException(replica.name + " answers query " + q + " otherwise than "
                        + "another replica of the same version: " + answer);
            }
        }
    }

    private synchronized void event(String format, Object... arguments) {
        events.add(String.format(Locale.ROOT, "%5.1f s  ", (System.nanoTime() - t0) / 1e9)
                + String.format(Locale.ROOT, format, arguments));
    }

    /** An event before the clients start. */
    private synchronized void note(String format, Object... arguments) {
        events.add("before   " + String.format(Locale.ROOT, format, arguments));
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private int seconds(long nanos) {
        return (int) Math.ceil((nanos - t0) / 1e9);
    }

    private void sleepUntil(int second) throws InterruptedException {
        long wait = t0 + TimeUnit.SECONDS.toNanos(second) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
