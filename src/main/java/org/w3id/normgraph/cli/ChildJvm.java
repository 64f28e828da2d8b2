package org.w3id.normgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a normgraph command again in a child JVM with options that Java 17 only takes on its command line (a bounded
 * heap, a class-data archive), with this process's standard streams, and with SIGTERM to this process passed on, so
 * that the child ends as it would have ended alone (a server drains, a build leaves the served database as it
 * was). {@code marker} is set in the child's environment to this process's pid: the child runs the command instead
 * of relaunching again, and ends when this process ends ({@link #stopWithLauncher}), so that there is one process
 * to stop.
 */
final class ChildJvm {

    /** How often the child looks for its launcher: a port held this long after the launcher is killed is no harm. */
    private static final long LAUNCHER_POLL_MILLIS = 250;

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
        builder.environment().put(marker, Long.toString(ProcessHandle.current().pid()));
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

    /**
     * In the child JVM that {@link #run} started, runs {@code stop} once the launcher has ended. SIGTERM is passed
     * on by the launcher itself, but nothing passes on SIGKILL: without this the child would go on holding the
     * port and the database, with no process left for the user to stop. The launcher is watched as this process's
     * parent, which the system changes the moment the launcher ends, reaped or not. Nothing is watched where
     * {@code marker} holds no pid of a parent (set by hand to skip the relaunch).
     */
    static void stopWithLauncher(String marker, Runnable stop) {
        long launcher;
        try {
            launcher = Long.parseLong(System.getenv().getOrDefault(marker, ""));
        } catch (NumberFormatException e) {
            return;
        }
        if (ProcessHandle.of(launcher).isEmpty()) {
            stop.run();
            return;
        }
        if (parentPid() != launcher) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                while (parentPid() == launcher) {
                    Thread.sleep(LAUNCHER_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            stop.run();
        }, "normgraph-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
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
