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
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * Three {@code serve} replicas behind HAProxy on loopback, with clients sending the canned queries throughout:
 * at {@code killAt} seconds one replica is killed with SIGKILL and started again; at {@code rolloutAt} a new
 * version, built from a changed corpus (the bundled one without the Secretary-General's report), goes out one
 * replica at a time: drained in HAProxy, the new version put in use in its database (which {@code --watch} picks
 * up), back in HAProxy once it answers with the new version. Every request is recorded and checked: status 200,
 * one version header, and the very bytes that a replica of that version answers to that query.
 *
 * <pre>scripts/replicas-scenario [--seconds 60] [--kill-at 20] [--rollout-at 40] [--clients 16] [--pause-ms 0]</pre>
 */
public final class ReplicasScenario {

    /** What to run; {@code workspace} receives the databases, the configuration and the logs. */
    /** {@code pauseMillis}: what each client waits between an answer and its next request. */
    record Settings(int clients, int pauseMillis, int seconds, int killAt, int rolloutAt, Path workspace) {
    }

    private final Settings settings;
    private final List<String> events = new ArrayList<>();
    private final Map<String, Map<Integer, String>> references = new HashMap<>();
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
                Integer.parseInt(options.getOrDefault("--rollout-at", "40")),
                Path.of(options.getOrDefault("--workspace", "target/replicas-scenario")));
        if (Files.exists(settings.workspace())) {
            PathUtils.deleteDirectory(settings.workspace());
        }
        Files.createDirectories(settings.workspace());
        ScenarioReport report = run(settings);
        System.out.println(report.text());
        System.exit(report.failed() == 0 ? 0 : 1);
    }

    static ScenarioReport run(Settings settings) throws Exception {
        return new ReplicasScenario(settings).run();
    }

    private ScenarioReport run() throws Exception {
        Path work = settings.workspace().toAbsolutePath();
        Path oldDatabase = work.resolve("versions/old");
        Path newDatabase = work.resolve("versions/new");
        GraphDatabase.replace(oldDatabase, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        GraphDatabase.replace(newDatabase, GraphBuild.fromCorpus(changedCorpus(work.resolve("changed-corpus")),
                message -> { }));
        List<ReplicaProcess> replicas = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path database = work.resolve("r" + i + "/tdb2");
            install(oldDatabase, database);
            replicas.add(new ReplicaProcess("r" + i, freePort(), database, work.resolve("r" + i + ".log")));
        }
        ScenarioLoad load = new ScenarioLoad(ScenarioLoad.cannedQueries());
        HaproxyProcess haproxy = null;
        try {
            for (ReplicaProcess replica : replicas) {
                replica.start();
            }
            String oldVersion = null;
            for (ReplicaProcess replica : replicas) {
                oldVersion = replica.awaitReady(version -> true, 180);
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
            String served = oldVersion;
            Thread restart = new Thread(() -> {
                try {
                    victim.awaitReady(served::equals, 180);
                    event("%s ready again", victim.name);
                } catch (InterruptedException | RuntimeException e) {
                    event("%s not ready again: %s", victim.name, e.getMessage());
                }
            });
            restart.start();

            sleepUntil(settings.rolloutAt());
            long rolloutStart = System.nanoTime();
            String newVersion = null;
            // The replica started again goes last, so that the update need not wait for it to be ready.
            for (ReplicaProcess replica : List.of(replicas.get(0), replicas.get(2), victim)) {
                replica.awaitReady(served::equals, 180);
                haproxy.drain(replica.name);
                event("%s drained in HAProxy", replica.name);
                install(newDatabase, replica.database);
                String expected = newVersion;
                newVersion = replica.awaitReady(version -> expected == null ? !version.equals(served)
                        : version.equals(expected), 120);
                event("%s switched to %s", replica.name, newVersion);
                if (!references.containsKey(newVersion)) {
                    recordReferences(load, replica, newVersion);
                } else {
                    checkAgainstReferences(load, replica, newVersion);
                }
                haproxy.ready(replica.name);
                event("%s ready in HAProxy", replica.name);
            }
            long rolloutDone = System.nanoTime();
            sleepUntil(Math.max(settings.seconds(), seconds(rolloutDone) + 3));
            List<ScenarioLoad.Request> requests = load.stop();
            restart.join();
            event("clients stop; HAProxy saw replicas %s", haproxy.states());
            return new ScenarioReport(List.of(t0, kill, rolloutStart, rolloutDone, System.nanoTime()), oldVersion,
                    newVersion, references, requests, events, haproxy.retriedRequests());
        } finally {
            if (haproxy != null) {
                haproxy.close();
            }
            for (ReplicaProcess replica : replicas) {
                replica.close();
            }
        }
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
    private static void install(Path from, Path database) {
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
