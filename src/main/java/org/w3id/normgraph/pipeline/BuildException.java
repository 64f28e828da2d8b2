package org.w3id.normgraph.pipeline;

/** A build that must not replace the served graph: its message says why, in words a corpus editor can act on. */
public class BuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }
}
