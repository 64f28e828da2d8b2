package org.w3id.normgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Versions of the graph published as files that another machine can take: {@code DIR/<id>/normgraph.nq.gz} (the
 * sorted N-Quads dump, byte-identical for the same corpus), its {@code normgraph.nq.gz.sha256}, and {@code DIR/latest}
 * naming the newest. The id is the first 16 hexadecimal digits of the dump's SHA-256, the version id that the server
 * sends with every answer. A replica takes a version by checking the dump against its checksum and loading it into a
 * new version of its own database; a version that fails the check is refused, and the version in use stays.
 *
 * <pre>{@code
 * PublishedVersions.Published v = PublishedVersions.publish(Path.of("var/tdb2"), Path.of("/srv/normgraph-versions"));
 * // on a replica:
 * PublishedVersions.take(PublishedVersions.latest(Path.of("/srv/normgraph-versions")).orElseThrow(), Path.of("var/tdb2"), System.err::println);
 * }</pre>
 */
public final class PublishedVersions {

    public static final String LATEST = "latest";
    public static final String DUMP = "normgraph.nq.gz";
    private static final int ID_DIGITS = 16;
    private static final Pattern CHECKSUM_LINE = Pattern.compile("^([0-9a-f]{64})\\s+\\*?" + Pattern.quote(DUMP) + "\\s*$");
    private static final Pattern ID = Pattern.compile("^[0-9a-f]{" + ID_DIGITS + "}$");

    /** One published version: its id, its folder, the SHA-256 that its checksum file gives for the dump. */
    public record Published(String id, Path folder, String sha256) {

        public Path dump() {
            return folder.resolve(DUMP);
        }
    }

    /** A published version that may not be taken: its dump does not match its checksum, or a file is missing. */
    public static final class VersionRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        VersionRefused(String message) {
            super(message);
        }
    }

    private PublishedVersions() {
    }

    /** Publishes the version of the database in use at {@code database} into {@code to}, and names it latest. */
    public static Published publish(Path database, Path to) {
        Dataset dataset = GraphDatabase.open(database);
        try {
            return publish(dataset.asDatasetGraph(), to);
        } finally {
            GraphDatabase.close(dataset);
        }
    }

    /** Publishes {@code data} into {@code to}: the dump and its checksum in a folder of their own, then latest. */
    public static Published publish(DatasetGraph data, Path to) {
        try {
            Files.createDirectories(to);
            Path staging = Files.createTempDirectory(to, ".publishing-");
            NQuadsDump.Written dump = NQuadsDump.write(data, staging.resolve(DUMP));
            String id = dump.sha256().substring(0, ID_DIGITS);
            Path folder = to.resolve(id);
            if (Files.exists(folder)) {
                deleteFolder(staging);
            } else {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            }
            Path latest = to.resolve(".latest-" + ProcessHandle.current().pid());
            Files.writeString(latest, id + "\n", StandardCharsets.UTF_8);
            Files.move(latest, to.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Published(id, folder, dump.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + to, e);
        }
    }

    /** The version that {@code from/latest} names, if there is one; its files are checked by {@link #take}. */
    public static Optional<Published> latest(Path from) {
        Path latest = from.resolve(LATEST);
        if (!Files.isRegularFile(latest)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(latest, StandardCharsets.UTF_8).strip();
            if (!ID.matcher(id).matches()) {
                throw new VersionRefused(latest + ": expected the id of a version (16 hexadecimal digits), found \""
                        + id + "\"");
            }
            Path folder = from.resolve(id);
            Path checksum = folder.resolve(DUMP + ".sha256");
            if (!Files.isRegularFile(checksum)) {
                throw new VersionRefused(checksum + ": missing; a published version holds its dump's checksum");
            }
            Matcher line = CHECKSUM_LINE.matcher(Files.readString(checksum, StandardCharsets.UTF_8).strip());
            if (!line.matches()) {
                throw new VersionRefused(checksum + ": expected \"<SHA-256>  " + DUMP + "\"");
            }
            return Optional.of(new Published(id, folder, line.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + latest, e);
        }
    }

    /**
     * Checks the version's dump against its checksum (and its id), loads it into a new version of the database at
     * {@code location} with its text index, and puts it in use; returns the number of quads. A dump that fails the
     * check is refused before the database is touched.
     */
    public static long take(Published version, Path location, Consumer<String> progress) {
        String actual = sha256(version.dump());
        if (!actual.equals(version.sha256()) || !actual.startsWith(version.id())) {
            throw new VersionRefused(version.dump() + ": its SHA-256 is " + actual + ", but the version published "
                    + version.id() + " with " + version.sha256() + "; the version in use stays");
        }
        long[] quads = {0};
        GraphDatabase.replace(location, staging -> {
            try (StagedStore store = StagedStore.create(staging, progress);
                    InputStream in = new GZIPInputStream(Files.newInputStream(version.dump()), 1 << 16)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(store.quads());
                store.finishLoading();
                store.indexText();
                quads[0] = store.countQuads();
            }
        });
        progress.accept("took version " + version.id() + " (" + quads[0] + " quads) from " + version.folder());
        return quads[0];
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new VersionRefused(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
