package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The lines of a compilation of replies sorted into page debris (running heads, page numbers, link lines, footnotes)
 * and blocks of text: headings, paragraphs, and the bracketed language and date lines that open a reply. Where a
 * page starts, how wide full lines run and how a block continues depend on the edition's layout, which
 * {@link ReplyLanguage} describes; {@link ReplySegmenter} then assembles the blocks into sections and replies.
 */
final class ReplyLines {

    private static final Pattern BULLET = Pattern.compile("^\\s*[•·●▪]\\s*");
    /** A line that ends a sentence (。 or ！ or ？, perhaps inside closing quotes or brackets). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？][”’）)》」]*\\s*$");
    /**
     * A note that asterisks mark, not a number: the agenda item under a report's first page (* A/65/150.), a reissue
     * (* Reissued for technical reasons). It belongs to the document's print, not to a reply, and is passed over; it
     * has one line, and a line after it that opens neither another such note (** A/76/50.) nor a numbered footnote is
     * the running text of the next page.
     */
    private static final Pattern SYMBOL_NOTE = Pattern.compile("^\\s*\\*{1,3}\\s*\\S");
    private static final Pattern LIST_LABEL = Pattern.compile("^\\s*[(（][a-z]{1,2}[)）]");
    /** Longest heading that the layout may break over lines (the longest in the 2022 report has 64 characters). */
    private static final int LONGEST_HEADING = 80;

    private final SourceText source;
    private final LineKinds kinds;
    /** One matcher each for every line, rather than one per line. */
    private static final LineStarts BULLET_STARTS = new LineStarts(BULLET, false);
    private static final LineStarts LIST_LABEL_STARTS = new LineStarts(LIST_LABEL, false);
    private final Matcher bullet = BULLET.matcher("");
    private final Matcher listLabel = LIST_LABEL.matcher("");
    private final ReplyLanguage words;
    private final ReplyPages pages;
    /**
     * Where blocks begin, in a text of a layout that indents its paragraphs (the Chinese one) that came with no
     * indents and no blank lines, as a browser copies it; null in any other text.
     */
    private UnindentedBlocks unindented;
    private final boolean[] pageStart;
    final List<Integer> pageStarts = new ArrayList<>();
    final List<Integer> linkLines = new ArrayList<>();
    final TreeMap<Integer, Passage.Builder> footnoteBuilders = new TreeMap<>();
    final TreeMap<Integer, Integer> footnoteLines = new TreeMap<>();
    final List<ReplyBlock> blocks = new ArrayList<>();
    /**
     * The lines of an unindented text where nothing tells whether a paragraph or heading begins: after a line that
     * ends a sentence and fills the measure or the page, and a heading-like line under a heading.
     */
    final List<Integer> uncertainBreaks = new ArrayList<>();
    /**
     * The indent of the text's least indented line, in the layouts that set paragraphs apart: a converter that keeps
     * the page's layout (pdftotext -layout) puts the page's margin before every line, and a paragraph's first line,
     * a heading or a right-aligned line stands out from it.
     */
    private int leftMargin = Integer.MAX_VALUE;
    /** How wide the layout's full lines of text and of footnotes are: a word broken at that margin joins unspaced. */
    private LineMeasure textMeasure = LineMeasure.UNWRAPPED;
    private LineMeasure footnoteMeasure = LineMeasure.UNWRAPPED;

    ReplyLines(SourceText source, ReplyLanguage words) {
        this.source = source;
        this.kinds = new LineKinds(source, words);
        this.words = words;
        this.pages = new ReplyPages(source, kinds, words);
        this.pageStart = new boolean[source.lineCount() + 2];
        TextLines text = new TextLines(kinds, pages);
        // a layout of spaced scripts that set paragraphs apart by blank lines, in a text that has hardly any
        boolean spacedUnseparated = !words.everyLineFollowedByBlank && text.hardlyAnyBlankLine();
        measureLines(words.everyLineFollowedByBlank || spacedUnseparated);
        if (words.everyLineFollowedByBlank && !pages.blankAfterEveryLine && text.hardlyAnyIndented()) {
            unindented = new UnindentedBlocks(kinds, textMeasure, pageStart, uncertainBreaks, LONGEST_HEADING,
                    words.blockEnd, false);
        } else if (spacedUnseparated && text.hardlyAnyIndented()
                && (textMeasure.wrapped() || text.mostEndBlocks(words.blockEnd, LONGEST_HEADING))) {
            // lines broken at a measure, or one line per paragraph: where lines break anywhere, nothing tells
            unindented = new UnindentedBlocks(kinds, textMeasure, pageStart, uncertainBreaks, LONGEST_HEADING,
                    words.blockEnd, true);
        }
        readLines();
        mergeHeadingContinuations();
        if (!words.everyLineFollowedByBlank || unindented != null) {
            retitleShortParagraphs();
        }
    }

