package org.w3id.normgraph.extract;

import java.nio.file.Path;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;

/** Runs the draft-convention extractor on a text, as the build does. */
final class ExtractorFixture {

    static final Path ICANN_REPORT = Path.of("corpus", "icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt");
    private static final Gazetteer GAZETTEER = Gazetteer.of(ReferenceData.bundled());

    private ExtractorFixture() {
    }

    static DraftFindings extract(String text) {
        return extract(SourceText.of("test", text));
    }

    static DraftFindings extract(SourceText source) {
        ReadingText reading = ReadingText.of(PageLayout.analyse(source));
        return new DraftConventionExtractor(GAZETTEER, StanceCue.bundled()).extract(reading);
    }

    static DraftFindings icannReport() {
        return extract(PlainTextReader.read(ICANN_REPORT, "icann-ge-un-cyber-processes-2021-2023"));
    }
}
