package org.w3id.normgraph.extract;

import java.util.regex.Pattern;

/**
 * The same compilation of replies in other layouts that a PDF extraction or an editor could give it: other line
 * breaks, CRLF line ends with a byte-order mark, and no spaces between Chinese characters and digits.
 */
public final class ReplyLayoutVariants {

    private static final Pattern SPACE_AFTER_HAN = Pattern.compile("(?<=\\p{IsHan}) +(?=\\d)");
    private static final Pattern SPACE_BEFORE_HAN = Pattern.compile("(?<=\\d) +(?=\\p{IsHan})");
    private static final Pattern NOT_WRAPPED = Pattern.compile("^\\s*(?:https?://|_{5,}|[\\[【]).*");
    private static final Pattern CONTINUATION = Pattern.compile("^[^\\s•\\[【_hH\\d].*");

    private ReplyLayoutVariants() {
    }

    public static String crlfWithByteOrderMark(String text) {
        return "\uFEFF" + text.replace("\n", "\r\n");
    }

    /** 2022年5月31日, 第76/19号决议: the spaces that UN typesetting puts around digits in Chinese text, gone. */
    public static String noSpacesAroundDigits(String text) {
        return SPACE_BEFORE_HAN.matcher(SPACE_AFTER_HAN.matcher(text).replaceAll("")).replaceAll("");
    }

    /**
     * Breaks every paragraph, footnote and long heading anew after about {@code width} characters, only between two
     * Chinese characters, as a narrower or wider page would; each line keeps the blank line after it, and pages,
     * links and bracketed lines stay where they are. A width of {@link Integer#MAX_VALUE} puts each on one line.
     */
    public static String rewrapped(String text, int width) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank() || NOT_WRAPPED.matcher(line).matches() || indent(line) >= 2) {
                out.append(line).append(i + 1 < lines.length ? "\n" : "");
                i++;
                continue;
            }
            StringBuilder words = new StringBuilder(line.stripTrailing());
            int last = i;
            while (last + 2 < lines.length && lines[last + 1].isBlank()
                    && CONTINUATION.matcher(lines[last + 2]).matches()) {
                String next = lines[last + 2].strip();
                if (!isChinese(words.charAt(words.length() - 1)) && !isChinese(next.charAt(0))) {
                    words.append(' ');
                }
                words.append(next);
                last += 2;
            }
            out.append(String.join("\n\n", pieces(words.toString(), width)));
            out.append(last + 1 < lines.length ? "\n" : "");
            i = last + 1;
        }
        return out.toString();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static java.util.List<String> pieces(String words, int width) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        while (words.length() - start > width) {
            int cut = start + Math.max(width, indent(words.substring(start)) + 2);
            while (cut < words.length() && !(isChinese(words.charAt(cut - 1)) && isChinese(words.charAt(cut)))) {
                cut++;
            }
            if (cut >= words.length()) {
                break;
            }
            pieces.add(words.substring(start, cut));
            start = cut;
        }
        pieces.add(words.substring(start));
        return pieces;
    }

    private static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
