package org.w3id.normgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.ReplySegmenter;

/** The Secretary-General's 2022 report of the corpus, read as the build reads it, or a variant of its text. */
public final class SgReport {

    public static final String DOCUMENT_ID = "un-sg-report-ict-international-security-2022";
    public static final Path FILE = Path.of("corpus", DOCUMENT_ID + ".zh-Hans.txt");
    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor(ReferenceData.bundled());
    private static ReplyFindings corpusFindings;

    private SgReport() {
    }

    public static synchronized ReplyFindings findings() {
        if (corpusFindings == null) {
            corpusFindings = EXTRACTOR.extract(ReplySegmenter.segment(PlainTextReader.read(FILE, DOCUMENT_ID)));
        }
        return corpusFindings;
    }

    /** The findings in a text given as a file would give it: BOM dropped, CRLF made LF. */
    public static ReplyFindings findings(String fileContent) {
        return EXTRACTOR.extract(ReplySegmenter.segment(SourceText.of(DOCUMENT_ID,
                PlainTextReaderAccess.normalise(fileContent))));
    }

    public static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
