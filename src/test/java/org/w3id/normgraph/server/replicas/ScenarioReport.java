package org.w3id.normgraph.server.replicas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the clients of {@link ReplicasScenario} got, phase by phase: requests sent, failed (no answer, a status
 * other than 200, not exactly one version header, or bytes other than what a replica of that version answers to
 * that query), answered by each version, and the latency's median and 99th percentile; and which replicas refused
 * the damaged version offered to them.
 */
final class ScenarioReport {

    static final List<String> PHASES = List.of("before the kill", "kill and restart", "damaged version offered",
            "rolling update", "after the update");

    /** The version whose dump was damaged, the replicas it was offered to, and the refusal of each that refused. */
    record DamagedOffer(String version, List<String> offeredTo, Map<String, OfferedVersions.Refusal> refusals) {
    }

    record Phase(String name, double fromSeconds, double toSeconds, long sent, long failed, long oldAnswers,
            long newAnswers, double p50Millis, double p99Millis) {
    }

    private final List<Long> bounds;
    final String oldVersion;
    final String newVersion;
    final DamagedOffer damaged;
    private final Map<String, Map<Integer, String>> references;
    private final List<ScenarioLoad.Request> requests;
    final List<String> events;
    final long retriedByHaproxy;

    /**
     * {@code bounds}: when the clients started, the kill, the damaged version's offer, the update's start and end,
     * and when the clients stopped.
     */
    ScenarioReport(List<Long> bounds, String oldVersion, String newVersion, DamagedOffer damaged,
            Map<String, Map<Integer, String>> references, List<ScenarioLoad.Request> requests, List<String> events,
            long retriedByHaproxy) {
        this.bounds = bounds;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.damaged = damaged;
        this.references = references;
        this.requests = requests;
        this.events = events;
        this.retriedByHaproxy = retriedByHaproxy;
    }

    /** Why the request failed, or null if it got the answer of exactly one version, whole. */
    String failure(ScenarioLoad.Request request) {
        if (request.status() != 200) {
            return request.status() + " " + request.error();
        }
        if (request.versions().size() != 1) {
            return "versions " + request.versions();
        }
        Map<Integer, String> expected = references.get(request.versions().get(0));
        if (expected == null) {
            return "unknown version " + request.versions().get(0);
        }
        return expected.get(request.query()).equals(request.digest()) ? null
                : "query " + request.query() + ": not the answer of version " + request.versions().get(0);
    }

    long failed() {
        return requests.stream().filter(r -> failure(r) != null).count();
    }

    /** Whether every replica offered the damaged version refused it, still serving the old version. */
    boolean damagedRefusedByAll() {
        return damaged.refusals().keySet().containsAll(damaged.offeredTo())
                && damaged.refusals().values().stream().allMatch(r -> r.stillServing().equals(oldVersion));
    }

    /** Answers that name the damaged version: none, unless a replica took it. */
    long answeredByDamaged() {
        return answeredBy(requests, damaged.version());
    }

    long sent() {
        return requests.size();
    }

    /** Up to {@code count} failures, each with when it happened. */
    List<String> failures(int count) {
        List<String> found = new ArrayList<>();
        for (ScenarioLoad.Request request : requests) {
            String failure = failure(request);
            if (failure != null && found.size() < count) {
                found.add(String.format(Locale.ROOT, "%.1f s: %s", seconds(request.startNanos()), failure));
            }
        }
        return found;
    }

    List<Phase> phases() {
        List<Phase> phases = new ArrayList<>();
        for (int p = 0; p < PHASES.size(); p++) {
            long from = bounds.get(p);
            long to = bounds.get(p + 1);
            List<ScenarioLoad.Request> in = requests.stream()
                    .filter(r -> r.startNanos() >= from && r.startNanos() < to).toList();
            long[] millis = in.stream().mapToLong(ScenarioLoad.Request::nanos).sorted().toArray();
            phases.add(new Phase(PHASES.get(p), seconds(from), seconds(to), in.size(),
                    in.stream().filter(r -> failure(r) != null).count(), answeredBy(in, oldVersion),
                    answeredBy(in, newVersion), percentile(millis, 0.50), percentile(millis, 0.99)));
        }
        return phases;
    }

    private static long answeredBy(List<ScenarioLoad.Request> requests, String version) {
        return requests.stream().filter(r -> r.status() == 200 && r.versions().equals(List.of(version))).count();
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private double seconds(long nanos) {
        return (nanos - bounds.get(0)) / 1e9;
    }

    /** The report as Markdown: the table of phases, the timeline, and the first failures if any. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Old version %s, new version %s; %,d requests, %,d failed;"
                + " HAProxy sent %,d again to another replica.%n%n", oldVersion, newVersion, sent(), failed(),
                retriedByHaproxy));
        text.append(String.format(Locale.ROOT, "Version %s, its dump damaged after publishing, offered to %s: refused"
                + " by %s%s; %,d answers named it.%n%n", damaged.version(), String.join(", ", damaged.offeredTo()),
                damaged.refusals().isEmpty() ? "none" : String.join(", ", damaged.refusals().keySet()),
                damagedRefusedByAll() ? ", each still serving " + oldVersion : "", answeredByDamaged()));
        text.append("| phase | seconds | requests | failed | answered by the old version | by the new version"
                + " | p50 ms | p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Phase phase : phases()) {
            text.append(String.format(Locale.ROOT, "| %s | %.1f–%.1f | %,d | %,d | %,d | %,d | %.1f | %.1f |%n",
                    phase.name(), phase.fromSeconds(), phase.toSeconds(), phase.sent(), phase.failed(),
                    phase.oldAnswers(), phase.newAnswers(), phase.p50Millis(), phase.p99Millis()));
        }
        text.append("\n```\n");
        events.forEach(event -> text.append(event).append('\n'));
        text.append("```\n");
        for (String failure : failures(20)) {
            text.append("failed: ").append(failure).append('\n');
        }
        return text.toString();
    }
}
