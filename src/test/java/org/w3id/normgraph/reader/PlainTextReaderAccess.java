package org.w3id.normgraph.reader;

/** Gives tests in other packages the reader's normalisation, so that variants are read as files are. */
public final class PlainTextReaderAccess {

    private PlainTextReaderAccess() {
    }

    public static String normalise(String text) {
        return PlainTextReader.normalise(text);
    }
}