    /**
     * The widths that full lines of text and of footnotes reach, from the lines themselves, where they are
     * {@code measured}: in the layout whose broken words join at the margin, and in a text whose paragraphs nothing
     * else sets apart (the others' lines are joined with a space wherever they break); and the left margin.
     */
    private void measureLines(boolean measured) {
        int[] text = measured ? new int[kinds.count()] : null;
        int textLines = 0;
        int[] footnotes = measured ? new int[kinds.count()] : null;
        int footnoteLines = 0;
        boolean inFootnotes = false;
        for (int n = 1; n <= kinds.count(); n++) {
            String line = kinds.line(n);
            if (kinds.blank(n) || pages.head(n) || kinds.link(n)) {
                continue;
            }
            if (n > 1 && pages.opensPage(n)) {
                inFootnotes = false;
            }
            if (kinds.footnoteRule(n)) {
                inFootnotes = true;
                continue;
            }
            if (inFootnotes) {
                if (measured) {
                    footnotes[footnoteLines++] = LineMeasure.strippedWidth(line, 0, line.length());
                }
            } else {
                if (measured) {
                    text[textLines++] = LineMeasure.strippedWidth(line, 0, line.length());
                }
                leftMargin = Math.min(leftMargin, indentOf(line));
            }
        }
        if (words.everyLineFollowedByBlank || leftMargin == Integer.MAX_VALUE) {
            leftMargin = 0;
        }
        if (measured) {
            textMeasure = LineMeasure.of(Arrays.copyOf(text, textLines));
            footnoteMeasure = LineMeasure.of(Arrays.copyOf(footnotes, footnoteLines));
        }
    }

