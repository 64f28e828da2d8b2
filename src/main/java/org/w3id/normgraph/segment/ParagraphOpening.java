package org.w3id.normgraph.segment;

import java.util.Set;
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

    private ParagraphOpening() {
    }

    /**
     * Whether {@code line} begins a paragraph or a heading after {@code previousLine}, whatever their widths say:
     * the previous line ended a sentence (or a heading, with a footnote's marker) and this one opens a paragraph, or,
     * outside a quotation, it stands alone after a sentence's end.
     */
    static boolean after(String previousLine, String line, Set<Integer> footnoteNumbers, int openQuotations,
            LineMeasure measure) {
        boolean sentenceEnded = ENDS_SENTENCE.matcher(previousLine).find();
        return (sentenceEnded || ReadingText.endsWithFootnoteMarker(previousLine, footnoteNumbers))
                && OPENS_PARAGRAPH.matcher(line).lookingAt()
                || openQuotations == 0 && sentenceEnded && standsAlone(line, measure);
    }

    /**
     * Whether a line after one that ended a sentence is a line of its own, a heading (第四次实质性会议) and not the last
     * words of a paragraph: it does not fill the measure, and it ends as no sentence does and as nothing goes on.
     */
    private static boolean standsAlone(String line, LineMeasure measure) {
        return !measure.reachesMargin(line) && !ReadingText.ENDS_LIKE_PARAGRAPH.matcher(line).find()
                && !GOES_ON_AFTER.matcher(line).find();
    }

    /** What a line ends with when its words go on: a comma, a colon, an opening quotation mark or bracket. */
    private static final Pattern GOES_ON_AFTER = Pattern.compile("[，、；：:,;“‘（(《\\[/-]\\s*$");
}
