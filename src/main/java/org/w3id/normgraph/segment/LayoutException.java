package org.w3id.normgraph.segment;

/**
 * A text whose layout does not fit the genre it is read as: the message says on which line and what was expected.
 * The pipeline adds the file name.
 */
public class LayoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public LayoutException(int line, String problem) {
        super(problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
