package org.w3id.normgraph.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where blocks begin in a text that came with neither indents nor blank lines between its paragraphs, as a browser,
 * {@code pdftotext} without {@code -layout} or a word processor's plain-text export gives it. What is left to read
 * by: a paragraph's lines run to the measure and its last line ends a sentence; a title is short and has no
 * sentence punctuation; the items of a list and numbered paragraphs go on from label to label (in the layouts of
 * spaced scripts, a numbered paragraph opens a block wherever it stands). Where none of these tells (a sentence that
 * ends at the margin, or at a page's end), the line is an uncertain break, which the build reports.
 */
final class UnindentedBlocks {

    /** A Chinese line that ends a sentence or a list item: what a page's last line ends with where a paragraph ends. */
    static final Pattern CHINESE_BLOCK_END = Pattern.compile("[。！？；：][”’）)》」]*\\s*$");
    /** The label of a list item ((a), （b）) or of a numbered paragraph (3. or 3．), in its group. */
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[(（]([a-z])[)）]|(\\d{1,3})[.．](?!\\d))");

    private final LineKinds kinds;
    private final LineMeasure measure;
    private final boolean[] pageStart;
    private final List<Integer> uncertainBreaks;
    private final int longestHeading;
    private final Matcher label = LABEL.matcher("");
    private final Matcher blockEnd;
    private final boolean numberedParagraphsOpen;

    /**
     * {@code blockEnd}: how a line that ends a sentence or list item ends, in the edition's language;
     * {@code numberedParagraphsOpen}: whether a numbered paragraph (3. …) opens a block wherever it stands, as in the
     * layouts of spaced scripts, where a line broken before a number is rare.
     */
    UnindentedBlocks(LineKinds kinds, LineMeasure measure, boolean[] pageStart, List<Integer> uncertainBreaks,
            int longestHeading, Pattern blockEnd, boolean numberedParagraphsOpen) {
        this.blockEnd = blockEnd.matcher("");
        this.numberedParagraphsOpen = numberedParagraphsOpen;
        this.kinds = kinds;
        this.measure = measure;
        this.pageStart = pageStart;
        this.uncertainBreaks = uncertainBreaks;
        this.longestHeading = longestHeading;
    }

    /**
     * Whether text line {@code n} begins a block of its own. It does after a heading or a bracketed line; after a
     * line that did not fill the measure; after a sentence's end, where it is a title or takes the label that
     * follows the block's own ((b) after (a), 4. after 3.); at a page's start, after a sentence's (or a list
     * item's) end: a converter that re-wraps a paragraph leaves the page's last line as short as its words before
     * the break.
     */
    boolean opensBlock(int n, ReplyBlock current) {
        if (current != null && current.kind == ReplyBlock.Kind.HEADING) {
            return !continuesHeading(n, current);
        }
        if (current == null || current.kind != ReplyBlock.Kind.PARAGRAPH
                || numberedParagraphsOpen && kinds.startsNumberedParagraph(n)) {
            return true;
        }
        String last = kinds.line(current.lines.get(current.lines.size() - 1)[0]);
        boolean sentenceEnded = blockEnd.reset(last).find();
        if (sentenceEnded && (heading(n) || labelFollows(current.firstLine(), n))) {
            return true;
        }
        if (sentenceEnded && readsAsTitle(n)) {
            // a title as long as the measure: the first line of a paragraph may as well have run to the margin
            uncertainBreaks.add(n);
        }
        boolean opens = pageStart[n] ? sentenceEnded : !measure.fullBefore(last, kinds.line(n));
        if (sentenceEnded && (pageStart[n] || !opens)) {
            uncertainBreaks.add(n);
        }
        return opens;
    }

    /**
     * Whether line {@code n} reads as a title: short, not broken at the margin before the next line's first word,
     * without sentence punctuation and not ending as text does.
     */
    boolean heading(int n) {
        String line = kinds.line(n);
        boolean brokenAtMargin = n < kinds.count() ? measure.fullBefore(line, kinds.line(n + 1))
                : measure.reachesMargin(line);
        return readsAsTitle(n) && !brokenAtMargin;
    }

    /** Whether line {@code n} reads as a title by its words: short, without sentence punctuation or a text's end. */
    private boolean readsAsTitle(int n) {
        return !kinds.endsLikeText(n) && kinds.line(n).strip().length() <= longestHeading
                && !kinds.hasSentencePunctuation(n);
    }

    /**
     * Whether line {@code n} goes on with the heading above it, which the layout broke at the margin (二. 从各国政府收到的
     * / 答复 at 20 columns): it has no sentence punctuation. Where it fills the measure too, it may as well be the
     * first line of a paragraph under a heading that happened to end at the margin: an uncertain break.
     */
    private boolean continuesHeading(int n, ReplyBlock heading) {
        String last = kinds.line(heading.lines.get(heading.lines.size() - 1)[0]);
        if (!measure.fullBefore(last, kinds.line(n)) || kinds.hasSentencePunctuation(n) || kinds.endsLikeText(n)) {
            return false;
        }
        if (!heading(n)) {
            uncertainBreaks.add(n);
        }
        return true;
    }

    /** Whether line {@code n} opens with the label that comes after the one that line {@code first} opens with. */
    private boolean labelFollows(int first, int n) {
        if (!label.reset(kinds.line(first)).lookingAt()) {
            return false;
        }
        String letter = label.group(1);
        String number = label.group(2);
        if (!label.reset(kinds.line(n)).lookingAt()) {
            return false;
        }
        return letter != null ? label.group(1) != null && label.group(1).charAt(0) == letter.charAt(0) + 1
                : label.group(2) != null && Integer.parseInt(label.group(2)) == Integer.parseInt(number) + 1;
    }
}
