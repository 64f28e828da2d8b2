package org.w3id.normgraph.reader;

import java.nio.file.Path;
import java.util.List;

/** One document of the corpus manifest: its identifier, its file and the extractors that read it. */
public record CorpusEntry(String documentId, String iri, Path file, List<String> extractors) {
}
