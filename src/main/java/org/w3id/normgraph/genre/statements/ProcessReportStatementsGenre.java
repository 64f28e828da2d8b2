package org.w3id.normgraph.genre.statements;

import java.util.List;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.DraftConventionExtractor;
import org.w3id.normgraph.genre.Genre;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.extract.SpeakerCues;
import org.w3id.normgraph.extract.StatementExtractor;
import org.w3id.normgraph.extract.StatementFindings;
import org.w3id.normgraph.genre.ThreadLexicons;
import org.w3id.normgraph.genre.draft.DraftConventionGenre;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.rdf.StatementGraph;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.segment.Footnote;
import org.w3id.normgraph.segment.PageLayout;

/**
 * Reports on UN processes that quote what States and groups said ({@value #NAME}): each statement with its speaker,
 * forum, session, footnoted source and concepts. Where the same document is also read as
 * {@value DraftConventionGenre#NAME}, editorial notes find the draft provisions they comment on.
 */
public final class ProcessReportStatementsGenre implements Genre {

    public static final String NAME = "process-report-statements";
    /** The candidates this genre counts: quotations introduced like a statement, whether a speaker is named or not. */
    static final String QUOTATION = "quotation";
    static final String FOOTNOTE_REST = "footnote-rest";
    static final String FOOTNOTE = "footnote";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a report on UN processes that quotes statements";
    }

    @Override
    public List<String> languages() {
        return List.of("zh-Hans");
    }

    /** Each quotation introduced like a statement is a statement, or left unread where no known speaker is named. */
    public static void countQuotations(StatementFindings findings, ReadingSummary summary) {
        findings.statements().forEach(statement -> summary.taken(QUOTATION));
        for (String intro : findings.unattributed()) {
            int colon = intro.indexOf(": ");
            summary.leftUnread(QUOTATION, Integer.parseInt(intro.substring(0, colon)), "“"
                    + intro.substring(colon + 2) + "”: a quotation introduced like a statement, but no known"
                    + " speaker is named");
        }
    }

    /**
     * Each footnote that a page break cut goes on at the foot of the next page; where a text without blank lines
     * does not tell where its rest begins, the words read as its rest are a warning, with the line.
     */
    public static void countFootnoteRests(PageLayout layout, ReadingSummary summary) {
        SourceText source = layout.source();
        for (Footnote footnote : layout.footnotes()) {
            if (footnote.parts().size() < 2) {
                continue;
            }
            if (layout.uncertainRests().contains(footnote)) {
                int line = source.lineOf(footnote.parts().get(1).start());
                summary.leftUnread(FOOTNOTE_REST, line, "footnote " + footnote.number() + " goes on at the foot of"
                        + " this page, and the page's running text stops inside a sentence just above: the first"
                        + " lines read as the footnote's may be the running text's last words (no blank line tells"
                        + " them apart); check footnote " + footnote.number() + "'s words");
            } else {
                summary.taken(FOOTNOTE_REST);
            }
        }
    }

    /**
     * Footnotes are numbered from 1 without a gap: each number up to the highest read is a footnote to find at the foot
     * of a page, and one not found (its block read as running text, or its number as a word) is a warning.
     */
    public static void countFootnotes(PageLayout layout, ReadingSummary summary) {
        SourceText source = layout.source();
        List<Footnote> footnotes = layout.footnotes();
        int next = 0;
        int highest = footnotes.stream().mapToInt(Footnote::number).max().orElse(0);
        for (int number = 1; number <= highest; number++) {
            while (footnotes.get(next).number() < number) {
                next++;
            }
            if (footnotes.get(next).number() == number) {
                summary.taken(FOOTNOTE);
            } else {
                int line = source.lineOf(footnotes.get(next).span().start());
                summary.leftUnread(FOOTNOTE, line, "footnote " + number + " was not found at the foot of a page,"
                        + " before footnote " + footnotes.get(next).number() + " here: its words, or the running text"
                        + " around it, may be read as something else");
            }
        }
    }

    @Override
    public Reader newReader() {
        StatementExtractor extractor = new StatementExtractor(ThreadLexicons.gazetteer(), ThreadLexicons.reference(),
                SpeakerCues.bundled(), ConceptLexicon.bundled());
        DraftConventionExtractor[] drafts = new DraftConventionExtractor[1];
        return (document, progress) -> {
            PageLayout layout = DraftConventionGenre.layout(document);
            StatementFindings findings;
            if (document.alsoReadAs(DraftConventionGenre.NAME)) {
                if (drafts[0] == null) {
                    drafts[0] = DraftConventionGenre.newExtractor();
                }
                // the layout, reading and drafts that the draft genre made of the same text, or makes now for both
                findings = extractor.extract(layout, DraftConventionGenre.reading(document),
                        DraftConventionGenre.drafts(document, drafts[0]));
            } else {
                findings = extractor.extract(layout);
            }
            if (findings.statements().isEmpty()) {
                throw new CorpusException(document.file(), document.source().lineCount(), "found no quoted statement"
                        + " from line 1 to here: the " + NAME + " extractor expects paragraphs such as “中国：“引文”6”,"
                        + " a speaker, a colon and a quotation");
            }
            countQuotations(findings, document.summary());
            countFootnotes(layout, document.summary());
            countFootnoteRests(layout, document.summary());
            return StatementGraph.of(document.documentId(), findings);
        };
    }
}
