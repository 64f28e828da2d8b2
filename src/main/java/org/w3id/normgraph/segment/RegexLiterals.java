package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The words one of which every match of {@code regex} begins with, or null. A leading {@code (?U)} is allowed. */
    public static String[] starts(String regex) {
        return starts(regex, false);
    }

    /** {@link #starts(String)} for a text whose white space is single spaces, as {@link #groupStarts} says. */
    public static String[] starts(String regex, boolean singleSpaces) {
        // a leading (?U) changes only what classes hold, not how a letter written as itself matches
        String body = regex.startsWith("(?U)") ? regex.substring(4) : regex;
        if (body.contains("\\G") || INLINE_FLAGS.matcher(body).find()) {
            return null;
        }
        return alternativesStarts(body, singleSpaces);
    }

    /**
     * The longest run of letters that every match of {@code regex} holds, or null where the regex does not say: letters
     * written as themselves at its top level (not in a group, a class or an alternative), one after the other, none
     * quantified so that it may be left out. A text without them holds no match. A leading {@code (?U)}, which
     * changes only what classes hold, is allowed.
     */
    public static String requiredWords(String regex) {
        String body = regex.startsWith("(?U)") ? regex.substring(4) : regex;
        if (body.contains("\\Q") || INLINE_FLAGS.matcher(body).find()) {
            return null;
        }
        String longest = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int literal = -1;
            if (c == '|') {
                return null;
            } else if (c == '(') {
                i = close(body, i);
            } else if (c == '[') {
                i = closeClass(body, i);
            } else if (c == '\\') {
                if (i + 1 >= body.length()) {
                    return null;
                }
                char escaped = body.charAt(++i);
                if ((escaped == 'p' || escaped == 'P') && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    i = body.indexOf('}', i);
                } else if (!Character.isLetterOrDigit(escaped)) {
                    literal = escaped;
                }
            } else if (c == '{') {
                i = body.indexOf('}', i);
            } else if (SYNTAX.indexOf(c) < 0 && !Character.isSurrogate(c)) {
                literal = c;
            }
            if (i < 0) {
                return null;
            }
            char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            boolean optional = next == '?' || next == '*' || next == '{';
            if (literal >= 0 && !optional) {
                run.append((char) literal);
            }
            // a run ends at anything else, and after a letter that may repeat (ab+c holds abbc, not abc)
            if (literal < 0 || optional || next == '+') {
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() > longest.length()) {
            longest = run.toString();
        }
        return longest.isEmpty() ? null : longest;
    }

    /** The words one of which the text that the named group matches begins with, or null. */
    public static String[] groupStarts(String regex, String group) {
        return groupStarts(regex, group, false);
    }

    /**
     * {@link #groupStarts(String, String)} for a text whose white space is single spaces (a {@link Passage}'s): there
     * {@code \s+} is one space, and a word such as {@code ne\s+préconise} begins with "ne préconise", not "ne".
     */
    public static String[] groupStarts(String regex, String group, boolean singleSpaces) {
        int open = regex.indexOf("(?<" + group + ">");
        if (open < 0 || INLINE_FLAGS.matcher(regex).find()) {
            return null;
        }
        int close = close(regex, open);
        return close < 0 ? null : alternativesStarts(regex.substring(open + group.length() + 4, close), singleSpaces);
    }

    /** The starts of each top-level alternative of {@code regex}, together; null if one has none. */
    private static String[] alternativesStarts(String regex, boolean singleSpaces) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            if (i == regex.length() || regex.charAt(i) == '|') {
                String[] starts = sequenceStarts(regex.substring(start, i), singleSpaces);
                if (starts == null) {
                    return null;
                }
                words.addAll(List.of(starts));
                start = i + 1;
            } else if (regex.charAt(i) == '(') {
                i = close(regex, i);
                if (i < 0) {
                    return null;
                }
            } else if (regex.charAt(i) == '[') {
                i = closeClass(regex, i);
                if (i < 0) {
                    return null;
                }
            } else if (regex.charAt(i) == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return null;
                }
                i++;
            }
        }
        return words.toArray(String[]::new);
    }

    /**
     * The starts of one alternative: look-arounds at its start are passed over (they match no text); a group that
     * opens it, unless it may be left out or repeated a given number of times, gives its own alternatives' starts; else
     * the letters it opens with.
     */
    private static String[] sequenceStarts(String sequence, boolean singleSpaces) {
        int at = 0;
        while (lookaroundAt(sequence, at)) {
            at = close(sequence, at);
            if (at < 0) {
                return null;
            }
            at++;
        }
        if (at < sequence.length() && sequence.charAt(at) == '(') {
            int close = close(sequence, at);
            int content = close < 0 ? -1 : groupContent(sequence, at);
            if (content < 0) {
                return null;
            }
            String[] own = alternativesStarts(sequence.substring(content, close), singleSpaces);
            boolean optional = close + 1 < sequence.length() && sequence.charAt(close + 1) == '?';
            if (own == null || !optional) {
                return own != null && close + 1 < sequence.length() && "*{".indexOf(sequence.charAt(close + 1)) >= 0
                        ? null : own;
            }
            // a group that may be left out: a match begins with the group or with what follows it
            int after = close + 2 < sequence.length() && sequence.charAt(close + 2) == '?' ? close + 3 : close + 2;
            String[] following = after < sequence.length() ? sequenceStarts(sequence.substring(after), singleSpaces) : null;
            if (following == null) {
                return null;
            }
            String[] both = Arrays.copyOf(own, own.length + following.length);
            System.arraycopy(following, 0, both, own.length, following.length);
            return both;
        }
        if (at < sequence.length() && sequence.charAt(at) == '[') {
            return classStarts(sequence, at, singleSpaces);
        }
        int end = at;
        StringBuilder letters = new StringBuilder();
        while (end < sequence.length()) {
            if (SYNTAX.indexOf(sequence.charAt(end)) < 0) {
                letters.append(sequence.charAt(end++));
            } else if (singleSpaces && sequence.startsWith("\\s+", end)) {
                // in a text whose white space is single spaces, \s+ is one space
                letters.append(' ');
                end += 3;
            } else {
                break;
            }
        }
        if (end > at && end < sequence.length() && QUANTIFIERS.indexOf(sequence.charAt(end)) >= 0) {
            // the quantifier applies to the last letter (or space) only: it is no part of every match
            letters.setLength(letters.length()
                    - (letters.length() > 1 && Character.isLowSurrogate(letters.charAt(letters.length() - 1)) ? 2 : 1));
        } else if (end > at && end < sequence.length() && sequence.charAt(end) == '[') {
            // letters, then a class of a few (s[’']oppose): the letters with each of the class's words
            String[] tails = classStarts(sequence, end, singleSpaces);
            if (tails != null) {
                return Arrays.stream(tails).map(t -> letters + t).toArray(String[]::new);
            }
        }
        return letters.length() == 0 ? null : new String[] {letters.toString()};
    }

    /**
     * The starts of a sequence that opens with a class of a few characters written as themselves ([Rr]esolution):
     * each character with each start of what follows the class. Null for any other class, or one that a quantifier
     * follows.
     */
    private static String[] classStarts(String sequence, int open, boolean singleSpaces) {
        int close = sequence.indexOf(']', open);
        String members = close < 0 ? "" : sequence.substring(open + 1, close);
        if (members.isEmpty() || members.length() > 4
                || !members.chars().allMatch(c -> CLASS_SYNTAX.indexOf(c) < 0 && !Character.isSurrogate((char) c))
                || close + 1 < sequence.length() && QUANTIFIERS.indexOf(sequence.charAt(close + 1)) >= 0) {
            return null;
        }
        String[] rest = close + 1 < sequence.length() ? sequenceStarts(sequence.substring(close + 1), singleSpaces)
                : null;
        // each member with each start of what follows, or alone where that says nothing or would be too many
        String[] following = rest == null || rest.length * members.length() > 16 ? new String[] {""} : rest;
        return members.chars().mapToObj(c -> Arrays.stream(following).map(f -> (char) c + f))
                .flatMap(words -> words).toArray(String[]::new);
    }

    /** What a class reads as more than a character written as itself. */
    private static final String CLASS_SYNTAX = "\\[]^-&";

    private static final List<String> LOOKAROUNDS = List.of("(?=", "(?!", "(?<=", "(?<!");

    private static boolean lookaroundAt(String regex, int at) {
        return LOOKAROUNDS.stream().anyMatch(l -> regex.startsWith(l, at));
    }

    /** Where the text of the group opening at {@code open} begins: after (, (?: or (?<name>; -1 for other groups. */
    private static int groupContent(String regex, int open) {
        if (!regex.startsWith("(?", open)) {
            return open + 1;
        }
        if (regex.startsWith("(?:", open)) {
            return open + 3;
        }
        if (regex.startsWith("(?<", open) && !lookaroundAt(regex, open)) {
            int end = regex.indexOf('>', open);
            return end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    /** The index of the ) that closes the group opening at {@code open}, or -1. */
    private static int close(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return -1;
                }
                i++;
            } else if (c == '[') {
                i = closeClass(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the ] that closes the class opening at {@code open} (classes nest), or -1, also where a ] stands
     * first in a class, which regex dialects read differently.
     */
    private static int closeClass(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return -1;
                }
                i++;
            } else if (c == '[') {
                depth++;
                int first = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                if (first < regex.length() && regex.charAt(first) == ']') {
                    return -1;
                }
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
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
        if (starts == null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.at(m);
            }
            return;
        }
        // the next place of each start at or after from, found again only once from has passed it; the matcher is
        // made only where a start stands at all (most texts hold none of a trigger's words)
        int[] next = new int[starts.length];
        for (int s = 0; s < starts.length; s++) {
            next[s] = text.indexOf(starts[s]);
        }
        Matcher m = null;
        int from = 0;
        while (from <= text.length()) {
            int candidate = -1;
            for (int s = 0; s < starts.length; s++) {
                if (next[s] >= 0 && next[s] < from) {
                    next[s] = text.indexOf(starts[s], from);
                }
                if (next[s] >= 0 && (candidate < 0 || next[s] < candidate)) {
                    candidate = next[s];
                }
            }
            if (candidate < 0) {
                return;
            }
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
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
