package org.w3id.normgraph.server.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of {@code scripts/replicas-scenario}, shorter: three replicas behind HAProxy (installed by
 * {@code scripts/install-test-tools} where it is missing; the test fails if it cannot run), each taking versions
 * with {@code serve --take-from}, 16 clients for about 15 s (each pausing 50 ms between requests), one replica
 * killed with SIGKILL at 4 s and started again, a version with a damaged dump offered to every replica at 6 s, a
 * new version published and rolled out from 8 s. No request may fail; every replica refuses the damaged version and
 * no answer names it; every answer names exactly one version and is that version's answer; before the update all
 * come from the old version, after it all from the new one.
 */
class ReplicasBehindHaproxyTest {

    @TempDir
    Path workspace;

    @Test
    void noRequestFailsAcrossAKilledReplicaADamagedVersionAndARollingUpdate() throws Exception {
        HaproxyProcess.executable();
        // Each client pauses 50 ms between requests: on a machine of two cores, clients at full speed leave the
        // replica that starts again little to start with.
        ScenarioReport report = ReplicasScenario.run(new ReplicasScenario.Settings(16, 50, 15, 4, 6, 8, workspace));
        System.out.println(report.text());
        assertEquals(List.of(), report.failures(20));
        assertNotEquals(report.oldVersion, report.newVersion);
        List<ScenarioReport.Phase> phases = report.phases();
        for (ScenarioReport.Phase phase : phases) {
            assertTrue(phase.sent() > 0, "no request in the phase " + phase.name());
        }
        assertEquals(List.of("r1", "r2", "r3"), List.copyOf(report.damaged.refusals().keySet()),
                "the replicas that refused the damaged version");
        assertTrue(report.damagedRefusedByAll(), report.damaged.toString());
        assertEquals(0, report.answeredByDamaged(), "answers of the damaged version");
        assertEquals(0, phases.get(0).newAnswers() + phases.get(1).newAnswers() + phases.get(2).newAnswers(),
                "the new version before the update");
        assertEquals(phases.get(2).sent(), phases.get(2).oldAnswers(), "the old version while the damaged is offered");
        assertEquals(0, phases.get(4).oldAnswers(), "the old version after the update");
        assertEquals(phases.get(4).sent(), phases.get(4).newAnswers());
        assertTrue(report.events.stream().anyMatch(e -> e.endsWith("r2 killed with SIGKILL")),
                report.events.toString());
    }
}
