package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.BodyNames;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.segment.Footnote;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReportOutline;

/**
 * Reads the quoted statements of a report on UN processes (the ICANN GE reports): who said what, when, in which
 * forum and session, and which footnote gives the source; and the report's own commentary, which is never a
 * statement.
 *
 * <p>The text is read in one pass. Headings set the forum, session and date. A quotation is a statement when the
 * words before it, back to the start of the sentence, end like an intro ({@code speaker-cues.tsv}) and name a
 * speaker, or when they are empty (or only "[…]") right after a statement, which they continue. Quoted blocks
 * without a footnote of their own belong to the statement whose footnote closes them; what stands between the
 * blocks ([…]) stays in the text. Co-sponsors named by reference (共同提案国) are all speakers of one joint
 * statement. A 背景信息 or 备注 block runs until the next heading, the next paragraph that opens a statement, or the
 * next that introduces draft treaty text; quotations inside it are the report's, not a speaker's. The headings
 * become nested {@link ReportPart}s, and each note gets what it comments on ({@link CommentTarget}).
 */
public final class StatementExtractor {

    /** The lexicons that a pass reads with. */
    record Lexicons(Gazetteer gazetteer, ReferenceData reference, SpeakerCues cues, ConceptLexicon concepts,
            BodyNames bodies) {
    }

    private final Lexicons lexicons;

    public StatementExtractor(Gazetteer gazetteer, ReferenceData reference, SpeakerCues cues,
            ConceptLexicon concepts) {
        this.lexicons = new Lexicons(gazetteer, reference, cues, concepts, BodyNames.bundled(reference));
    }

    public StatementFindings extract(PageLayout layout) {
        return extract(layout, new DraftFindings(List.of(), List.of(), List.of()));
    }

    /**
     * Reads the statements; {@code drafts}, what the draft-convention extractor found in the same text, lets
     * commentary on a quoted draft article comment on that article.
     */
    public StatementFindings extract(PageLayout layout, DraftFindings drafts) {
        return extract(layout, ReadingText.of(layout), drafts);
    }

    /** As {@link #extract(PageLayout, DraftFindings)}, with the reading of the layout that the drafts came from. */
    public StatementFindings extract(PageLayout layout, ReadingText reading, DraftFindings drafts) {
        return new StatementPass(reading, ReportOutline.of(reading).headings(), drafts, lexicons).run(footnotes(layout));
    }

    private static List<FootnoteSource> footnotes(PageLayout layout) {
        SourceText source = layout.source();
        List<FootnoteSource> parsed = new ArrayList<>();
        FootnoteSource previous = null;
        List<Footnote> ordered = new ArrayList<>(layout.footnotes());
        ordered.sort((a, b) -> Integer.compare(a.number(), b.number()));
        for (Footnote footnote : ordered) {
            FootnoteSource parsedNote = FootnoteSource.parse(footnote.number(),
                    Evidence.of(source, footnote.words(), footnote.span()), previous);
            parsed.add(parsedNote);
            previous = parsedNote;
        }
        return List.copyOf(parsed);
    }
}
