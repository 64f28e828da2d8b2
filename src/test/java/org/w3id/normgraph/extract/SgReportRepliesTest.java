package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The replies, citations and stances of the Secretary-General's 2022 report, compared as whole sets with the facts an
 * independent checker wrote from the text ({@code src/test/resources/expected/sg-*.tsv}), and the same facts from the
 * same text in other layouts.
 */
class SgReportRepliesTest {

    private static final double REQUIRED_REFERENCE_PRECISION = 0.95;
    private static final double REQUIRED_REFERENCE_RECALL = 0.95;
    private static final double REQUIRED_STANCE_PRECISION = 0.95;

    static Set<String> replyRows(ReplyFindings findings) {
        return findings.replies().stream().map(r -> String.join("|", r.code(),
                        Integer.toString(r.heading().firstLine()), r.language(),
                        r.languageWords().map(w -> Integer.toString(w.firstLine())).orElse(""), r.date().toString(),
                        Integer.toString(r.dateWords().firstLine())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every citation of a UN document as {@code part|symbol|line}; the part is the reply's actor or INTRO. */
    static Set<String> referenceRows(ReplyFindings findings) {
        Set<String> rows = new TreeSet<>();
        Stream.concat(findings.introduction().stream(), findings.introFootnotes().stream())
                .forEach(p -> citations(p).forEach(m -> rows.add("INTRO|" + m.target() + "|" + m.words().firstLine())));
        for (ReplyFacts reply : findings.replies()) {
            Stream.concat(reply.parts().stream(), reply.footnotes().stream()).forEach(p -> citations(p)
                    .forEach(m -> rows.add(reply.code() + "|" + m.target() + "|" + m.words().firstLine())));
        }
        return rows;
    }

    private static Stream<Mention> citations(ReplyPart part) {
        return part.mentions().stream().filter(m -> m.kind() == Mention.Kind.UN_DOCUMENT);
    }

    /** Every stance as {@code actor|relation|line of the cue}. */
    static Set<String> stanceRows(ReplyFindings findings) {
        Set<String> rows = new TreeSet<>();
        for (ReplyFacts reply : findings.replies()) {
            reply.stances().forEach(s -> rows.add(s.stance().holder().actor().code() + "|"
                    + s.stance().relation().localName() + "|" + s.stance().cue().firstLine()));
        }
        return rows;
    }

    private static String measured(String what, Set<String> expected, Set<String> found) {
        Set<String> right = new TreeSet<>(found);
        right.retainAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        Set<String> wrong = new TreeSet<>(found);
        wrong.removeAll(expected);
        return String.format("%s: precision %d/%d = %.3f, recall %d/%d = %.3f; missing %s; not expected %s", what,
                right.size(), found.size(), ratio(right.size(), found.size()), right.size(), expected.size(),
                ratio(right.size(), expected.size()), missing, wrong);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static double precision(Set<String> expected, Set<String> found) {
        return ratio((int) found.stream().filter(expected::contains).count(), found.size());
    }

    private static double recall(Set<String> expected, Set<String> found) {
        return ratio((int) expected.stream().filter(found::contains).count(), expected.size());
    }

    @Test
    void elevenRepliesWithActorLanguageAndDateExactlyAsChecked() {
        Set<String> expected = ExpectedSgFacts.replies().stream().map(r -> String.join("|", r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(11, expected.size());
        assertEquals(expected, replyRows(SgReport.findings()));
    }

    @Test
    void everyReplyAnswersResolution76Slash19AsTheIntroductionSays() {
        ReplyFindings findings = SgReport.findings();
        assertEquals("A/RES/76/19", findings.respondsTo().orElseThrow().target());
        assertEquals(7, findings.respondsTo().orElseThrow().words().firstLine());
        assertEquals("第 76/19 号决议", findings.respondsTo().orElseThrow().words().text());
    }

    @Test
    void citationsOfUnDocumentsMatchTheCheckedSet() {
        Set<String> expected = ExpectedSgFacts.references().stream()
                .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = referenceRows(SgReport.findings());
        String report = measured("references (reply actor + symbol + line)", expected, found);
        System.out.println(report);
        assertTrue(precision(expected, found) >= REQUIRED_REFERENCE_PRECISION, report);
        assertTrue(recall(expected, found) >= REQUIRED_REFERENCE_RECALL, report);
    }

    @Test
    void stancesAreAtLeastNinetyFivePercentRight() {
        Set<String> expected = ExpectedSgFacts.stances().stream()
                .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = stanceRows(SgReport.findings());
        String report = measured("stances (actor + relation + line of the cue)", expected, found);
        System.out.println(report);
        assertTrue(precision(expected, found) >= REQUIRED_STANCE_PRECISION, report);
        assertTrue(found.size() >= 30, "too few stances to measure: " + report);
    }

    @Test
    void everyCitationOnAPageWithLinksIsConfirmedByOneOfThem() {
        // The PDF links every symbol that a page cites; the last page of the report has no links printed after it.
        List<String> unconfirmed = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        for (ReplyFacts reply : SgReport.findings().replies()) {
            Stream.concat(reply.parts().stream(), reply.footnotes().stream()).flatMap(SgReportRepliesTest::citations)
                    .forEach(m -> (m.pageLink().isEmpty() ? unconfirmed : confirmed)
                            .add(reply.code() + " " + m.target() + " @" + m.words().firstLine()));
        }
        assertEquals(List.of("EU A/RES/76/19 @1977", "EU A/HRC/RES/20/8 @2017"), unconfirmed);
        assertEquals(23, confirmed.size(), confirmed.toString());
    }

    // ---------------------------------------------------------------- the same facts in other layouts

    /** The facts that do not depend on where lines break: no line numbers, no spaces inside the words. */
    static List<String> layoutFreeFacts(ReplyFindings findings) {
        List<String> facts = new ArrayList<>();
        facts.add("responds " + findings.respondsTo().orElseThrow().target());
        for (ReplyFacts reply : findings.replies()) {
            facts.add("reply " + reply.code() + " " + reply.language() + " " + reply.date());
            for (ReplyPart part : Stream.concat(reply.parts().stream(), reply.footnotes().stream()).toList()) {
                String words = (part.heading() + part.text()).replace(" ", "");
                facts.add("part " + reply.code() + " " + part.kind() + " " + part.number() + " " + part.parent() + " "
                        + words.substring(0, Math.min(12, words.length())) + " " + part.footnotes());
                part.mentions().forEach(m -> facts.add("mention " + reply.code() + " " + part.number() + " "
                        + m.kind() + " " + m.target() + " " + m.words().text().replace(" ", "") + " "
                        + !m.pageLink().isEmpty()));
            }
            reply.stances().forEach(s -> facts.add("stance " + s.stance().holder().actor().code() + " "
                    + s.stance().relation().localName() + " " + s.stance().rule() + " " + s.part() + " "
                    + s.stance().object().text().replace(" ", "")));
        }
        Stream.concat(findings.introduction().stream(), findings.introFootnotes().stream()).forEach(p ->
                p.mentions().forEach(m -> facts.add("intro " + m.kind() + " " + m.target())));
        return facts;
    }

    /** Compares fact lists, and on failure names only the facts that differ. */
    static void assertSameFacts(List<String> expected, List<String> actual) {
        if (!expected.equals(actual)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<String> added = new ArrayList<>(actual);
            added.removeAll(expected);
            throw new AssertionError("facts differ (" + expected.size() + " expected, " + actual.size() + " found); "
                    + "missing " + missing + "; instead " + added);
        }
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkGiveTheSameFactsOnTheSameLines() {
        ReplyFindings variant = SgReport.findings(ReplyLayoutVariants.crlfWithByteOrderMark(SgReport.text()));
        assertSameFacts(layoutFreeFacts(SgReport.findings()), layoutFreeFacts(variant));
        assertEquals(referenceRows(SgReport.findings()), referenceRows(variant));
        assertEquals(stanceRows(SgReport.findings()), stanceRows(variant));
    }

    @Test
    void noSpacesBetweenChineseAndDigitsGiveTheSameFacts() {
        String variant = ReplyLayoutVariants.noSpacesAroundDigits(SgReport.text());
        assertTrue(variant.contains("[2022年5月31日]") && variant.contains("第76/19号决议"), "the variant is made");
        ReplyFindings findings = SgReport.findings(variant);
        assertSameFacts(layoutFreeFacts(SgReport.findings()), layoutFreeFacts(findings));
        assertEquals(referenceRows(SgReport.findings()), referenceRows(findings));
        assertEquals(replyRows(SgReport.findings()), replyRows(findings));
    }

    @Test
    void narrowerLineBreaksGiveTheSameFacts() {
        String variant = ReplyLayoutVariants.rewrapped(SgReport.text(), 23);
        assertTrue(variant.lines().count() > SgReport.text().lines().count() + 500, "the variant is re-wrapped");
        assertSameFacts(layoutFreeFacts(SgReport.findings()), layoutFreeFacts(SgReport.findings(variant)));
    }

    @Test
    void oneLinePerParagraphGivesTheSameFacts() {
        String variant = ReplyLayoutVariants.rewrapped(SgReport.text(), Integer.MAX_VALUE);
        assertTrue(variant.lines().count() < SgReport.text().lines().count() - 500, "the variant is unwrapped");
        assertSameFacts(layoutFreeFacts(SgReport.findings()), layoutFreeFacts(SgReport.findings(variant)));
    }
}
