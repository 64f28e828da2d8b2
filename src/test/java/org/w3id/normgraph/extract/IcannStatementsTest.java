package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.reader.PlainTextReader;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReportOutline;

/**
 * Compares every statement the extractor reads from the ICANN report with the hand-checked list in
 * {@code expected/icann-statements.tsv} (see its NOTES), as a whole set.
 */
class IcannStatementsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/expected/icann-statements.tsv");
    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    static StatementFindings extract(SourceText source) {
        return new StatementExtractor(Gazetteer.of(REFERENCE), REFERENCE, SpeakerCues.bundled(),
                ConceptLexicon.bundled()).extract(PageLayout.analyse(source));
    }

    private static StatementFindings findings;

    @BeforeAll
    static void read() {
        findings = extract(PlainTextReader.read(ExtractorFixture.ICANN_REPORT, "icann"));
    }

    /** The test's own speaker codes, as the expected file writes them: CHN, EU, person:un-tech-envoy, … */
    static String code(Actor actor) {
        return switch (actor.kind()) {
            case STATE, GROUP, TERRITORY -> actor.code();
            case PERSON -> "person:" + actor.code();
            case ORGANIZATION -> "org:" + actor.code();
            case REPORT -> "document:" + actor.code();
        };
    }

    static List<String[]> expectedRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** line|speaker|date, the facts whose precision and recall the issue sets. */
    static Set<String> speakerAndDate(StatementFindings found) {
        Set<String> facts = new HashSet<>();
        found.statements().forEach(s -> facts.add(s.quote().firstLine() + "|" + code(s.speaker()) + "|" + s.date()));
        return facts;
    }

    static Set<String> normalizedSpeakers(Set<String> facts) {
        Set<String> out = new HashSet<>();
        facts.forEach(f -> out.add(f.replace("person:ahc-chair", "person:chair-AHC")));
        return out;
    }

    @Test
    void speakersAndDatesMatchTheHandCheckedListAsAWholeSet() throws IOException {
        Set<String> expected = new HashSet<>();
        for (String[] row : expectedRows()) {
            expected.add(row[0] + "|" + row[1] + "|" + row[3]);
        }
        expected = normalizedSpeakers(expected);
        Set<String> actual = speakerAndDate(findings);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        double precision = (actual.size() - extra.size()) / (double) actual.size();
        double recall = (expected.size() - missing.size()) / (double) expected.size();
        String report = String.format("precision %.3f, recall %.3f (%d found, %d expected)%nmissing %s%nextra %s"
                + "%nunattributed %s", precision, recall, actual.size(), expected.size(), new java.util.TreeSet<>(missing),
                new java.util.TreeSet<>(extra), findings.unattributed());
        System.out.println("ICANN statements: " + report);
        assertTrue(precision >= 0.98 && recall >= 0.98, report);
    }

    /** The agreement on the other columns, reported; the footnote and the first words must agree too. */
    @Test
    void footnotesForumsAndFirstWordsAgreeWithTheHandCheckedList() throws IOException {
        java.util.Map<Integer, Statement> byLine = new java.util.HashMap<>();
        findings.statements().forEach(st -> byLine.put(st.quote().firstLine(), st));
        int rows = 0;
        int footnotes = 0;
        int firstWords = 0;
        int forums = 0;
        int sessions = 0;
        List<String> disagreements = new ArrayList<>();
        for (String[] row : expectedRows()) {
            Statement st = byLine.get(Integer.parseInt(row[0]));
            if (st == null) {
                continue;
            }
            rows++;
            String footnote = st.footnote() == 0 ? "" : Integer.toString(st.footnote());
            if (footnote.equals(row[7])) {
                footnotes++;
            } else {
                disagreements.add(row[0] + " footnote " + footnote + " != " + row[7]);
            }
            String words = st.quote().text().replaceAll("\\s", "");
            if (words.startsWith(row[6])) {
                firstWords++;
            } else {
                disagreements.add(row[0] + " words " + words.substring(0, Math.min(10, words.length())) + " != " + row[6]);
            }
            if (st.forum().startsWith(row[4]) || st.forum().isEmpty() && !List.of("OEWG", "AHC", "GDC").contains(row[4])) {
                forums++;
            } else {
                disagreements.add(row[0] + " forum " + st.forum() + " != " + row[4]);
            }
            String session = st.session() == null ? "" : st.session().label();
            if (session.startsWith(row[5])) {
                sessions++;
            } else {
                disagreements.add(row[0] + " session " + session + " != " + row[5]);
            }
        }
        String report = String.format("of %d statements: footnote %d, first words %d, forum %d, session %d agree%n%s",
                rows, footnotes, firstWords, forums, sessions, String.join("\n", disagreements));
        System.out.println("ICANN statements, other columns: " + report);
        assertTrue(footnotes >= 0.95 * rows && firstWords >= 0.95 * rows && forums >= 0.95 * rows, report);
    }

    @Test
    void commentaryIsNeverTestimonyAndStatementsCarryNoPageDebris() {
        List<String> footnoteOpenings = findings.footnotes().stream()
                .map(f -> f.text().text()).filter(t -> t.length() >= 12).map(t -> t.substring(0, 12)).toList();
        for (Statement st : findings.statements()) {
            String words = st.quote().text();
            assertTrue(!words.contains("背景信息") && !words.contains("备注："), st.quote().firstLine() + ": " + words);
            assertTrue(!words.contains("http"), st.quote().firstLine() + " holds a URL: " + words);
            assertTrue(!words.contains("\n") && !words.matches("(?s).*\\p{IsHan} +\\p{IsHan}.*"),
                    st.quote().firstLine() + " holds a line break or a space inside Chinese text: " + words);
            footnoteOpenings.forEach(f -> assertTrue(!words.contains(f),
                    st.quote().firstLine() + " holds footnote text " + f));
        }
        for (EditorialNote note : findings.notes()) {
            int first = note.text().firstLine();
            int last = note.text().lastLine();
            findings.statements().forEach(st -> assertTrue(
                    st.quote().firstLine() < first || st.quote().firstLine() > last,
                    "statement at line " + st.quote().firstLine() + " lies inside the commentary at " + first + "-" + last));
        }
        // the 背景信息 block at lines 83-121 quotes a Chinese white paper; it is the report's, not China's
        assertTrue(findings.notes().stream().anyMatch(n -> n.text().firstLine() == 83 && n.text().lastLine() >= 121));
    }

    /** The facts that must not depend on layout: everything but line numbers and offsets. */
    static List<String> layoutFreeFacts(StatementFindings found) {
        return found.statements().stream().map(st -> String.join("|", code(st.speaker()), st.date(), st.forum(),
                st.session() == null ? "" : st.session().label(), Integer.toString(st.footnote()),
                st.quote().text().replaceAll("\\s", ""))).toList();
    }

    @Test
    void layoutVariantsGiveTheSameStatements() throws IOException {
        String text = Files.readString(ExtractorFixture.ICANN_REPORT, StandardCharsets.UTF_8);
        List<String> expected = layoutFreeFacts(findings);
        assertEquals(109, expected.size());
        java.util.Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put("CRLF and BOM", "\uFEFF" + text.replace("\n", "\r\n"));
        variants.put("no spaces between Chinese and digits", text
                .replaceAll("(?<=\\p{IsHan}) +(?=[0-9A-Za-z])", "").replaceAll("(?<=[0-9A-Za-z]) +(?=\\p{IsHan})", ""));
        variants.put("re-wrapped for a wider page", LayoutVariants.widen(text, 35));
        for (var variant : variants.entrySet()) {
            StatementFindings found = extract(SourceText.of("variant",
                    org.w3id.normgraph.reader.PlainTextReaderAccess.normalise(variant.getValue())));
            List<String> actual = layoutFreeFacts(found);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<String> extra = new ArrayList<>(actual);
            extra.removeAll(expected);
            assertEquals(expected, actual, variant.getKey() + ": missing " + missing + "\nextra " + extra);
        }
    }

    @Test
    void aFootnoteThatDatesItsSourceDifferentlyIsRecordedAndTheRunningTextsDateKept() {
        // Line 320: Iran under the heading 2021 年 12 月 17 日; footnote 20 dates its source 2022 年 12 月 17 日.
        Statement iran = findings.statements().stream().filter(st -> st.quote().firstLine() == 320).findFirst()
                .orElseThrow();
        assertEquals("2021-12-17", iran.date());
        assertEquals(20, iran.footnote());
        var model = org.w3id.normgraph.rdf.StatementGraph.of("icann", findings);
        var statement = model.createResource(org.w3id.normgraph.rdf.Iris.statement("icann", iran.ordinal()));
        String note = statement.getProperty(org.apache.jena.vocabulary.SKOS.editorialNote).getString();
        assertTrue(note.contains("2022-12-17") && note.contains("2021-12-17"), note);
        var footnote = model.createResource(org.w3id.normgraph.rdf.Iris.footnote("icann", 20));
        assertEquals("2022-12-17", footnote.getProperty(org.w3id.normgraph.vocabulary.NG.sourceDate).getString());
    }

    @Test
    void footnotesGiveTheRecordingAndTheMinuteTheWordsBeginAt() {
        // Footnote 9 (lines 194-195): "https://media.un.org/en/asset/k11/k11eljcg88（从 1:14:20 开始）"
        FootnoteSource nine = findings.footnotes().stream().filter(f -> f.number() == 9).findFirst().orElseThrow();
        assertEquals("https://media.un.org/en/asset/k11/k11eljcg88", nine.recording());
        assertEquals(4460, nine.offsetSeconds());
        assertEquals("PT1H14M20S", nine.offsetDuration());
        assertEquals("第 3 次全体会议", nine.meeting());
        // Footnote 135 is "同上，（从 20:30 开始）": the recording of footnote 134, another minute.
        FootnoteSource ibid = findings.footnotes().stream().filter(f -> f.number() == 135).findFirst().orElseThrow();
        assertEquals(134, ibid.ibidOf());
        assertEquals(1230, ibid.offsetSeconds());
    }
}
