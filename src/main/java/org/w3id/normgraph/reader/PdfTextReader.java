package org.w3id.normgraph.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3id.normgraph.document.SourceText;

/**
 * Reads a PDF into the same {@link SourceText} as a text extracted from it: one line of text for each line of
 * glyphs, with its leading spaces, and an empty line for each empty line slot, so that the segmenters read it as
 * they read the converters' texts. Each line keeps the page it stands on.
 *
 * <pre>{@code
 * PdfTextReader.PdfText pdf = PdfTextReader.read(Path.of("corpus/report.pdf"), "report");
 * int page = pdf.page(lineNumber);
 * }</pre>
 */
public final class PdfTextReader {

    /** Glyphs whose baselines differ by less than this share of their size stand on one line. */
    private static final double SAME_LINE = 0.3;

    /**
     * A PDF read as text.
     *
     * @param pageOfLine for each line (index = 1-based line number), the 1-based page it stands on
     */
    public record PdfText(SourceText text, int[] pageOfLine) {

        public int page(int line) {
            return pageOfLine[Math.min(Math.max(line, 1), pageOfLine.length - 1)];
        }
    }

    private record Glyph(String text, float x, float y, float size) {
    }

    private PdfTextReader() {
    }

    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    public static PdfText read(Path file, String documentId) {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file, "file not found");
        }
        List<List<Glyph>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
                                text.getFontSizeInPt()));
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                pages.add(glyphs);
            }
        } catch (IOException e) {
            throw new CorpusException(file, 1, "expected a PDF document, found a file that PDFBox cannot open as one ("
                    + "damaged, encrypted or not a PDF)");
        }
        List<List<List<Glyph>>> lines = pages.stream().map(PdfTextReader::lines).toList();
        double pitch = pitch(lines);
        double top = lines.stream().filter(l -> !l.isEmpty()).mapToDouble(l -> l.get(0).get(0).y()).min()
                .orElseThrow(() -> new CorpusException(file, 1, "expected a PDF with text, found pages without"
                        + " any (a scanned document needs text recognition first)"));
        StringBuilder text = new StringBuilder();
        List<Integer> pageOfLine = new ArrayList<>();
        pageOfLine.add(0);
        for (int p = 0; p < lines.size(); p++) {
            double previous = top - pitch;
            for (List<Glyph> line : lines.get(p)) {
                long empty = Math.round((line.get(0).y() - previous) / pitch) - 1;
                for (long k = 0; k < empty; k++) {
                    text.append('\n');
                    pageOfLine.add(p + 1);
                }
                line.forEach(g -> text.append(g.text()));
                text.append('\n');
                pageOfLine.add(p + 1);
                previous = line.get(0).y();
            }
        }
        return new PdfText(SourceText.of(documentId, PlainTextReader.normalise(text.toString())),
                pageOfLine.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The page's glyphs as lines, top to bottom, each left to right. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - glyph.y()) < SAME_LINE * glyph.size()) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** The distance between two lines that follow each other: the smallest one between lines of glyphs. */
    private static double pitch(List<List<List<Glyph>>> pages) {
        double pitch = Double.MAX_VALUE;
        for (List<List<Glyph>> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                double gap = page.get(i).get(0).y() - page.get(i - 1).get(0).y();
                if (gap > 0) {
                    pitch = Math.min(pitch, gap);
                }
            }
        }
        return pitch == Double.MAX_VALUE ? 1 : pitch;
    }
}
