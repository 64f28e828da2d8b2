package org.w3id.normgraph.lexicon;

import java.util.regex.Pattern;

/**
 * Regular expressions for words that the PDF layout may break over lines or typeset with spaces: whitespace inside
 * the words is ignored, and any whitespace may stand between two of their characters.
 */
public final class SpacedWords {

    private SpacedWords() {
    }

    /** {@code "大会 第"} gives a regex that matches 大会第, 大会 第 and 大会\n第. */
    public static String regex(String words) {
        StringBuilder regex = new StringBuilder();
        words.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            if (regex.length() > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(Character.toString(c)));
        });
        return regex.toString();
    }

    public static Pattern pattern(String words) {
        return Pattern.compile(regex(words));
    }
}
