package org.w3id.normgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code normgraph} in a process of its own, as a user starts it (with the test's class path: the shaded jar may not
 * be built yet), its standard output and error read together, line by line, as they come.
 *
 * <pre>{@code
 * NormgraphProcess build = NormgraphProcess.start(List.of("-Xmx128m"), "build", "--corpus", "c", "--db", "d");
 * int status = build.exitStatus(60);
 * }</pre>
 */
final class NormgraphProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private NormgraphProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output ended: " + e + ")");
            }
        }, "normgraph-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    static NormgraphProcess start(List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(NormgraphCommand.class.getName());
        command.addAll(List.of(arguments));
        return new NormgraphProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    Process process() {
        return process;
    }

    /** The exit status, once the process has ended and all its output is read; fails if it runs longer. */
    int exitStatus(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s: " + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
        return process.exitValue();
    }

    /** Waits until a line holds {@code text}; fails if the process ends or the time passes first. */
    void waitFor(String text, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && process.isAlive()) {
            if (output().stream().anyMatch(l -> l.contains(text))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with \"" + text + "\": " + output());
    }

    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** Kills the process and whatever it started, if they still run. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
