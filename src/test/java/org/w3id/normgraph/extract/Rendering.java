package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.segment.Footnote;
import org.w3id.normgraph.segment.LineMeasure;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;

/**
 * Another rendering of a corpus text, as another PDF-to-text converter, page size or editor could give it: the same
 * words and the same page structure (running text, footnotes at the foot of each page, the page's links), with
 * paragraphs and footnotes broken anew at another width (between words, or anywhere, also inside numbers and links),
 * or one line per paragraph; pages that break elsewhere inside a paragraph, so that footnote blocks stand at other
 * places; page numbers and a running head at each break; full-width digits and ideographic spaces; CRLF and a
 * byte-order mark. Each character of the rendering knows the offset it came from in the original, so that a fact's
 * line can be mapped back.
 */
final class Rendering {

    enum Genre {
        /** The ICANN report's layout: footnotes numbered at the line start, a page starts with one space. */
        PROCESS_REPORT,
        /** The Secretary-General's compilation of replies: indented paragraphs, footnotes under a ____ rule. */
        REPLY_COMPILATION
    }

    /**
     * @param width       columns a line may fill (a Chinese character takes two); 0 for one line per paragraph
     * @param anywhere    break at the margin wherever it falls, inside numbers, words and links; else between words
     * @param fullWidth   digits as full-width forms (２０２２) and spaces beside Chinese text as ideographic spaces
     * @param runningHead a page number and a running head at each page break
     * @param crlf        CRLF line ends and a byte-order mark
     */
    record Options(int width, boolean anywhere, boolean fullWidth, boolean runningHead, boolean crlf, Blanks blanks) {

        Options(int width, boolean anywhere, boolean fullWidth, boolean runningHead, boolean crlf) {
            this(width, anywhere, fullWidth, runningHead, crlf, Blanks.KEPT);
        }

        static Options random(long seed) {
            Random random = new Random(seed);
            int width = random.nextInt(10) == 0 ? 0 : 20 + random.nextInt(181);
            Options drawn = new Options(width, random.nextBoolean(), random.nextInt(4) == 0, random.nextInt(3) == 0,
                    random.nextInt(4) == 0);
            // drawn after the others, so that each seed keeps the widths and breaks it drew before; two in three
            // renderings have no blank lines, as most converters give a text
            return drawn.with(random.nextInt(3) == 0 ? Blanks.KEPT : Blanks.NONE);
        }

        Options with(Blanks other) {
            return new Options(width, anywhere, fullWidth, runningHead, crlf, other);
        }

        @Override
        public String toString() {
            return (width == 0 ? "one line per paragraph" : width + " columns, breaking " + (anywhere ? "anywhere"
                    : "between words")) + (fullWidth ? ", full-width digits" : "")
                    + (runningHead ? ", running heads" : "") + (crlf ? ", CRLF and BOM" : "") + blanks.said;
        }
    }

    /** The blank lines of the Chinese extraction (one after every line), or none, as most converters give a text. */
    enum Blanks {
        KEPT(""),
        /** No blank line between lines nor between paragraphs; a paragraph's first line keeps its indent. */
        NONE(", no blank lines"),
        /** No blank lines, and no line keeps its indent (a paragraph starts at the margin, as a browser copies it). */
        NONE_UNINDENTED(", no blank lines nor indents");

        final String said;

        Blanks(String said) {
            this.said = said;
        }
    }

    private static final Pattern URL_LINE = Pattern.compile("^\\s*https?://\\S*\\s*$");
    private static final Pattern SG_LINK = Pattern.compile("^\\s*https?://\\S+\\s*$");
    private static final Pattern SG_SENTENCE_PUNCTUATION = Pattern.compile("[。，；：！？]");
    private static final Pattern SG_RULE = Pattern.compile("^\\s*_{5,}\\s*$");
    private static final Pattern SG_BRACKET = Pattern.compile("^\\s*[\\[【].*[\\]】]\\s*$");
    private static final Pattern SG_OWN_BLOCK_START =
            Pattern.compile("^\\s*(?:[•·●▪]|[(（][a-z]{1,2}[)）]|\\d{1,3}[.．]\\s|[一二三四五六七八九十]{1,2}\\s*[.．、])");
    /** A list label at the margin inside a paragraph (the original's 1133: …以：(a) 保护… / (b) 保障…) goes on. */
    private static final Pattern SG_LETTERED = Pattern.compile("^[(（][a-z]{1,2}[)）]");
    static final String RUNNING_HEAD = "联合国网络议事程序 · 转换稿";

    final String text;
    /** For each character of {@link #text}, the offset in the original it renders, or -1 for one it adds. */
    final int[] origin;
    final Options options;
    /** Where the pages after the first begin, as offsets of lines in the text before running heads were added. */
    final List<Integer> pageStarts;

    private Rendering(String text, int[] origin, Options options, List<Integer> pageStarts) {
        this.text = text;
        this.origin = origin;
        this.options = options;
        this.pageStarts = List.copyOf(pageStarts);
    }

    /** The rendering read as a file: byte-order mark dropped, CRLF made LF, as {@code PlainTextReader} does. */
    String fileText() {
        return text;
    }

