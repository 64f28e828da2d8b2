package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * {@code serve} runs in a child JVM that it starts with a bounded heap; the launcher passes SIGTERM on, but nothing
 * can pass on SIGKILL. The child must still end with its launcher, and give back the port and the database, so that
 * the process the user started is the only one to stop.
 */
class LauncherKillTest {

    private static final int SECONDS_TO_STOP = 10;

    @TempDir
    Path workspace;

    @Test
    void theServerEndsWhenItsLauncherIsKilled() throws Exception {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, BuildChild.generated(10, "served"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (NormgraphProcess serve = NormgraphProcess.start(List.of(), "serve", "--port", Integer.toString(port),
                "--db", database.toString())) {
            serve.waitFor("SPARQL endpoint at", 120);
            String site = "http://127.0.0.1:" + port + "/";
            assertTrue(serve.output().contains("normgraph: the site at " + site + ", the SPARQL endpoint at " + site
                    + "normgraph/sparql"), "serve listens on the loopback interface by default: " + serve.output());
            List<ProcessHandle> children = serve.process().descendants().toList();
            assertFalse(children.isEmpty(), "serve did not restart itself in a child JVM: " + serve.output());

            long killed = System.nanoTime();
            serve.process().destroyForcibly(); // SIGKILL, to the launcher alone
            assertTrue(serve.process().waitFor(SECONDS_TO_STOP, TimeUnit.SECONDS), "the launcher survived SIGKILL");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_TO_STOP);
            while (System.nanoTime() < end && (children.stream().anyMatch(ProcessHandle::isAlive) || !free(port))) {
                Thread.sleep(100);
            }
            assertFalse(children.stream().anyMatch(ProcessHandle::isAlive), "the server outlived its launcher by "
                    + SECONDS_TO_STOP + " s: " + serve.output());
            assertTrue(free(port), "port " + port + " is still held");
            System.out.printf("launcher killed: server gone and port free after %.1f s%n",
                    (System.nanoTime() - killed) / 1e9);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
