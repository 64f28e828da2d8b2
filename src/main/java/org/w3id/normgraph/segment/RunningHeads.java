package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The page numbers and running heads that a converter printed at each page break: lines that are only a page number
 * (- 3 -, 第 3 页, 3/57, Page 3 of 57), in increasing order, and the lines that stand beside them with the same
 * words at half the breaks or more (a link that several pages end with is no running head). They belong to no
 * paragraph and no footnote.
 */
public final class RunningHeads {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:-\\s*(\\d{1,4})\\s*-|第\\s*(\\d{1,4})\\s*页"
            + "(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|(\\d{1,4})\\s*/\\s*\\d{1,4}|(?:Page|p\\.)\\s*(\\d{1,4})"
            + "(?:\\s+of\\s+\\d{1,4})?)\\s*$");
    private static final LineStarts PAGE_NUMBER_STARTS = new LineStarts(PAGE_NUMBER, true);
    private static final int LONGEST_HEAD = 60;
    private static final Pattern LINK = Pattern.compile("^https?://\\S+$");

    private RunningHeads() {
    }

    /** The lines of {@code source} that are page numbers or running heads. */
    public static BitSet find(SourceText source) {
        BitSet heads = new BitSet();
        List<Integer> numberLines = new ArrayList<>();
        int last = 0;
        Matcher m = PAGE_NUMBER.matcher("");
        // a line is cut out of the text only where it may be a page number by its beginning
        int[] lineStarts = source.lineStarts();
        for (int n = 1; n <= source.lineCount(); n++) {
            int end = n < lineStarts.length ? lineStarts[n] - 1 : source.text().length();
            if (PAGE_NUMBER_STARTS.mayMatch(source.text(), lineStarts[n - 1], end) && m.reset(source.line(n)).matches()) {
                int number = Integer.parseInt(firstGroup(m));
                if (number > last) {
                    numberLines.add(n);
                    last = number;
                }
            }
        }
        if (numberLines.size() < 2) {
            return heads;
        }
        numberLines.forEach(heads::set);
        Map<String, List<Integer>> besideNumbers = new HashMap<>();
        for (int n : numberLines) {
            for (int beside : new int[] {n - 1, n + 1}) {
                if (beside >= 1 && beside <= source.lineCount()) {
                    String words = source.line(beside).strip();
                    if (!words.isEmpty() && LineMeasure.width(words) <= LONGEST_HEAD) {
                        besideNumbers.computeIfAbsent(words, w -> new ArrayList<>()).add(beside);
                    }
                }
            }
        }
        int breaks = numberLines.size();
        besideNumbers.forEach((words, lines) -> {
            if (lines.size() * 2 >= breaks && lines.size() >= 2 && !LINK.matcher(words).matches()) {
                lines.forEach(heads::set);
            }
        });
        return heads;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException();
    }
}
