package org.w3id.normgraph.reader;

import java.nio.file.Path;

/** Input that normgraph cannot read: the message names the file, the line where known, and what was expected. */
public class CorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public CorpusException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public CorpusException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
