package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process timed from start to exit, with its peak resident memory (the kernel's high-water mark,
 * {@code VmHWM}, read while it runs), summed over the process and the processes it started (a build of a large
 * corpus runs in a child JVM with a bounded heap): the sum of their peaks, which is at least their peak together.
 */
record MeasuredProcess(int exitCode, double seconds, long peakResidentBytes, String output) {

    static MeasuredProcess run(List<String> command, Path workingFolder, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("normgraph-bench-", ".log");
            Process process = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long start = System.nanoTime();
            long peak = 0;
            java.util.Map<Long, Long> peaks = new java.util.HashMap<>();
            java.util.Set<Long> pids = new java.util.HashSet<>(java.util.List.of(process.pid()));
            // Each process's high-water mark only grows, so it is read often; the list of descendants is found by
            // reading every process of the machine, which would take CPU from what is measured, so it is read
            // less often (a child that lives less than that is not counted).
            for (int poll = 0; !process.waitFor(20, TimeUnit.MILLISECONDS); poll++) {
                if (poll % 10 == 0) {
                    process.descendants().forEach(child -> pids.add(child.pid()));
                }
                pids.forEach(pid -> peaks.merge(pid, highWaterMark(pid), Math::max));
                peak = peaks.values().stream().mapToLong(Long::longValue).sum();
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                    process.destroyForcibly().waitFor();
                    return new MeasuredProcess(-1, timeoutSeconds, peak, "timed out after " + timeoutSeconds + " s");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(log);
            Files.delete(log);
            return new MeasuredProcess(process.exitValue(), seconds, peak, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    MeasuredProcess orFail(List<String> command) {
        if (exitCode != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
        }
        return this;
    }

    /** Kilobytes in /proc/PID/status, as bytes; 0 once the process is gone. */
    static long highWaterMark(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The process ended between two readings.
        }
        return 0;
    }
}
