package org.w3id.normgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as N-Quads, one quad per line, the lines sorted by their UTF-8 bytes (the order of
 * {@code LC_ALL=C sort}), so that the same graph gives the same bytes on every machine. Blank nodes would get labels
 * that differ from run to run, so a dataset with one is refused; normgraph mints IRIs instead. Gzip output has a
 * fixed header: no modification time, no file name, operating system "unknown".
 *
 * <pre>{@code
 * NQuadsDump.Written dump = NQuadsDump.write(dataset.asDatasetGraph(), Path.of("normgraph.nq.gz"));
 * // also writes normgraph.nq.gz.sha256: "<hex>  normgraph.nq.gz"
 * }</pre>
 */
public final class NQuadsDump {

    /** What {@link #write} wrote: the dump, its checksum file, the SHA-256 of the dump's bytes, and counts. */
    public record Written(Path file, Path checksumFile, String sha256, long bytes, long quads) {
    }

    private NQuadsDump() {
    }

    /** Sorted N-Quads, UTF-8, each line ending in a line feed; reads {@code data} in a read transaction. */
    public static byte[] sortedNQuads(DatasetGraph data) {
        List<Quad> quads = Txn.calculateRead(data, () -> data.stream().toList());
        for (Quad quad : quads) {
            if (quad.getGraph().isBlank() || quad.getSubject().isBlank() || quad.getObject().isBlank()) {
                throw new IllegalStateException("the dataset holds a blank node, whose label would differ in every"
                        + " dump: " + quad + "; give the node an IRI (see rdf/Iris.java)");
            }
        }
        ByteArrayOutputStream unsorted = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(unsorted, quads.iterator());
        List<byte[]> lines = unsorted.toString(StandardCharsets.UTF_8).lines()
                .map(line -> line.getBytes(StandardCharsets.UTF_8)).sorted(Arrays::compareUnsigned).toList();
        ByteArrayOutputStream sorted = new ByteArrayOutputStream(unsorted.size());
        for (byte[] line : lines) {
            sorted.writeBytes(line);
            sorted.write('\n');
        }
        return sorted.toByteArray();
    }

    public static byte[] gzip(byte[] content) {
        GzipParameters header = new GzipParameters();
        header.setCompressionLevel(Deflater.BEST_COMPRESSION);
        header.setModificationTime(0);
        header.setOS(GzipParameters.OS.UNKNOWN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out, header)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static boolean isGzipName(Path file) {
        return file.getFileName().toString().endsWith(".nq.gz");
    }

    /**
     * Writes the dump to {@code file} ({@code .nq}, or gzipped for {@code .nq.gz}) and its checksum to
     * {@code file.sha256} in the format of {@code sha256sum}. Both appear whole or not at all.
     */
    public static Written write(DatasetGraph data, Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".nq") && !isGzipName(file)) {
            throw new IllegalArgumentException(file + ": a dump's name must end in .nq (N-Quads) or .nq.gz"
                    + " (gzipped N-Quads)");
        }
        byte[] nquads = sortedNQuads(data);
        byte[] content = isGzipName(file) ? gzip(nquads) : nquads;
        String sha256 = sha256(content);
        Path checksumFile = file.resolveSibling(name + ".sha256");
        writeWhole(file, content);
        writeWhole(checksumFile, checksumLine(sha256, name).getBytes(StandardCharsets.UTF_8));
        long quads = 0;
        for (byte b : nquads) {
            quads += b == '\n' ? 1 : 0;
        }
        return new Written(file, checksumFile, sha256, content.length, quads);
    }

    /** The line of a checksum file, as {@code sha256sum} writes it and {@code sha256sum -c} reads it. */
    public static String checksumLine(String sha256, String fileName) {
        return sha256 + "  " + fileName + "\n";
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeWhole(Path file, byte[] content) {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.write(partial, content);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