    /** Sorts every line into page debris (links, footnotes) or text blocks. */
    private void readLines() {
        boolean inFootnotes = false;
        int lastFootnote = 0;
        int openFootnote = -1;
        String lastFootnoteLine = null;
        ReplyBlock current = null;
        for (int n = 1; n <= kinds.count(); n++) {
            String line = kinds.line(n);
            if (kinds.blank(n) || pages.head(n)) {
                continue;
            }
            if (kinds.link(n)) {
                linkLines.add(n);
                continue;
            }
            if (n == 1 || pages.opensPage(n)) {
                pageStart[n] = true;
                pageStarts.add(n);
                inFootnotes = false;
                openFootnote = -1;
            }
            if (kinds.footnoteRule(n)) {
                inFootnotes = true;
                lastFootnoteLine = null;
                continue;
            }
            if (inFootnotes && (endsFootnotesUnmarked(line, lastFootnote, lastFootnoteLine)
                    || openFootnote == 0 && !opensFootnote(line, lastFootnote)
                            && !SYMBOL_NOTE.matcher(line).lookingAt())) {
                pageStart[n] = true;
                pageStarts.add(n);
                inFootnotes = false;
                openFootnote = -1;
            }
            if (inFootnotes) {
                Matcher m = words.footnoteStart.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) == lastFootnote + 1) {
                    openFootnote = ++lastFootnote;
                    footnoteBuilders.put(openFootnote,
                            Passage.builder(source, joining(footnoteMeasure)).addLine(n, m.end()));
                    footnoteLines.put(openFootnote, n);
                    lastFootnoteLine = line;
                } else if (SYMBOL_NOTE.matcher(line).lookingAt()) {
                    openFootnote = 0;
                    lastFootnoteLine = line;
                } else if (openFootnote > 0) {
                    footnoteBuilders.get(openFootnote).addLine(n);
                    lastFootnoteLine = line;
                } else {
                    throw new LayoutException(n, "expected footnote " + (lastFootnote + 1) + " (its number, then its"
                            + " text) after the ______ line that opens the footnotes of the page");
                }
                continue;
            }
            current = textLine(n, current);
        }
        if (pageStarts.isEmpty()) {
            pageStarts.add(1);
        }
    }

    /**
     * Whether a line under the footnotes is the next page's running text although nothing shows the page break: in
     * the Chinese layout without its blank lines, a footnote goes on at the margin after a line that filled the
     * measure, so a line that opens no next footnote and is indented, or follows a footnote line that ended short,
     * is a paragraph or heading of the next page, or the rest of a sentence that the page break cut.
     */
    private boolean endsFootnotesUnmarked(String line, int lastFootnote, String lastFootnoteLine) {
        if (pages.blankAfterEveryLine || !words.everyLineFollowedByBlank || lastFootnoteLine == null) {
            return false;
        }
        if (opensFootnote(line, lastFootnote)) {
            return false;
        }
        return Character.isWhitespace(line.charAt(0)) || !footnoteMeasure.fullBefore(lastFootnoteLine, line)
                || SENTENCE_END.matcher(lastFootnoteLine).find();
    }

    private boolean opensFootnote(String line, int lastFootnote) {
        Matcher m = words.footnoteStart.matcher(line);
        return m.find() && Integer.parseInt(m.group(1)) == lastFootnote + 1;
    }

    /** Adds a text line to the current block or opens a new one; returns the block that holds it. */
    private ReplyBlock textLine(int n, ReplyBlock current) {
        String line = kinds.line(n);
        int effectiveIndent = indentOf(line) - leftMargin
                - (pageStart[n] && n > 1 && pages.blankAfterEveryLine ? 1 : 0);
        boolean apart = !words.everyLineFollowedByBlank && pages.lineBefore(n) != ReplyPages.LineBefore.TEXT
                && pages.lineBefore(n) != ReplyPages.LineBefore.PAGE_DEBRIS;
        ReplyBlock block;
        if (opensReply(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.HEADING, n, 0);
        } else if (kinds.languageLine(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.LANGUAGE, n, 0);
        } else if (kinds.dateLine(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.DATE, n, 0);
        } else if (kinds.numberedHeading(n) && !kinds.endsLikeText(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.HEADING, n, 0);
            block.numbered = true;
        } else if (!words.everyLineFollowedByBlank
                && (kinds.letteredHeading(n)
                        || apart && pages.blankAfter(n) && line.strip().length() <= LONGEST_HEADING
                                && startsLikeTitle(line.strip().charAt(0)))
                && !kinds.endsLikeText(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.HEADING, n, 0);
        } else if (BULLET_STARTS.mayMatch(line) && bullet.reset(line).lookingAt()) {
            block = new ReplyBlock(ReplyBlock.Kind.PARAGRAPH, n, bullet.end());
            block.listItem = true;
        } else if (unindented != null) {
            if (!unindented.opensBlock(n, current)) {
                current.lines.add(new int[] {n, 0});
                return current;
            }
            boolean heading = unindented.heading(n);
            if (heading && current != null && current.kind == ReplyBlock.Kind.HEADING) {
                uncertainBreaks.add(n);
            }
            block = new ReplyBlock(heading ? ReplyBlock.Kind.HEADING : ReplyBlock.Kind.PARAGRAPH, n, 0);
            block.listItem = !heading && listLabel.reset(line).lookingAt();
        } else if (words.everyLineFollowedByBlank && effectiveIndent >= 2 && !kinds.endsLikeText(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.HEADING, n, 0);
        } else if (effectiveIndent >= 1 || apart || current == null || current.kind == ReplyBlock.Kind.LANGUAGE
                || current.kind == ReplyBlock.Kind.DATE || kinds.startsNumberedParagraph(n)) {
            block = new ReplyBlock(ReplyBlock.Kind.PARAGRAPH, n, 0);
            block.listItem = LIST_LABEL_STARTS.mayMatch(line) && listLabel.reset(line).lookingAt();
        } else if (current.kind == ReplyBlock.Kind.HEADING) {
            block = new ReplyBlock(ReplyBlock.Kind.PARAGRAPH, n, 0);
            block.afterHeading = true;
        } else {
            current.lines.add(new int[] {n, 0});
            return current;
        }
        blocks.add(block);
        return block;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return indent;
    }

    /**
     * Whether a line that stands apart may be a title by its first letter: a capital, or a letter of a script that
     * has no capitals (Arabic), where only the line's shortness and its lack of sentence punctuation tell.
     */
    private static boolean startsLikeTitle(char first) {
        return Character.isUpperCase(first) || Character.getType(first) == Character.OTHER_LETTER;
    }

    /**
     * A short line right above a [原件：…] or a date line names the actor whose reply they open, whatever its indent:
     * editions print the name indented, at the margin, or numbered (1. 约旦).
     */
    private boolean opensReply(int n) {
        if (kinds.languageLine(n) || kinds.dateLine(n)) {
            return false;
        }
        int next = n + 1;
        while (next <= kinds.count() && kinds.blank(next)) {
            next++;
        }
        // the line after is asked first: it is rarely a language or date line, and is asked of anyway
        return next <= kinds.count() && (kinds.languageLine(next) || kinds.dateLine(next))
                && kinds.line(n).strip().length() <= words.longestActorName && !kinds.hasSentencePunctuation(n);
    }

    /**
     * Column-0 lines under a heading are the heading's own continuation if, taken together, they read like a title
     * (short, with no sentence punctuation); otherwise they are the first paragraph, printed without its indent.
     */
    private boolean continuesHeading(ReplyBlock block) {
        if (!block.afterHeading || block.lettersAtLeast(kinds, LONGEST_HEADING + 1)) {
            return false;
        }
        String text = passage(block).text();
        return text.length() <= LONGEST_HEADING && !words.sentencePunctuation.matcher(text).find();
    }

    Passage passage(ReplyBlock block) {
        if (block.passage == null) {
            // room for the block's lines, and a space between two: no more is needed, nor made over again
            int capacity = 0;
            for (int[] l : block.lines) {
                capacity += kinds.line(l[0]).length() - l[1] + 1;
            }
            Passage.Builder builder = Passage.builder(source, joining(textMeasure), capacity);
            block.lines.forEach(l -> builder.addLine(l[0], l[1]));
            block.passage = builder.build();
        }
        return block.passage;
    }

    /**
     * Paragraphs that read as titles are headings: short, opening like a title, without sentence punctuation and not
     * ending as text does (General appreciation of the issues of information security). Where no blank line sets a
     * heading apart, nothing else tells it from a paragraph: a paragraph's sentences end with their punctuation.
     */
    private void retitleShortParagraphs() {
        for (int i = 0; i < blocks.size(); i++) {
            ReplyBlock block = blocks.get(i);
            if (block.kind != ReplyBlock.Kind.PARAGRAPH || block.listItem || block.afterHeading
                    || kinds.startsNumberedParagraph(block.firstLine())
                    || kinds.endsLikeText(block.lines.get(block.lines.size() - 1)[0])
                    || block.lettersAtLeast(kinds, LONGEST_HEADING + 1)) {
                continue;
            }
            String text = passage(block).text();
            if (!text.isEmpty() && text.length() <= LONGEST_HEADING && startsLikeTitle(text.charAt(0))
                    && !words.sentencePunctuation.matcher(text).find()) {
                ReplyBlock heading = new ReplyBlock(ReplyBlock.Kind.HEADING, block.firstLine(), block.lines.get(0)[1]);
                heading.lines.addAll(block.lines.subList(1, block.lines.size()));
                blocks.set(i, heading);
            }
        }
    }

    /**
     * The measure at whose margin a broken word joins unspaced: in the scripts that set words apart (every layout
     * but the Chinese one), a line break is a space between words wherever it falls, or no space after - or /.
     */
    private LineMeasure joining(LineMeasure measure) {
        return words.everyLineFollowedByBlank ? measure : LineMeasure.UNWRAPPED;
    }

    private void mergeHeadingContinuations() {
        for (int i = 1; i < blocks.size(); i++) {
            ReplyBlock block = blocks.get(i);
            if (blocks.get(i - 1).kind == ReplyBlock.Kind.HEADING && continuesHeading(block)) {
                blocks.get(i - 1).lines.addAll(block.lines);
                blocks.get(i - 1).passage = null;
                blocks.remove(i--);
            }
        }
    }
}
