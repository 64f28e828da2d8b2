package org.w3id.normgraph.genre.draft;

import java.util.List;

import org.w3id.normgraph.genre.DocumentToRead;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.extract.DraftFindings;
import org.w3id.normgraph.genre.Genre;
import org.w3id.normgraph.extract.StanceCue;
import org.w3id.normgraph.genre.ThreadLexicons;
import org.w3id.normgraph.rdf.DraftGraph;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;

/**
 * Reports that quote drafts of the cybercrime convention and the stances of States on their provisions
 * ({@value #NAME}): the drafts with their dates, and who proposes, supports or opposes which provision.
 */
public final class DraftConventionGenre implements Genre {

    public static final String NAME = "ahc-draft-convention";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a report that quotes drafts of the cybercrime convention";
    }

    @Override
    public List<String> languages() {
        return List.of("zh-Hans");
    }

    @Override
    public Reader newReader() {
        DraftConventionExtractor extractor = newExtractor();
        return (document, progress) -> DraftGraph.of(document.documentId(), findings(document, extractor));
    }

    /** The extractor of this genre, for another genre that reads notes on drafts in the same document. */
    public static DraftConventionExtractor newExtractor() {
        return new DraftConventionExtractor(ThreadLexicons.gazetteer(), StanceCue.bundled());
    }

    /** The document's reading, made once for every genre that reads it. */
    public static ReadingText reading(DocumentToRead document) {
        return document.shared().get("reading-text", () -> ReadingText.of(layout(document)));
    }

    /** The document's page layout, made once for every genre that reads it. */
    public static PageLayout layout(DocumentToRead document) {
        return document.shared().get("page-layout", () -> PageLayout.analyse(document.source()));
    }

    /** The drafts and stances in the document, found once for every genre that reads it. */
    public static DraftFindings drafts(DocumentToRead document, DraftConventionExtractor extractor) {
        return document.shared().get("draft-findings", () -> extractor.extract(reading(document)));
    }

    private static DraftFindings findings(DocumentToRead document, DraftConventionExtractor extractor) {
        DraftFindings findings = drafts(document, extractor);
        int last = document.source().lineCount();
        if (findings.drafts().isEmpty()) {
            throw new CorpusException(document.file(), last, "found no draft of the cybercrime convention from line 1"
                    + " to here: the " + NAME + " extractor expects a sentence that names a 合并谈判文件 or 公约文本草案"
                    + " with its date (截至 YYYY 年 M 月 D 日)");
        }
        if (findings.stances().isEmpty()) {
            throw new CorpusException(document.file(), last, "found drafts but no stance on any provision from line 1"
                    + " to here: the " + NAME + " extractor expects sentences such as “A、B和C反对将该条款纳入公约”");
        }
        return findings;
    }
}
