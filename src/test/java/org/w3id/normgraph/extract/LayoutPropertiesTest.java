package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReaderAccess;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.genre.replies.SgReportRepliesGenre;
import org.w3id.normgraph.genre.statements.ProcessReportStatementsGenre;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The facts do not depend on how a text's lines break. Renderings of both corpus texts ({@link Rendering}: other
 * widths from 20 to 200 columns, breaks between words or anywhere, one line per paragraph, pages that break
 * elsewhere, page numbers and running heads, full-width digits and spaces, CRLF and a byte-order mark) must give the
 * whole fact set of the original (the narrow re-wrap, one line per paragraph, every rendering of the Secretary-General's
 * report, the random renderings of the ICANN report): every statement, note, footnote source, heading and draft stance of the ICANN
 * report, every reply, citation, part and stance of the Secretary-General's report, each with the line of the
 * original it stands on (mapped back through the rendering).
 */
class LayoutPropertiesTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final Gazetteer GAZETTEER = Gazetteer.of(REFERENCE);
    private static final StatementExtractor STATEMENTS =
            new StatementExtractor(GAZETTEER, REFERENCE, SpeakerCues.bundled(), ConceptLexicon.bundled());
    private static final ReplyExtractor REPLIES = new ReplyExtractor(REFERENCE);

    private static final String ICANN = read(ExtractorFixture.ICANN_REPORT);
    private static final String SG = read(SgReport.FILE);
    private static final List<String> ICANN_FACTS = icannFacts(ICANN, null);
    private static final List<String> SG_FACTS = sgFacts(SG, null);

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Rendering.Options> renderings() {
        return Arbitraries.longs().map(Rendering.Options::random);
    }

    /**
     * Every one of these random renderings of the ICANN report gives exactly the original's facts. Measured over
     * seeds 0 to 99 of {@link Rendering.Options#random}: 98 of 100 equal (60 of 60 for seeds 0 to 59; before the
     * readers recognised headings and footnote markers by their form, 51 of 60). The two that differ (seeds 67 and
     * 79) differ in one note, and in the words of the sentence carrying five stances on draft article 29.
     */
    @Property(tries = 24, seed = "11", shrinking = ShrinkingMode.OFF)
    void renderingsOfTheIcannReportGiveItsFacts(@ForAll("renderings") Rendering.Options options) {
        assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT,
                options.with(Rendering.Blanks.KEPT));
    }

    /**
     * Any rendering of the Secretary-General's report, two in three of them without blank lines (between lines nor
     * paragraphs), gives its facts and its reading summary. Measured over seeds 0 to 39 of {@link
     * Rendering.Options#random} without blank lines: 40 of 40 equal.
     */
    @Property(tries = 24, seed = "12", shrinking = ShrinkingMode.OFF)
    void anyRenderingOfTheSecretaryGeneralsReportGivesItsFacts(@ForAll("renderings") Rendering.Options options) {
        assertSameFacts("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION, options);
    }

    /**
     * Wide renderings of the ICANN report without blank lines, where a paragraph's last line happens to fill the
     * measure: the next paragraph is told by how it opens (a date, 备注：, a quoted article, a named speaker's
     * quotation after a note) and a heading by standing alone after a sentence's end. Each of these lost 10 to 32
     * facts before. Over seeds 0 to 99 of {@link Rendering.Options#random} without blank lines, measured on
     * 2026-12-05: 31 give every fact; 58 more differ only in the words of a footnote whose rest on the next page the
     * reading summary warns of (no punctuation tells it from the page's last line of running text); the other 11
     * differ more, each with a warning; none differs in silence.
     */
    @Example
    void wideRenderingsOfTheIcannReportWithoutBlankLinesGiveItsFactsOrWarn() {
        for (long seed : new long[] {21, 31}) {
            assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT,
                    Rendering.Options.random(seed).with(Rendering.Blanks.NONE));
        }
        for (long seed : new long[] {1, 4, 22, 32}) {
            Rendering.Options options = Rendering.Options.random(seed).with(Rendering.Blanks.NONE);
            Rendering rendering = Rendering.of(ICANN, Rendering.Genre.PROCESS_REPORT, options);
            List<String> warned = PageLayout.analyse(source(rendering.fileText())).uncertainRests().stream()
                    .map(f -> "footnote|" + f.number() + "|").toList();
            assertTrue(!warned.isEmpty(), options + " warns of no footnote's rest");
            Predicate<String> unwarned = fact -> !fact.startsWith("summary|footnote-rest|")
                    && warned.stream().noneMatch(fact::startsWith);
            List<String> expected = ICANN_FACTS.stream().filter(unwarned).toList();
            assertSameFacts("ICANN report, but for the footnotes it warns of,", expected, ICANN,
                    Rendering.Genre.PROCESS_REPORT, options, unwarned);
        }
    }

    /**
     * Without blank lines nor indents, a wrapped rendering of the ICANN report is not read well yet, but a rendering
     * that differs says so: a footnote not found, or a footnote's rest, is a warning. Measured over seeds 0 to 19 on
     * 2026-12-05: the two with one line per paragraph give every fact; the 18 wrapped ones differ in 9 to 109 facts
     * (before the footnote block was ended by a page's furniture, a later footnote's marker and links broken
     * anywhere: 23 to 324), and all 18 warn.
     */
    @Example
    void theIcannReportWithoutIndentsWarnsWhereItDiffers() {
        for (long seed = 1; seed <= 4; seed++) {
            Rendering.Options options = Rendering.Options.random(seed).with(Rendering.Blanks.NONE_UNINDENTED);
            Rendering rendering = Rendering.of(ICANN, Rendering.Genre.PROCESS_REPORT, options);
            List<String> facts = icannFacts(rendering.fileText(), null);
            boolean warns = facts.stream().anyMatch(f -> f.matches("summary\\|footnote(-rest)?\\|\\d+\\|\\d+\\|[1-9]\\d*"));
            assertTrue(facts.equals(ICANN_FACTS) || warns, options + " differs without a warning");
        }
    }

    /**
     * The ICANN report as a browser copies it or a word processor exports it: one line per paragraph, no blank lines,
     * no indents, so that nothing marks where a page's footnotes end; with page numbers and running heads, and with
     * full-width digits. A page's footnotes end at its page number, or where a line carries the marker of a footnote
     * still to come (…唯一原因。”148). Before, these lost 23 facts (without page furniture, in silence) and 257 (with it).
     */
    @Example
    void theIcannReportCopiedOneLinePerParagraphWithoutIndentsGivesItsFacts() {
        for (boolean runningHead : new boolean[] {false, true}) {
            for (boolean fullWidth : new boolean[] {false, true}) {
                assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT,
                        new Rendering.Options(0, false, fullWidth, runningHead, false, Rendering.Blanks.NONE_UNINDENTED));
            }
        }
    }

    /** Both texts as a converter writes them without blank lines: one line per paragraph, and re-broken lines. */
    @Example
    void bothTextsWithoutBlankLinesGiveTheirFactsAndSummaries() {
        Rendering.Options onePerParagraph = new Rendering.Options(0, false, false, false, false,
                Rendering.Blanks.NONE);
        assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT, onePerParagraph);
        assertSameFacts("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION, onePerParagraph);
        for (boolean anywhere : new boolean[] {true, false}) {
            assertSameFacts("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION,
                    new Rendering.Options(28, anywhere, false, false, false, Rendering.Blanks.NONE));
        }
    }

    /**
     * Without blank lines and without indents (as a browser copies a text), the Secretary-General's report gives
     * every reply with its actor, date, language and line, and its parts where the layout tells them; where it does
     * not (a line after a sentence's end that fills the measure or ends a page, a heading-like line under a heading),
     * the reading summary warns with the line, never other facts in silence. Measured on 2026-12-06 over seeds 0 to
     * 39 of {@link Rendering.Options#random} without blank lines nor indents: 39 give every reply and warn (one, 20
     * columns, stops: a reply heading cut over lines); with one line per paragraph the one difference is a paragraph
     * that a page break cut after a sentence's end, and every stance is read. What remains are such sentences that
     * end at the margin or a page's foot: a title after them, the next label of a list ((b) after (a)) and a title
     * broken at the margin are read as such ({@code UnindentedRepliesTest}).
     */
    @Example
    void theSecretaryGeneralsReportWithoutIndentsGivesItsRepliesAndWarnsWhereItDiffers() {
        List<String> replies = SG_FACTS.stream().filter(f -> f.startsWith("reply|") || f.startsWith("respondsTo|"))
                .toList();
        for (long seed = -1; seed < 4; seed++) {
            Rendering.Options options = seed < 0
                    ? new Rendering.Options(0, false, false, true, false, Rendering.Blanks.NONE_UNINDENTED)
                    : Rendering.Options.random(seed).with(Rendering.Blanks.NONE_UNINDENTED);
            assertSameFacts("SG report", replies, SG, Rendering.Genre.REPLY_COMPILATION, options,
                    f -> f.startsWith("reply|") || f.startsWith("respondsTo|"));
            Rendering rendering = Rendering.of(SG, Rendering.Genre.REPLY_COMPILATION, options);
            List<String> facts = sgFacts(rendering.fileText(), null);
            boolean warns = facts.stream().anyMatch(f -> f.matches("summary\\|paragraph-break\\|\\d+\\|0\\|[1-9]\\d*"));
            String difference = difference("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION, options);
            assertTrue(difference.isEmpty() || warns, difference);
            if (seed < 0) {
                // one paragraph cut at a page break after a sentence's end: the parts are counted on by one from
                // there, but every stance is read, with its words
                List<String> read = sgFacts(rendering.fileText(), originalLine(rendering, SG));
                assertEquals(stancesWithoutTheirPart(SG_FACTS), stancesWithoutTheirPart(read));
            }
        }
    }

    /** The line of {@code original} that a rendered offset comes from, or -1 for a character the rendering adds. */
    private static IntUnaryOperator originalLine(Rendering rendering, String original) {
        SourceText source = SourceText.of("original", original);
        return offset -> {
            int from = rendering.originalOffset(offset);
            return from < 0 ? -1 : source.lineOf(from);
        };
    }

    private static List<String> stancesWithoutTheirPart(List<String> facts) {
        return facts.stream().filter(f -> f.startsWith("stance|")).map(f -> f.replaceFirst("^(stance\\|[^|]*)\\|\\d+", "$1"))
                .sorted().toList();
    }

    /** The narrow re-wrap of the issue: about 28 columns, breaks inside numbers, names and links. */
    @Example
    void theNarrowRewrapOfBothTextsGivesTheirFacts() {
        for (boolean anywhere : new boolean[] {true, false}) {
            Rendering.Options options = new Rendering.Options(28, anywhere, false, false, false);
            assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT, options);
            assertSameFacts("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION, options);
        }
    }

    @Example
    void oneLinePerParagraphWithEverythingElseGivesTheFacts() {
        Rendering.Options options = new Rendering.Options(0, false, true, true, true);
        assertSameFacts("ICANN report", ICANN_FACTS, ICANN, Rendering.Genre.PROCESS_REPORT, options);
        assertSameFacts("SG report", SG_FACTS, SG, Rendering.Genre.REPLY_COMPILATION, options);
    }

    @Example
    void theFactSetsAreTheWholeOnes() {
        assertEquals(109, ICANN_FACTS.stream().filter(f -> f.startsWith("statement|")).count());
        assertEquals(141, ICANN_FACTS.stream().filter(f -> f.startsWith("stance|")).count());
        assertEquals(167, ICANN_FACTS.stream().filter(f -> f.startsWith("footnote|")).count());
        assertTrue(ICANN_FACTS.contains("summary|quotation|110|109|1"), ICANN_FACTS.toString());
        assertTrue(SG_FACTS.contains("summary|date-line|11|11|0"), SG_FACTS.toString());
        assertTrue(SG_FACTS.contains("summary|language-line|11|11|0"), SG_FACTS.toString());
        assertEquals(11, SG_FACTS.stream().filter(f -> f.startsWith("reply|")).count());
        assertTrue(SG_FACTS.stream().filter(f -> f.startsWith("stance|")).count() >= 42);
        assertTrue(SG_FACTS.stream().filter(f -> f.startsWith("reference|")).count() >= 27);
    }

    private static void assertSameFacts(String what, List<String> expected, String original, Rendering.Genre genre,
            Rendering.Options options) {
        assertSameFacts(what, expected, original, genre, options, fact -> true);
    }

    /** As above, comparing only the facts that {@code compared} keeps. */
    private static void assertSameFacts(String what, List<String> expected, String original, Rendering.Genre genre,
            Rendering.Options options, Predicate<String> compared) {
        String difference = difference(what, expected, original, genre, options, compared);
        if (!difference.isEmpty()) {
            throw new AssertionError(difference);
        }
    }

    /** "" if the rendering gives the original's facts, else what differs. */
    private static String difference(String what, List<String> expected, String original, Rendering.Genre genre,
            Rendering.Options options) {
        return difference(what, expected, original, genre, options, fact -> true);
    }

    private static String difference(String what, List<String> expected, String original, Rendering.Genre genre,
            Rendering.Options options, Predicate<String> compared) {
        Rendering rendering = Rendering.of(original, genre, options);
        IntUnaryOperator originalLine = originalLine(rendering, original);
        List<String> actual;
        try {
            actual = genre == Rendering.Genre.PROCESS_REPORT ? icannFacts(rendering.fileText(), originalLine)
                    : sgFacts(rendering.fileText(), originalLine);
        } catch (RuntimeException e) {
            return what + " rendered with " + options + " cannot be read: " + e;
        }
        actual = actual.stream().filter(compared).toList();
        if (expected.equals(actual)) {
            return "";
        }
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        return String.format("%s rendered with %s: %d facts missing, %d not in the original%n"
                + "missing: %s%nextra: %s", what, options, missing.size(), extra.size(), clip(missing), clip(extra));
    }

    private static String clip(TreeSet<String> facts) {
        StringBuilder out = new StringBuilder();
        facts.stream().limit(6).forEach(f -> out.append("\n  ").append(f.length() > 220 ? f.substring(0, 220) + "…" : f));
        return out.toString();
    }

    private static SourceText source(String fileText) {
        return SourceText.of("rendering", PlainTextReaderAccess.normalise(fileText));
    }

    /** The line of the original on which the evidence starts (for the original itself, its own line). */
    private static int line(Evidence evidence, IntUnaryOperator originalLine) {
        return originalLine == null ? evidence.firstLine() : originalLine.applyAsInt(evidence.span().start());
    }

    private static String words(String text) {
        return text.replaceAll("\\s", "");
    }

    static List<String> icannFacts(String fileText, IntUnaryOperator originalLine) {
        SourceText source = source(fileText);
        PageLayout layout = PageLayout.analyse(source);
        StatementFindings found = STATEMENTS.extract(layout);
        List<String> facts = new ArrayList<>();
        for (Statement st : found.statements()) {
            facts.add(String.join("|", "statement", IcannStatementsTest.code(st.speaker()), words(st.speakerText()),
                    st.onBehalfOf().stream().map(IcannStatementsTest::code).sorted().toList().toString(), st.date(),
                    st.forum(), st.session() == null ? "" : words(st.session().label()),
                    Integer.toString(st.footnote()), words(st.quote().text()),
                    Integer.toString(line(st.quote(), originalLine))));
        }
        for (EditorialNote note : found.notes()) {
            facts.add(String.join("|", "note", note.kind(), note.commentsOn().toString(), Integer.toString(note.part()),
                    words(note.text().text()), Integer.toString(line(note.text(), originalLine))));
        }
        for (FootnoteSource f : found.footnotes()) {
            facts.add(String.join("|", "footnote", Integer.toString(f.number()), f.links().toString(), f.recording(),
                    Integer.toString(f.offsetSeconds()), f.pages(), words(f.meeting()), f.date(),
                    Integer.toString(f.ibidOf()), words(f.text().text()), Integer.toString(line(f.text(), originalLine))));
        }
        found.headings().forEach(h -> facts.add(String.join("|", "heading", h.kind().name(), words(h.label()),
                h.forum())));
        DraftFindings drafts = ExtractorFixture.extract(source);
        drafts.drafts().forEach(d -> facts.add(String.join("|", "draft", d.forum(), d.kind().name(), d.asOf().toString(),
                Integer.toString(line(d.evidence(), originalLine)))));
        for (Stance s : drafts.stances()) {
            facts.add(String.join("|", "stance", s.actor().actor().code(), s.relation().name(), s.provision().draft().asOf() + " " + s.provision().article() + " " + s.provision().part(),
                    s.cue(), words(s.actorMention().text()), words(s.sentence().text()),
                    Integer.toString(line(s.actorMention(), originalLine))));
        }
        facts.add("unattributed|" + found.unattributed().size());
        ReadingSummary summary = new ReadingSummary();
        ProcessReportStatementsGenre.countQuotations(found, summary);
        ProcessReportStatementsGenre.countFootnotes(layout, summary);
        ProcessReportStatementsGenre.countFootnoteRests(layout, summary);
        summaryFacts(facts, summary);
        facts.sort(null);
        return facts;
    }

    /** The reading summary's counts, kind by kind, as facts: a rendering must meet and take what the original does. */
    private static void summaryFacts(List<String> facts, ReadingSummary summary) {
        summary.counts().forEach((kind, c) -> facts.add(String.join("|", "summary", kind, Integer.toString(c.met()),
                Integer.toString(c.taken()), Integer.toString(c.leftUnread()))));
    }

    static List<String> sgFacts(String fileText, IntUnaryOperator originalLine) {
        SourceText source = source(fileText);
        CompiledReplies report = ReplySegmenter.segment(source);
        ReplyFindings found = REPLIES.extract(report);
        List<String> facts = new ArrayList<>();
        ReadingSummary summary = new ReadingSummary();
        SgReportRepliesGenre.countDateLines(source, report, ReplyLanguage.of("zh-Hans"), summary);
        SgReportRepliesGenre.countLanguageLines(source, report, ReplyLanguage.of("zh-Hans"), summary);
        SgReportRepliesGenre.countUncertainBreaks(report, summary);
        summaryFacts(facts, summary);
        facts.add("respondsTo|" + found.respondsTo().orElseThrow().target());
        Stream.concat(found.introduction().stream(), found.introFootnotes().stream())
                .forEach(p -> part(facts, "INTRO", p, originalLine));
        for (ReplyFacts reply : found.replies()) {
            facts.add(String.join("|", "reply", reply.code(), words(reply.heading().text()), reply.language(),
                    reply.date().toString(), Integer.toString(line(reply.heading(), originalLine)),
                    reply.languageWords().map(words -> Integer.toString(line(words, originalLine))).orElse(""),
                    Integer.toString(line(reply.dateWords(), originalLine))));
            Stream.concat(reply.parts().stream(), reply.footnotes().stream())
                    .forEach(p -> part(facts, reply.code(), p, originalLine));
            for (ReplyFacts.PartStance s : reply.stances()) {
                ReplyStance stance = s.stance();
                facts.add(String.join("|", "stance", reply.code(), Integer.toString(s.part()),
                        stance.holder().actor().code(), stance.relation().name(), stance.rule(),
                        words(stance.cue().text()), words(stance.object().text()), words(stance.sentence().text()),
                        Integer.toString(line(stance.cue(), originalLine)),
                        s.objectMentions().stream().map(Mention::target).toList().toString()));
            }
        }
        facts.sort(null);
        return facts;
    }

    private static void part(List<String> facts, String owner, ReplyPart part, IntUnaryOperator originalLine) {
        int firstLine = originalLine == null ? part.firstLine() : originalLine.applyAsInt(part.span().start());
        facts.add(String.join("|", "part", owner, part.kind().name(), Integer.toString(part.number()),
                Integer.toString(part.parent()), words(part.heading()), words(part.text()), part.footnotes().toString(),
                Integer.toString(firstLine)));
        for (Mention m : part.mentions()) {
            String kind = m.kind() == Mention.Kind.UN_DOCUMENT ? "reference" : "mention";
            facts.add(String.join("|", kind, owner, m.kind().name(), m.target(), words(m.words().text()), m.pageLink(),
                    Integer.toString(line(m.words(), originalLine))));
        }
    }
}
