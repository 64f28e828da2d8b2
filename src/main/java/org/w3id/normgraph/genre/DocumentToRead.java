package org.w3id.normgraph.genre;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Resource;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusManifest;

/**
 * One document as a {@link Genre.Reader} gets it: its text, its entry in the manifest and what the manifest says of
 * it, and the language of the edition ({@code dcterms:language}, or the genre's first language where the manifest
 * gives none), the {@link ReadingSummary} in which a reader counts the candidates it meets, and the
 * {@link SharedReadings} of its text that the genres reading it share.
 */
public record DocumentToRead(CorpusManifest manifest, CorpusEntry entry, SourceText source, String language,
        ReadingSummary summary, SharedReadings shared) {

    public String documentId() {
        return entry.documentId();
    }

    public Path file() {
        return entry.file();
    }

    /** The manifest's description of the document ({@code ng:forum}, {@code dcterms:title}, …). */
    public Resource description() {
        return manifest.description().getResource(entry.iri());
    }

    /** Whether the manifest also names the genre {@code name} for this document. */
    public boolean alsoReadAs(String name) {
        return entry.extractors().contains(name);
    }

    /** The manifest's file, for errors in what it says of the document. */
    public Path manifestFile() {
        return manifest.folder().resolve(CorpusManifest.FILE_NAME);
    }

    /** {@code problem}, and the words of {@code line} where the problem does not quote them already. */
    public String withWordsOf(String problem, int line) {
        if (problem.contains("found") || line < 1 || line > source.lineCount()) {
            return problem;
        }
        String words = source.line(line).strip();
        return problem + "; found “" + (words.length() > 40 ? words.substring(0, 40) + "…" : words) + "”";
    }
}