    /** The original offset behind a rendered offset of the text that the reader sees (no BOM, LF only). */
    int originalOffset(int readOffset) {
        return origin[Math.min(readOffset, origin.length - 1)];
    }

    /** Renders {@code original} (LF line ends, no BOM). */
    static Rendering of(String original, Genre genre, Options options) {
        Builder out = new Builder(options);
        SourceText source = SourceText.of("original", original);
        if (genre == Genre.PROCESS_REPORT) {
            processReport(source, out);
        } else {
            replyCompilation(source, out);
        }
        return out.finish();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The ICANN layout

    private static void processReport(SourceText source, Builder out) {
        PageLayout layout = PageLayout.analyse(source);
        ReadingText reading = ReadingText.of(layout);
        boolean[] paragraphStart = new boolean[source.lineCount() + 2];
        for (int i = 0; i < reading.text().length(); i++) {
            if (reading.startsLine(i)) {
                paragraphStart[reading.sourceLine(i)] = true;
            }
        }
        int[] footnotePartEnd = new int[source.lineCount() + 2];
        boolean[] footnoteFirstLine = new boolean[source.lineCount() + 2];
        for (Footnote footnote : layout.footnotes()) {
            boolean first = true;
            for (var part : footnote.parts()) {
                int firstLine = source.lineOf(part.start());
                footnotePartEnd[firstLine] = source.lineOf(Math.max(part.start(), part.end() - 1));
                footnoteFirstLine[firstLine] = first;
                first = false;
            }
        }
        RenderedParagraph open = null;
        List<int[]> pending = new ArrayList<>();
        int n = 1;
        while (n <= source.lineCount()) {
            String line = source.line(n);
            boolean running = !line.isBlank() && !layout.isDebris(n);
            if (!running) {
                int end = footnotePartEnd[n] > 0 ? footnotePartEnd[n] : n;
                pending.add(new int[] {n, end, footnotePartEnd[n] > 0 ? 1 : 0, footnoteFirstLine[n] ? 1 : 0});
                n = end + 1;
                continue;
            }
            if (open != null && !paragraphStart[n]) {
                if (pending.stream().anyMatch(p -> !source.line(p[0]).isEmpty() || p[2] == 1)) {
                    open.pageBreak(List.copyOf(pending));
                }
                pending.clear();
                open.add(n);
            } else {
                if (open != null) {
                    out.paragraph(open);
                }
                out.region(source, pending, false);
                pending.clear();
                open = new RenderedParagraph(source, n, "\n\n", false);
            }
            n++;
        }
        if (open != null) {
            out.paragraph(open);
        }
        out.region(source, pending, false);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The layout of a compilation of replies

    private static void replyCompilation(SourceText source, Builder out) {
        RenderedParagraph open = null;
        List<int[]> pending = new ArrayList<>();
        boolean inFootnotes = false;
        boolean openIsFootnote = false;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            boolean pageStart = !line.isBlank() && n > 1 && !source.line(n - 1).isBlank();
            if (line.isBlank() || SG_LINK.matcher(line).matches()) {
                pending.add(new int[] {n, n, 0, 0});
                continue;
            }
            if (pageStart) {
                inFootnotes = false;
            }
            if (SG_RULE.matcher(line).matches()) {
                inFootnotes = true;
                pending.add(new int[] {n, n, 0, 0});
                continue;
            }
            int indent = indent(line) - (pageStart ? 1 : 0);
            // at the margin under a heading: the heading's own next line where it has no sentence punctuation (the
            // original's 594), else a paragraph that the original prints without its indent (its 289)
            boolean continuation = open != null && indent == 0
                    && (!open.heading || !SG_SENTENCE_PUNCTUATION.matcher(line).find())
                    && !SG_BRACKET.matcher(line).matches()
                    && !(SG_OWN_BLOCK_START.matcher(line).lookingAt() && (pageStart || !SG_LETTERED.matcher(line).lookingAt()))
                    && openIsFootnote == inFootnotes
                    && !(inFootnotes && Character.isDigit(line.strip().charAt(0)) && indent(line) > 0);
            if (continuation && pending.stream().allMatch(p -> source.line(p[0]).isEmpty())) {
                pending.clear();
                open.add(n);
                continue;
            }
            if (open != null) {
                out.paragraph(open);
            }
            out.region(source, pending, true);
            pending.clear();
            if (SG_BRACKET.matcher(line).matches()) {
                open = null;
                pending.add(new int[] {n, n, 0, 0});
                continue;
            }
            open = new RenderedParagraph(source, n, "\n\n", true);
            if (out.options.blanks != Blanks.KEPT) {
                // the page's first line one space further in belongs to the extraction with blank lines alone
                open.prefix = " ".repeat(Math.max(indent, 0));
            }
            open.heading = indent >= 2;
            openIsFootnote = inFootnotes;
        }
        if (open != null) {
            out.paragraph(open);
        }
        out.region(source, pending, true);
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Writes the rendering and remembers where each character came from. */
    private static final class Builder {
        final Options options;
        final StringBuilder text = new StringBuilder();
        final List<Integer> origin = new ArrayList<>();
        final List<Integer> pageStarts = new ArrayList<>();
        boolean pageStartNext;

        Builder(Options options) {
            this.options = options;
        }

        void append(char c, int from) {
            text.append(c);
            origin.add(from);
        }

        void append(String s, int from) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), from);
            }
        }

        /** Lines that the renderer copies (blank lines, links, footnotes, page starts), footnotes re-broken. */
        void region(SourceText source, List<int[]> lines, boolean replyLayout) {
            for (int[] range : lines) {
                if (range[2] == 1) {
                    footnote(source, range[0], range[1]);
                    pageStartNext = !replyLayout;
                    continue;
                }
                for (int n = range[0]; n <= range[1]; n++) {
                    String line = source.line(n);
                    if (!replyLayout && URL_LINE.matcher(line).matches()) {
                        pageStartNext = true;
                    }
                    if (options.blanks != Blanks.KEPT && line.isBlank()) {
                        continue;
                    }
                    int start = source.lineStart(n);
                    int from = options.blanks == Blanks.NONE_UNINDENTED ? indent(line) : 0;
                    for (int i = from; i < line.length(); i++) {
                        append(line.charAt(i), start + i);
                    }
                    append('\n', start + line.length());
                }
            }
        }

        /** A footnote (or the part of one that goes on at the next page's foot), broken anew at the width. */
        private void footnote(SourceText source, int first, int last) {
            RenderedParagraph words = new RenderedParagraph(source, first, "\n", false);
            for (int n = first + 1; n <= last; n++) {
                String line = source.line(n);
                if (!line.isBlank()) {
                    boolean insideLink = Pattern.compile("https?://\\S*$").matcher(words.words).find()
                            && !LineWrap.wide(line.strip().charAt(0));
                    if (insideLink) {
                        int length = words.words.length();
                        words.add(n);
                        if (words.words.length() > length && words.words.charAt(length) == ' ') {
                            words.words.deleteCharAt(length);
                            words.origins.remove(length);
                        }
                    } else {
                        words.add(n);
                    }
                }
            }
            pageStartNext = false;
            writeLines(words, "", "\n");
        }

        void paragraph(RenderedParagraph paragraph) {
            writeLines(paragraph, options.blanks == Blanks.NONE_UNINDENTED ? "" : paragraph.prefix,
                    options.blanks == Blanks.KEPT ? paragraph.separator : "\n");
        }

        private void writeLines(RenderedParagraph paragraph, String prefix, String separator) {
            List<int[]> lines = LineWrap.wrap(paragraph.words, options.width == 0 ? Integer.MAX_VALUE : options.width,
                    options.anywhere, LineMeasure.width(prefix));
            int nextBreak = 0;
            for (int l = 0; l < lines.size(); l++) {
                int[] line = lines.get(l);
                String lead = l == 0 ? prefix : "";
                if (pageStartNext) {
                    lead = options.blanks == Blanks.NONE_UNINDENTED ? lead : " " + lead;
                    pageStartNext = false;
                    pageStarts.add(text.length());
                }
                append(lead, -1);
                for (int i = line[0]; i < line[1]; i++) {
                    append(paragraph.words.charAt(i), paragraph.origins.get(i));
                }
                boolean last = l == lines.size() - 1;
                int end = line[1] > 0 ? paragraph.origins.get(line[1] - 1) + 1 : -1;
                boolean breakHere = false;
                while (nextBreak < paragraph.breakAnchors.size()
                        && (paragraph.breakAnchors.get(nextBreak) <= line[1] || last)) {
                    breakHere = true;
                    append('\n', end);
                    region(paragraph.source, paragraph.breaks.get(nextBreak), false);
                    pageStartNext = true;
                    nextBreak++;
                }
                if (!breakHere) {
                    append(last ? "\n" : separator, end);
                }
            }
        }

        Rendering finish() {
            String body = text.toString();
            int[] origins = origin.stream().mapToInt(Integer::intValue).toArray();
            if (pageStarts.isEmpty()) {
                String previous = "";
                int offset = 0;
                for (String line : body.split("\n", -1)) {
                    if (!line.isBlank() && !SG_LINK.matcher(line).matches() && SG_LINK.matcher(previous).matches()) {
                        pageStarts.add(offset);
                    }
                    previous = line;
                    offset += line.length() + 1;
                }
            }
            if (options.runningHead) {
                PageFurniture.Rendered withHeads = PageFurniture.withRunningHeads(body, origins, pageStarts);
                body = withHeads.text();
                origins = withHeads.origins();
            }
            if (options.fullWidth) {
                body = PageFurniture.fullWidth(body);
            }
            String file = body;
            if (options.crlf) {
                StringBuilder crlf = new StringBuilder("\uFEFF");
                for (int i = 0; i < body.length(); i++) {
                    if (body.charAt(i) == '\n') {
                        crlf.append('\r');
                    }
                    crlf.append(body.charAt(i));
                }
                file = crlf.toString();
            }
            List<Integer> lineStarts = pageStarts.stream().map(start -> text.lastIndexOf("\n", start - 1) + 1).toList();
            return new Rendering(file, origins, options, lineStarts);
        }
    }
}
