package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.apache.commons.io.file.PathUtils;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.reader.PdfTextReader;

/**
 * A corpus text given as a PDF gives the facts of the text. Each corpus text is rendered (narrow and wide lines),
 * typeset into a PDF with PDFBox and Debian's WenQuanYi Micro Hei, one PDF page for each page of the text, with the
 * page number and a running head at the top of each page; read back, the PDF must give the rendering's text and the
 * original's facts, and the build must record the PDF's SHA-256 and the page of each place.
 */
class PdfInputTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float SIZE = 10;
    private static final float PITCH = 12;
    private static final float MARGIN = 36;

    @TempDir
    Path workspace;

    /** Typesets the rendering's pages; returns, for each line of the rendering with running heads, its page. */
    static List<Integer> typeset(Rendering rendering, Path pdf) throws IOException {
        String text = rendering.text;
        List<String> pages = new ArrayList<>();
        int from = 0;
        for (int start : rendering.pageStarts) {
            pages.add(text.substring(from, start));
            from = start;
        }
        pages.add(text.substring(from));
        List<Integer> pageOfLine = new ArrayList<>();
        pageOfLine.add(0);
        TrueTypeCollection collection = new TrueTypeCollection(FONT.toFile());
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
            for (int p = 0; p < pages.size(); p++) {
                List<String> lines = new ArrayList<>(List.of(pages.get(p).split("\n", -1)));
                if (lines.get(lines.size() - 1).isEmpty()) {
                    lines.remove(lines.size() - 1);
                }
                if (p > 0) {
                    lines.add(0, "- " + (p + 1) + " -");
                    lines.add(1, Rendering.RUNNING_HEAD);
                }
                float width = 2 * MARGIN + SIZE * Math.max(40, lines.stream().mapToInt(String::length).max().orElse(0));
                float height = 2 * MARGIN + PITCH * lines.size();
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.newLineAtOffset(MARGIN, height - MARGIN);
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.showText(line);
                        }
                        content.newLineAtOffset(0, -PITCH);
                        pageOfLine.add(p + 1);
                    }
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }
        return pageOfLine;
    }

    /**
     * For each line of the PDF's text, the line of the rendering it reads: the same words, line for line, but for the
     * empty lines that ended a page, which a PDF does not keep (they hold no glyph).
     */
    private static int[] align(SourceText rendered, SourceText read, String what) {
        int[] map = new int[read.lineCount() + 1];
        int r = 1;
        for (int line = 1; line <= read.lineCount(); line++) {
            while (r <= rendered.lineCount() && !rendered.line(r).equals(read.line(line))
                    && rendered.line(r).isEmpty()) {
                r++;
            }
            assertTrue(r <= rendered.lineCount(), what + ": the PDF has more lines than the rendering");
            assertEquals(rendered.line(r), read.line(line), what + ": line " + line + " of the PDF's text");
            map[line] = r++;
        }
        while (r <= rendered.lineCount()) {
            assertTrue(rendered.line(r++).isEmpty(), what + ": the PDF lost a line of words");
        }
        return map;
    }

    private void assertPdfGivesTheFacts(Path original, Rendering.Genre genre, int width) throws IOException {
        String text = Files.readString(original, StandardCharsets.UTF_8);
        Rendering plain = Rendering.of(text, genre, new Rendering.Options(width, false, false, false, false));
        Rendering withHeads = Rendering.of(text, genre, new Rendering.Options(width, false, false, true, false));
        Path pdf = workspace.resolve(genre + "-" + width + ".pdf");
        List<Integer> pageOfLine = typeset(plain, pdf);
        PdfTextReader.PdfText read = PdfTextReader.read(pdf, "pdf");
        SourceText rendered = SourceText.of("rendered", withHeads.text);
        int[] renderedLine = align(rendered, read.text(), genre + " at " + width + " columns");
        for (int line = 1; line <= read.text().lineCount(); line++) {
            assertEquals(pageOfLine.get(renderedLine[line]), read.page(line), "page of line " + line);
        }
        SourceText originalSource = SourceText.of("original", text);
        IntUnaryOperator originalLine = offset -> {
            int line = read.text().lineOf(offset);
            int renderedOffset = rendered.lineStart(renderedLine[line]) + offset - read.text().lineStart(line);
            int from = withHeads.originalOffset(renderedOffset);
            return from < 0 ? -1 : originalSource.lineOf(from);
        };
        List<String> expected = genre == Rendering.Genre.PROCESS_REPORT ? LayoutPropertiesTest.icannFacts(text, null)
                : LayoutPropertiesTest.sgFacts(text, null);
        List<String> actual = genre == Rendering.Genre.PROCESS_REPORT
                ? LayoutPropertiesTest.icannFacts(read.text().text(), originalLine)
                : LayoutPropertiesTest.sgFacts(read.text().text(), originalLine);
        assertEquals(expected, actual, genre + " at " + width + " columns: the PDF's facts");
    }

    @Test
    void theIcannReportAsAPdfGivesTheFactsOfItsText() throws IOException {
        assertPdfGivesTheFacts(ExtractorFixture.ICANN_REPORT, Rendering.Genre.PROCESS_REPORT, 28);
        assertPdfGivesTheFacts(ExtractorFixture.ICANN_REPORT, Rendering.Genre.PROCESS_REPORT, 120);
    }

    @Test
    void theSecretaryGeneralsReportAsAPdfGivesTheFactsOfItsText() throws IOException {
        assertPdfGivesTheFacts(SgReport.FILE, Rendering.Genre.REPLY_COMPILATION, 28);
        assertPdfGivesTheFacts(SgReport.FILE, Rendering.Genre.REPLY_COMPILATION, 120);
    }

    @Test
    void theBuildRecordsThePdfsChecksumAndThePageOfEachPlace() throws IOException, NoSuchAlgorithmException {
        Path corpus = workspace.resolve("corpus");
        PathUtils.copyDirectory(Path.of("corpus"), corpus);
        String name = "un-sg-report-ict-international-security-2022.zh-Hans";
        Rendering plain = Rendering.of(Files.readString(corpus.resolve(name + ".txt"), StandardCharsets.UTF_8),
                Rendering.Genre.REPLY_COMPILATION, new Rendering.Options(120, false, false, false, false));
        Path pdf = corpus.resolve(name + ".pdf");
        typeset(plain, pdf);
        Path manifest = corpus.resolve("manifest.ttl");
        Files.writeString(manifest, Files.readString(manifest).replace(name + ".txt", name + ".pdf"));
        Files.delete(corpus.resolve(name + ".txt"));

        Dataset graph = GraphBuild.fromCorpus(corpus, message -> { });
        String documentIri = Iris.ID + "document/" + SgReport.DOCUMENT_ID;
        Model described = graph.getNamedModel(Iris.CORPUS_GRAPH);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertEquals(sha256, described.getResource(documentIri).getProperty(NG.sha256).getString());
        Model facts = graph.getNamedModel(Iris.extractedGraph(SgReport.DOCUMENT_ID));
        List<Resource> placed = facts.listSubjectsWithProperty(NG.evidenceStartLine).toList();
        assertTrue(placed.size() > 100, "places: " + placed.size());
        for (Resource place : placed) {
            assertTrue(place.hasProperty(NG.page), place + " has no page");
        }
        PdfTextReader.PdfText read = PdfTextReader.read(pdf, "sg");
        Resource singapore = facts.getResource(Iris.ID + "statement/" + SgReport.DOCUMENT_ID + "/reply-SGP");
        int line = singapore.getProperty(NG.evidenceStartLine).getInt();
        assertEquals(read.page(line), singapore.getProperty(NG.page).getInt());
        assertTrue(read.page(line) > 1);
        assertTrue(new File(pdf.toString()).length() > 0);
    }
}
