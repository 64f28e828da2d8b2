package org.w3id.normgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The database that {@code serve} and {@code query} read: a folder holding whole versions of the store, each a
 * TDB2 database with its Lucene text index ({@code v-000001}, {@code v-000002} …), and the link {@code current}
 * that names the one in use. A build writes a new version beside the others, in a staging folder, and puts it in
 * use by renaming a new link over {@code current}: one atomic step, so that a build killed at any instant leaves
 * the old version or the new one in use, whole, store and index together. A server that opened a version keeps
 * reading it until it switches; the next build deletes staging folders and versions that no process uses.
 *
 * <pre>
 * var/tdb2/current -> v-000002      the version in use (a symbolic link)
 * var/tdb2/v-000002/Data-0001 …     TDB2
 * var/tdb2/v-000002/text-index/     Lucene
 * </pre>
 */
public final class GraphDatabase {

    public static final Path DEFAULT_LOCATION = Path.of("var", "tdb2");
    /** The link to the version in use. */
    public static final String CURRENT = "current";
    private static final String VERSION_PREFIX = "v-";
    private static final Pattern VERSION = Pattern.compile("v-(\\d+)");
    private static final String STAGING_PREFIX = "stage-";
    private static final String NEXT_LINK_PREFIX = "current.next-";
    private static final String BUILD_LOCK = "build.lock";
    private static final String IN_USE_LOCK = "in-use.lock";
    private static final List<String> LEGACY_FILES = List.of("Data-0001", "text-index", "tdb.lock");

    /** The file-system steps of {@link #replace}, in order; a test can stop a build between any two. */
    public enum Step { LOCKED, CLEANED, STAGED, VERSIONED, LINKED, SWITCHED, DONE }

    private static volatile Consumer<Step> stepListener = step -> { };

    private GraphDatabase() {
    }

    /** Called after each step of every build in this JVM (tests use it to kill a build between two steps). */
    public static void onStep(Consumer<Step> listener) {
        stepListener = listener;
    }

    public static boolean exists(Path location) {
        return Files.exists(served(location).resolve("Data-0001"));
    }

    /**
     * The folder of the version in use: what {@code current} links to, resolved now, so that whoever opens it
     * keeps the same version whatever later builds do; or the location itself, for a database written before
     * versions.
     */
    public static Path served(Path location) {
        Path link = location.toAbsolutePath().normalize().resolve(CURRENT);
        if (Files.exists(link)) {
            try {
                return link.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot resolve " + link, e);
            }
        }
        return location.toAbsolutePath().normalize();
    }

    /** Writes {@code data} as a new version and puts it in use, replacing what was there. */
    public static void replace(Path location, Dataset data) {
        replace(location, staging -> write(staging, data));
    }

    /** Writes a new version of the store into the staging folder that it is given (which does not exist yet). */
    @FunctionalInterface
    public interface Writer {
        void write(Path staging) throws IOException;
    }

