package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * Replies whose paragraphs are not numbered (as Australia's in A/69/112: "In Australia’s view, …"), in a text where
 * nothing but the lines themselves sets the paragraphs apart: a word processor's export (one line per paragraph,
 * no blank lines) and a copy from a viewer (lines broken at the measure, no blank lines, no indents). Each gives the
 * paragraphs that the text with blank lines between them gives: the lines of a paragraph run to the measure, and
 * its last line, which ends a sentence, falls short of it. (A title about as long as the measure is a warning
 * instead: the first line of a paragraph could have run to the margin as well.)
 */
class UnseparatedParagraphsTest {

    private static final String ENGLISH = """
            II. Replies received from Governments

            Australia

            [Original: English]
            [30 May 2014]

            In Australia's view, existing international law provides the framework for State behaviour in cyberspace and for appropriate responses to unlawful activity pursued by States online, including where it is applicable.

            Any new or additional norms for State behaviour in cyberspace must be developed consistent with international law and the Charter.

            General appreciation of the issues of information security

            Australia supports the work of the Group of Governmental Experts and encourages all States to implement the recommendations of its reports, which the General Assembly welcomed.

            Cuba

            [Original: Spanish]
            [27 May 2014]

            1. Cuba shares the concern expressed in the resolution with respect to the use of information technologies for purposes incompatible with international stability and security.

            2. Cuba supports the work of the Group of Governmental Experts.
            """;

    private static final String FRENCH = """
            II. Réponses reçues des gouvernements

            Australie

            [Original : anglais]
            [30 mai 2014]

            De l'avis de l'Australie, le droit international existant fournit le cadre du comportement des États dans le cyberespace et des réponses appropriées aux activités illicites en ligne.

            Toute norme nouvelle ou supplémentaire relative au comportement des États dans le cyberespace doit être élaborée dans le respect du droit international « et de la Charte ».

            L'Australie appuie les travaux du Groupe d'experts gouvernementaux et encourage tous les États à mettre en œuvre ses recommandations, que l'Assemblée générale a accueillies.

            Cuba

            [Original : espagnol]
            [27 mai 2014]

            1. Cuba partage la préoccupation exprimée dans la résolution.
            """;

    /** Each reply's parts as {@code ACTOR kind words}, in order. */
    private static List<String> parts(String language, String text) {
        ReplyLanguage words = ReplyLanguage.of(language);
        List<String> parts = new ArrayList<>();
        new ReplyExtractor(ReferenceData.bundled(), words).extract(ReplySegmenter.segment(
                SourceText.of("unseparated", PlainTextReaderAccess.normalise(text)), words)).replies()
                .forEach(r -> r.parts().forEach(p -> parts.add(r.code() + " " + p.kind() + " " + p.heading()
                        + p.text())));
        return parts;
    }

    /** The paragraphs of {@code text} (set apart by blank lines), each on one line, with no blank line between. */
    private static String onePerLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).reduce("", (a, l) -> a + l + "\n");
    }

    /** Each paragraph broken between words before {@code width} columns, with no blank line between paragraphs. */
    private static String wrapped(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.lines().filter(l -> !l.isBlank()).toList()) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void theTextWithBlankLinesGivesEachParagraphAndTheHeading() {
        List<String> starts = List.of("AUS PARAGRAPH In Australia's view,", "AUS PARAGRAPH Any new or additional",
                "AUS SECTION General appreciation of the issues of information security",
                "AUS PARAGRAPH Australia supports the work", "CUB PARAGRAPH 1. Cuba shares",
                "CUB PARAGRAPH 2. Cuba supports");
        List<String> parts = parts("en", ENGLISH);
        assertEquals(starts.size(), parts.size(), parts.toString());
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(parts.get(i).startsWith(starts.get(i)), parts.get(i));
        }
    }

    @Test
    void aWordProcessorsExportGivesTheSameParagraphs() {
        assertEquals(parts("en", ENGLISH), parts("en", onePerLine(ENGLISH)));
        assertEquals(parts("fr", FRENCH), parts("fr", onePerLine(FRENCH)));
    }

    @Test
    void linesBrokenAtAMeasureWithoutBlankLinesGiveTheSameParagraphs() {
        for (int width : new int[] {72, 80, 96}) {
            assertEquals(parts("en", ENGLISH), parts("en", wrapped(ENGLISH, width)), width + " columns");
            assertEquals(parts("fr", FRENCH), parts("fr", wrapped(FRENCH, width)), width + " columns");
        }
    }
}
