package org.w3id.normgraph.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A cold {@code build} spends most of its time loading some 6,000 classes and compiling them, not reading the corpus.
 * {@code mvn package} therefore leaves a class-data archive beside the jar ({@code target/normgraph.jsa}, made by a
 * training build of the bundled corpus), and {@code java -jar normgraph.jar build} runs the build in a child JVM that
 * maps it and compiles with C1 only: C2 would spend more CPU than it saves on a run this short (measured: cold build
 * CPU about halved, and still less CPU at 20 documents). Java 17 takes no JVM options from a jar's manifest, so the
 * relaunch is the only way to give them. Where there is no archive, or it is older than the jar, the build runs in
 * this JVM as before; an archive that this JVM cannot use (another Java, a moved project) is ignored in silence.
 * The user's own JVM options are passed on after ours, so that theirs win.
 */
final class FastBuildStart {

    /** Set in the environment of the child JVM, so that it builds instead of relaunching again. Its own name, not
     * BuildCommand's: the child must still bound its heap for a large corpus. */
    static final String RELAUNCHED = "NORMGRAPH_BUILD_WITH_CLASS_DATA";

    private FastBuildStart() {
    }

    /** The child's exit status, or empty where the command should run in this JVM. */
    static Optional<Integer> relaunchIfArchived(String[] args) {
        if (args.length == 0 || !args[0].equals("build") || System.getenv(RELAUNCHED) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path archive = archiveOf(jar.get());
        try {
            if (!Files.isRegularFile(archive)
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar.get())) < 0) {
                return Optional.empty();
            }
            Optional<List<String>> userOptions =
                    userJvmOptions(ProcessHandle.current().info().arguments().orElse(new String[0]));
            return userOptions.isEmpty() ? Optional.empty()
                    : Optional.of(runChild(jar.get(), archive, userOptions.get(), args));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** {@code normgraph.jsa} beside {@code normgraph.jar}. */
    static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** The JVM options that use {@code archive}; the archive is made with the same jar path and no logging. */
    static List<String> archiveOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1");
    }

    /** The jar this JVM was started from ({@code java -jar}), by its absolute path: the archive records that path. */
    private static Optional<Path> runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static int runChild(Path jar, Path archive, List<String> userOptions, String[] args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(archiveOptions(archive));
        command.addAll(userOptions);
        command.add("-cp");
        command.add(jar.toString());
        command.add(NormgraphCommand.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED, "1");
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

    /** What stood before {@code -jar} on this JVM's command line; empty where it was not started with -jar. */
    static Optional<List<String>> userJvmOptions(String[] arguments) {
        List<String> options = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-jar")) {
                return Optional.of(options);
            }
            options.add(argument);
        }
        return Optional.empty();
    }
}
