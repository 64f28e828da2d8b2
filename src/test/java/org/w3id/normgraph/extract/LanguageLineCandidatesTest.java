package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.genre.replies.SgReportRepliesGenre;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * Every original-language line is a candidate of the reading summary: each one that gives a reply its language is
 * taken, and one that does not is left unread with its line, so that a language the build did not take is never
 * lost in silence. In the English rendering of A/65/154 ({@code expected/sg-replies-a-65-154.en.tsv}) the six
 * replies' lines are taken; Australia's, run together with its date on one line, is left unread.
 */
class LanguageLineCandidatesTest {

    private static final EditionFixture EDITION = EditionFixture.of("en");

    private static ReadingSummary summaryOf(String text) {
        ReplyLanguage words = ReplyLanguage.of("en");
        SourceText source = SourceText.of(EditionFixture.ID, PlainTextReaderAccess.normalise(text));
        CompiledReplies report = ReplySegmenter.segment(source, words);
        ReadingSummary summary = new ReadingSummary();
        SgReportRepliesGenre.countLanguageLines(source, report, words, summary);
        return summary;
    }

    @Test
    void everyReplysLanguageLineIsTaken() {
        ReadingSummary summary = summaryOf(EDITION.rendering());
        assertEquals(new ReadingSummary.Counts(6, 6, 0), summary.counts().get("language-line"));
    }

    @Test
    void aLanguageLineThatGivesNoReplyItsLanguageIsLeftUnreadWithItsLine() {
        // Australia's language and date run together on line 42, as no reader of this layout takes them: the reply
        // is not read (its lines go on Cuba's), and the summary says where
        String text = EDITION.rendering().replace("[Original: English]\n[1 June 2010]\n",
                "[Original: English]   [1 June 2010]\n");
        ReadingSummary summary = summaryOf(text);
        assertEquals(new ReadingSummary.Counts(6, 5, 1), summary.counts().get("language-line"));
        List<ReadingSummary.Unread> unread = summary.unread();
        assertEquals(42, unread.get(0).line());
        assertTrue(unread.get(0).why().startsWith("“[Original: English]   [1 June 2010]”: an original-language line"
                + " that gives no reply its language"), unread.get(0).why());
    }
}
