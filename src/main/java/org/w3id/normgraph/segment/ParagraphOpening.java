package org.w3id.normgraph.segment;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paragraph begins that the layout does not show. A converter that writes no blank lines (and no indents)
 * leaves nothing between two paragraphs where the first one's last line happens to fill the measure, nor around a
 * heading that follows a paragraph: then the line is told by what ends the line before and how it opens itself.
 */
final class ParagraphOpening {

    /**
     * A line that ends a sentence, perhaps with a footnote's marker; a closing bracket alone ends none (…吉尔
     * (Amandeep Singh Gill) | 表示：“).
     */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。”！？!?](?:\\s*\\d{1,3})*\\s*$");

    /**
     * What opens a paragraph and never goes on a sentence that the line before ended: a date to the month (2022 年
     * 7 月 25 日，…; a note's sentence may open with a year alone, 2022 年，…), a short label before a colon
     * (背景信息：…), a speaker's turn (加拿大：“…), a quoted article (“第 36 条：…).
     */
    private static final Pattern OPENS_PARAGRAPH =
            Pattern.compile("^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月|[^\\s\\d，。、；：:“”‘’（(《]{1,6}\\s*[：:]"
                    + "|[^\\s\\d，。、；：:“”‘’（(《]{1,12}\\s*[：:]\\s*“|“?第\\s*\\d+\\s*条)");

    /**
     * What opens a paragraph under a heading and never goes on the words before it: a date to the day with a comma
     * (2023 年 9 月 21 日，…), a note's label (背景信息：, 备注：). A name or label before a colon may end a broken name
     * (…委内瑞拉和埃 | 及…：) or a speaker's words (…中满泉(Izumi | Nakamitsu)表示：“).
     */
    private static final Pattern OPENS_PARAGRAPH_AFTER_HEADING =
            Pattern.compile("^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[，,]|(?:背景信息|备注)\\s*[：:])");

    private ParagraphOpening() {
    }

    /**
     * Whether {@code line} begins a paragraph or a heading after {@code previousLine}, whatever their widths say:
     * the previous line ended a sentence (or a heading, with a footnote's marker) and this one opens a paragraph, or,
     * outside a quotation, the previous line opened a paragraph with words that may be a whole heading and this one
     * opens a paragraph as only a paragraph does, or it stands alone after a sentence's end.
     */
    static boolean after(String previousLine, boolean previousOpenedParagraph, String line,
            Set<Integer> footnoteNumbers, int openQuotations, LineMeasure measure) {
        boolean sentenceEnded = ENDS_SENTENCE.matcher(previousLine).find();
        return (sentenceEnded || ReadingText.endsWithFootnoteMarker(previousLine, footnoteNumbers))
                        && OPENS_PARAGRAPH.matcher(line).lookingAt()
                || openQuotations == 0 && previousOpenedParagraph && mayBeWholeHeading(previousLine)
                        && OPENS_PARAGRAPH_AFTER_HEADING.matcher(line).lookingAt()
                || openQuotations == 0 && sentenceEnded && standsAlone(line, measure);
    }

    /**
     * Whether a paragraph's first line may be a whole heading (未来峰会的部长级筹备会议 - 联合国大会，第 78 届会议, before
     * 2023 年 9 月 21 日，…): it holds no sentence's or clause's end nor quotation, and its last word leads into no
     * date or name on the next line (…会议在 | 2023 年 9 月 21 日，…).
     */
    private static boolean mayBeWholeHeading(String line) {
        String kept = line.strip();
        return !kept.isEmpty() && !NOT_IN_HEADING.matcher(kept).find() && !GOES_ON_AFTER.matcher(kept).find()
                && LEADS_ON.indexOf(kept.charAt(kept.length() - 1)) < 0;
    }

    private static final Pattern NOT_IN_HEADING = Pattern.compile("[。！？!?；;：:“”‘’]");
    /** Last characters that lead into what follows: prepositions, conjunctions, 的. */
    private static final String LEADS_ON = "在于至到自从即和与及的对向将把被由为是以";

    /**
     * Whether {@code previousLine}, which opened a paragraph, is a heading that ends with a footnote's marker (AHC 的第四次
     * 会议99和第五次会议100) or a bracketed addition (公约文本草案（截至 2023 年 9 月 2 日的版本）): short of the margin,
     * with no punctuation outside the brackets. Where a sentence's first line stops short of the margin, its words
     * end there; a heading's next line is another paragraph, although the heading's width may leave no room for the
     * next line's first word.
     */
    static boolean afterHeadingWithAddition(String previousLine, boolean previousOpenedParagraph,
            Set<Integer> footnoteNumbers, LineMeasure measure) {
        if (!previousOpenedParagraph || measure.reachesMargin(previousLine)) {
            return false;
        }
        String kept = previousLine.strip();
        return !PUNCTUATION.matcher(kept).find() && ReadingText.endsWithFootnoteMarker(kept, footnoteNumbers)
                || titleWithBracketedAddition(kept);
    }

    /** Whether a line is words without punctuation and a bracketed addition at their end (…草案（截至 … 的版本）). */
    private static boolean titleWithBracketedAddition(String kept) {
        Matcher addition = BRACKETED_ADDITION_AT_END.matcher(kept);
        return addition.find() && addition.start() > 0
                && !PUNCTUATION.matcher(kept).region(0, addition.start()).find();
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[，、。；：:“”‘’！？!?,;（()）《》]");
    private static final Pattern BRACKETED_ADDITION_AT_END = Pattern.compile("[（(][^（()）。，；：“”]+[）)]$");

    /**
     * Whether a line after one that ended a sentence is a line of its own, a heading (第四次实质性会议, 公约文本草案（截至
     * 2023 年 9 月 2 日的版本）) and not the last words of a paragraph: it does not fill the measure, and it ends as no
     * sentence does and as nothing goes on.
     */
    private static boolean standsAlone(String line, LineMeasure measure) {
        return !measure.reachesMargin(line)
                && (!ReadingText.ENDS_LIKE_PARAGRAPH.matcher(line).find() || titleWithBracketedAddition(line.strip()))
                && !GOES_ON_AFTER.matcher(line).find();
    }

    /** What a line ends with when its words go on: a comma, a colon, an opening quotation mark or bracket. */
    private static final Pattern GOES_ON_AFTER = Pattern.compile("[，、；：:,;“‘（(《\\[/-]\\s*$");
}
