package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The lines of a compilation of replies, each cut out of the text once, and what {@link ReplyLines} asks of a line
 * several times over (whether it is blank, a link, the rule above footnotes, a language line or a date line), each
 * answered once: the reading of one line looks at the lines around it again and again.
 */
final class LineKinds {

    private static final Pattern LINK = Pattern.compile("^\\s*https?://\\S+\\s*$");
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^\\s*_{5,}\\s*$");

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** The lines, 1-based (index 0 is unused). */
    private final String[] lines;
    private final boolean[] blank;
    private final Question link;
    private final Question footnoteRule;
    private final Question languageLine;
    private final Question dateLine;

    LineKinds(SourceText source, ReplyLanguage words) {
        int count = source.lineCount();
        this.lines = new String[count + 1];
        this.blank = new boolean[count + 1];
        for (int n = 1; n <= count; n++) {
            lines[n] = source.line(n);
            blank[n] = lines[n].isBlank();
        }
        this.link = new Question(LINK);
        this.footnoteRule = new Question(FOOTNOTE_RULE);
        this.languageLine = new Question(words.languageLine);
        this.dateLine = new Question(words.dateLine);
    }

    int count() {
        return lines.length - 1;
    }

    String line(int n) {
        return lines[n];
    }

    boolean blank(int n) {
        return blank[n];
    }

    boolean link(int n) {
        return link.matches(n);
    }

    boolean footnoteRule(int n) {
        return footnoteRule.matches(n);
    }

    boolean languageLine(int n) {
        return languageLine.matches(n);
    }

    boolean dateLine(int n) {
        return dateLine.matches(n);
    }

    /** Whether a whole line matches a pattern, asked of each line once; the matcher serves every line. */
    private final class Question {
        private final Matcher matcher;
        private final byte[] answers = new byte[lines.length];

        Question(Pattern pattern) {
            this.matcher = pattern.matcher("");
        }

        boolean matches(int n) {
            if (answers[n] == UNKNOWN) {
                answers[n] = matcher.reset(lines[n]).matches() ? YES : NO;
            }
            return answers[n] == YES;
        }
    }
}
