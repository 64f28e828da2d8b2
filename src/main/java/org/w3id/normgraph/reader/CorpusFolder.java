package org.w3id.normgraph.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * What a manifest may name as a document's source file: a regular file inside the corpus folder, links followed,
 * no larger than the limit. Everything is decided from the file's attributes, before it is opened: opening a named
 * pipe would wait for a writer, and a device or a huge file would be read without end.
 *
 * <pre>{@code
 * CorpusFolder corpus = CorpusFolder.of(Path.of("corpus"), CorpusFolder.DEFAULT_MAX_SOURCE_BYTES);
 * Path real = corpus.sourceFile("report-2023", "report-2023.zh-Hans.txt");
 * }</pre>
 */
public final class CorpusFolder {

    /**
     * A UN document is a few MiB as text and rarely more than some tens of MiB as PDF (the bundled texts are 90
     * and 125 KB); a larger file is far more likely a wrong path than a document.
     */
    public static final long DEFAULT_MAX_SOURCE_BYTES = 256L << 20;

    private final Path folder;
    private final Path realFolder;
    private final Path manifestFile;
    private final long maxSourceBytes;

    private CorpusFolder(Path folder, Path realFolder, long maxSourceBytes) {
        this.folder = folder;
        this.realFolder = realFolder;
        this.manifestFile = folder.resolve(CorpusManifest.FILE_NAME);
        this.maxSourceBytes = maxSourceBytes;
    }

    /** The corpus folder, which must exist. */
    public static CorpusFolder of(Path folder, long maxSourceBytes) {
        if (maxSourceBytes <= 0) {
            throw new IllegalArgumentException("the largest source file allowed must be at least one byte, not "
                    + maxSourceBytes);
        }
        try {
            return new CorpusFolder(folder, folder.toRealPath(), maxSourceBytes);
        } catch (IOException e) {
            throw new CorpusException(folder, "corpus folder not found");
        }
    }

    /**
     * The real path of the file that document {@code documentId} names as {@code named}, relative to the corpus
     * folder; refused, with a message that names the manifest, the document and the path, unless it is a regular
     * file inside the corpus folder's real path and within the size limit.
     */
    public Path sourceFile(String documentId, String named) {
        String names = "document " + documentId + " names the source file \"" + named + "\"";
        Path path;
        try {
            path = Path.of(named);
        } catch (InvalidPathException e) {
            throw new CorpusException(manifestFile, names + ", which is not a file path (" + e.getReason()
                    + "); expected a path relative to the corpus folder");
        }
        if (path.isAbsolute()) {
            throw new CorpusException(manifestFile, names + ", an absolute path; expected a path relative to the"
                    + " corpus folder " + realFolder);
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (!absolute.resolve(path).normalize().startsWith(absolute)) {
            throw new CorpusException(manifestFile, names + ", which leads out of the corpus folder " + realFolder
                    + "; expected a file inside it");
        }
        Path real;
        try {
            real = folder.resolve(path).toRealPath();
        } catch (NoSuchFileException e) {
            throw new CorpusException(manifestFile, names + ": file not found (" + folder.resolve(path).normalize()
                    + ")");
        } catch (IOException e) {
            throw new CorpusException(manifestFile, names + ", which cannot be reached (" + e.getMessage() + ")");
        }
        if (!real.startsWith(realFolder)) {
            throw new CorpusException(manifestFile, names + ", a link to " + real + ", outside the corpus folder "
                    + realFolder + "; expected a file inside it");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new CorpusException(manifestFile, names + ", which cannot be reached (" + e.getMessage() + ")");
        }
        if (!attributes.isRegularFile()) {
            String kind = attributes.isDirectory() ? "a folder" : "a named pipe, device or socket";
            throw new CorpusException(manifestFile, names + ", which is " + kind + "; expected a regular file");
        }
        if (attributes.size() > maxSourceBytes) {
            throw new CorpusException(manifestFile, names + ", of " + size(attributes.size())
                    + ", more than the limit of " + size(maxSourceBytes) + " for a source file; expected a"
                    + " smaller file (the limit is raised with --max-source-bytes)");
        }
        return real;
    }

    private static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        return bytes < 1 << 20 ? exact : String.format(Locale.ROOT, "%s (%.1f MiB)", exact, bytes / (double) (1 << 20));
    }
}
