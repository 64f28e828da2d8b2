package org.w3id.normgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a normgraph command again in a child JVM with options that Java 17 only takes on its command line (a bounded
 * heap, a class-data archive), with this process's standard streams, and with SIGTERM to this process passed on, so
 * that the child ends as it would have ended alone (a server drains, a build leaves the served database as it
 * was). {@code marker} is set in the child's environment: the child runs the command instead of relaunching again.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The child's exit status. */
    static int run(String marker, List<String> jvmOptions, String classPath, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(NormgraphCommand.class.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(marker, "1");
        Process child = builder.start();
        Thread forward = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "normgraph-forward-sigterm");
        Runtime.getRuntime().addShutdownHook(forward);
        int status = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
        return status;
    }

    /** Whether this JVM was given a heap limit. */
    static boolean heapIsBounded() {
        return boundsHeap(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Whether these JVM options set a heap limit. */
    static boolean boundsHeap(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAMPercentage") || a.startsWith("-XX:MaxRAM="));
    }
}
