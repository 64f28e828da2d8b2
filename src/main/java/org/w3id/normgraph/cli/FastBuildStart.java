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
 * maps it and has its heap bounded by {@code --heap}, so that the build never needs a second restart for that (see
 * {@link BuildCommand}). The child compiles with C1 only unless the corpus is large ({@link
 * BuildCommand#LARGE_CORPUS_BYTES}): on a short build C2 spends more CPU than it saves, on a long one its code pays
 * back (see {@link #archiveOptions}). Java 17 takes no JVM options from a jar's manifest, so the relaunch is the only
 * way to give them. Where there is no archive, or it is older than the jar, the build runs in this JVM as before;
 * an archive that this JVM cannot use (another Java, a moved project) is ignored in silence. The user's own JVM
 * options are passed on after ours, so that theirs win.
 */
final class FastBuildStart {

    private static final String HEAP_OPTION = "--heap";
    private static final String CORPUS_OPTION = "--corpus";

    private FastBuildStart() {
    }

    /** The child's exit status, or empty where the command should run in this JVM. */
    static Optional<Integer> relaunchIfArchived(String[] args) {
        if (args.length == 0 || !args[0].equals("build") || System.getenv(BuildCommand.RELAUNCHED) != null) {
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
            Optional<String> heap = heapOption(args);
            Optional<String> corpus = optionValue(args, CORPUS_OPTION, BuildCommand.DEFAULT_CORPUS);
            if (userOptions.isEmpty() || heap.isEmpty() || corpus.isEmpty()) {
                return Optional.empty();
            }
            List<String> options = new ArrayList<>(archiveOptions(archive,
                    BuildCommand.isLarge(Path.of(corpus.get()))));
            if (!ChildJvm.boundsHeap(userOptions.get())) {
                options.add("-Xmx" + heap.get());
            }
            options.addAll(userOptions.get());
            return Optional.of(ChildJvm.run(BuildCommand.RELAUNCHED, options, jar.get().toString(),
                    Arrays.asList(args)));
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

    /**
     * The JVM options that use {@code archive} (made with the same jar path and no logging), and the compilers for a
     * corpus of that size. C1 alone makes the bundled corpus's build shortest, and is as fast as both compilers up to
     * a hundred documents; a thousand documents built in 368 s with C2 against 510–605 s without, their B+tree
     * inserts and segmentation running for minutes in C1's slower code.
     */
    static List<String> archiveOptions(Path archive, boolean largeCorpus) {
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        if (!largeCorpus) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
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

    /**
     * The {@code --heap} of this build's command line, or its default; empty where it names no size. Read by hand:
     * setting up picocli's model of the command here cost the first JVM some 170 ms, a twentieth of the build. What
     * else the command line gets wrong, the build in the child JVM reports.
     */
    static Optional<String> heapOption(String[] args) {
        return optionValue(args, HEAP_OPTION, BuildCommand.DEFAULT_HEAP);
    }

    /** The value of {@code option} on this build's command line, or {@code fallback}; empty where it names none. */
    static Optional<String> optionValue(String[] args, String option, String fallback) {
        String value = fallback;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            } else if (args[i].equals(option)) {
                if (i + 1 == args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value);
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
