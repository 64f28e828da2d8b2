package org.w3id.normgraph.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a regular expression of the lexicons says about the words it can match: the literal words that each of its
 * alternatives (or those of one named group) begins with. A text without any of them cannot match, and a match
 * can only begin where one of them stands, so that the regex need not be tried at every place of a long text. Where
 * the regex does not say (an alternative that begins with a class, a group or a quantified letter, inline flags,
 * quoting), the answer is null and the regex is tried everywhere as before.
 */
public final class RegexLiterals {

    private static final String SYNTAX = "\\[](){}.*+?^$|";
    private static final String QUANTIFIERS = "?*+{";
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[-idmsuxU]");

    private RegexLiterals() {
    }

    /** The words one of which every match of {@code regex} begins with, or null. */
    public static String[] starts(String regex) {
        return regex.contains("\\G") ? null : alternativeStarts(regex, 0, false);
    }

    /** The words one of which the text that the named group matches begins with, or null. */
    public static String[] groupStarts(String regex, String group) {
        int open = regex.indexOf("(?<" + group + ">");
        return open < 0 ? null : alternativeStarts(regex, open + group.length() + 4, true);
    }

    private static String[] alternativeStarts(String regex, int from, boolean inGroup) {
        if (INLINE_FLAGS.matcher(regex).find()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int start = from;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return null;
                }
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth > 0) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            } else if (c == ')') {
                if (!inGroup) {
                    return null;
                }
                alternatives.add(regex.substring(start, i));
                return literalStarts(alternatives);
            }
        }
        if (inGroup) {
            return null;
        }
        alternatives.add(regex.substring(start));
        return literalStarts(alternatives);
    }

    private static String[] literalStarts(List<String> alternatives) {
        String[] words = new String[alternatives.size()];
        for (int a = 0; a < words.length; a++) {
            String alternative = alternatives.get(a);
            int end = 0;
            while (end < alternative.length() && SYNTAX.indexOf(alternative.charAt(end)) < 0) {
                end++;
            }
            if (end > 0 && end < alternative.length() && QUANTIFIERS.indexOf(alternative.charAt(end)) >= 0) {
                // the quantifier applies to the last letter only: it is no part of every match
                end -= end > 1 && Character.isLowSurrogate(alternative.charAt(end - 1)) ? 2 : 1;
            }
            if (end == 0) {
                return null;
            }
            words[a] = alternative.substring(0, end);
        }
        return words;
    }

    /** Receives one match. */
    public interface Found {
        void at(Matcher match);
    }

    /**
     * Every match of {@code pattern} in {@code text}, as {@code matcher.find()} gives them, but tried only where one of
     * {@code starts} (from {@link #starts}, null for everywhere) stands.
     */
    public static void findAll(Pattern pattern, String[] starts, String text, Found found) {
        Matcher m = pattern.matcher(text);
        if (starts == null) {
            while (m.find()) {
                found.at(m);
            }
            return;
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        while (from <= text.length()) {
            int candidate = -1;
            for (String start : starts) {
                int at = text.indexOf(start, from);
                if (at >= 0 && (candidate < 0 || at < candidate)) {
                    candidate = at;
                }
            }
            if (candidate < 0) {
                return;
            }
            m.region(candidate, text.length());
            if (m.lookingAt()) {
                found.at(m);
                from = m.end() > candidate ? m.end() : candidate + 1;
            } else {
                from = candidate + 1;
            }
        }
    }
}