    /**
     * As {@link #replace(Path, Dataset)}, with the new version written by {@code writer}, for a build that streams
     * its quads into the store; if the writer fails, its staging folder is deleted and the version in use stays.
     */
    public static void replace(Path location, Writer writer) {
        Path root = location.toAbsolutePath().normalize();
        long pid = ProcessHandle.current().pid();
        try {
            Files.createDirectories(root);
            try (FileChannel lockFile = FileChannel.open(root.resolve(BUILD_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
                if (lock == null) {
                    throw new IllegalStateException("another build is writing to " + root + "; wait for it to end");
                }
                stepListener.accept(Step.LOCKED);
                removeLeftovers(root);
                stepListener.accept(Step.CLEANED);
                Path staging = root.resolve(STAGING_PREFIX + pid);
                deleteIfPresent(staging);
                try {
                    writer.write(staging);
                } catch (RuntimeException | IOException | Error e) {
                    deleteQuietly(staging, e);
                    throw e;
                }
                stepListener.accept(Step.STAGED);
                Path version = root.resolve(String.format(Locale.ROOT, VERSION_PREFIX + "%06d", lastVersion(root) + 1));
                Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
                stepListener.accept(Step.VERSIONED);
                Path next = root.resolve(NEXT_LINK_PREFIX + pid);
                Files.createSymbolicLink(next, version.getFileName());
                stepListener.accept(Step.LINKED);
                Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
                stepListener.accept(Step.SWITCHED);
                for (String legacy : LEGACY_FILES) {
                    deleteIfPresent(root.resolve(legacy));
                }
                removeLeftovers(root);
                stepListener.accept(Step.DONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the database at " + root, e);
        }
    }

    private static void write(Path staging, Dataset data) {
        try (StagedStore store = StagedStore.create(staging)) {
            StreamRDF quads = store.quads();
            Txn.executeRead(data, () -> data.asDatasetGraph().find().forEachRemaining(quads::quad));
            store.finishLoading();
            store.indexText();
        }
    }

    private static void deleteQuietly(Path staging, Throwable cause) {
        try {
            deleteIfPresent(staging);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Deletes what killed builds left (staging folders, unused links) and every version that is neither in use
     * by {@code current} nor open in a process. Called with the build lock held.
     */
    private static void removeLeftovers(Path root) throws IOException {
        Path current = Files.exists(root.resolve(CURRENT)) ? root.resolve(CURRENT).toRealPath() : null;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(root)) {
            all.forEach(entries::add);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(STAGING_PREFIX) || name.startsWith(NEXT_LINK_PREFIX)) {
                deleteIfPresent(entry);
            } else if (VERSION.matcher(name).matches() && !entry.toRealPath().equals(current) && !inUse(entry)) {
                deleteIfPresent(entry);
            }
        }
    }

    private static long lastVersion(Path root) throws IOException {
        long last = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(root, VERSION_PREFIX + "*")) {
            for (Path entry : all) {
                Matcher m = VERSION.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    last = Math.max(last, Long.parseLong(m.group(1)));
                }
            }
        }
        return last;
    }

    /**
     * Marks the version folder as in use for as long as the returned lock is held (a server holds it while it
     * serves that version); the operating system lets go of it when the process ends, however it ends.
     */
    public static AutoCloseable holdInUse(Path version) {
        try {
            FileChannel channel = FileChannel.open(version.resolve(IN_USE_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock = channel.lock(0, Long.MAX_VALUE, true);
            return () -> {
                lock.release();
                channel.close();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + version + " as in use", e);
        }
    }

    private static boolean inUse(Path version) {
        Path lockPath = version.resolve(IN_USE_LOCK);
        if (!Files.exists(lockPath)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Opens the version in use for reading, with the union of all named graphs as its default graph. */
    public static Dataset open(Path location) {
        if (!exists(location)) {
            throw new IllegalStateException("no database at " + location.toAbsolutePath()
                    + "; run `java -jar target/normgraph.jar build` first");
        }
        Path version = served(location);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(version.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(TextIndex.over(dsg, version));
    }

    public static void close(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dsg instanceof DatasetGraphText indexed) {
            indexed.getTextIndex().close();
            dsg = indexed.getWrapped();
        }
        TDBInternal.expel(dsg);
    }

    /** The version folders present (for tests and messages). */
    public static List<Path> versions(Path location) throws IOException {
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(location, VERSION_PREFIX + "*")) {
            all.forEach(versions::add);
        }
        versions.sort(null);
        return versions;
    }

    /** Staging folders and links that a killed build left behind. */
    public static List<Path> leftovers(Path location) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(location)) {
            for (Path entry : all) {
                String name = entry.getFileName().toString();
                if (name.startsWith(STAGING_PREFIX) || name.startsWith(NEXT_LINK_PREFIX)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }


    private static void deleteIfPresent(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            Files.delete(path);
        } else if (Files.isDirectory(path)) {
            PathUtils.deleteDirectory(path);
        } else {
            Files.deleteIfExists(path);
        }
    }
}
