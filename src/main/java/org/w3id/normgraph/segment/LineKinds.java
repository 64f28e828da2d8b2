package org.w3id.normgraph.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;

/**
 * The lines of a compilation of replies, each cut out of the text once, and what {@link ReplyLines} asks of a line
 * of it and of the lines around it (whether it is blank, a link, the rule above footnotes, a language or date line,
 * a heading, whether it ends like running text), each answered once, with one matcher per question for all lines.
 */
final class LineKinds {

    private static final Pattern LINK = Pattern.compile("^\\s*https?://\\S+\\s*$");
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^\\s*_{5,}\\s*$");
    private static final LineStarts LINK_STARTS = new LineStarts(LINK, true);
    private static final LineStarts FOOTNOTE_RULE_STARTS = new LineStarts(FOOTNOTE_RULE, true);

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
    private final Question numberedHeading;
    private final Question letteredHeading;
    private final Question numberedParagraph;
    private final Question endsLikeText;
    private final Question sentencePunctuation;

    LineKinds(SourceText source, ReplyLanguage words) {
        int count = source.lineCount();
        this.lines = new String[count + 1];
        this.blank = new boolean[count + 1];
        for (int n = 1; n <= count; n++) {
            lines[n] = source.line(n);
            blank[n] = lines[n].isBlank();
        }
        this.link = new Question(LINK, Reach.WHOLE, LINK_STARTS);
        this.footnoteRule = new Question(FOOTNOTE_RULE, Reach.WHOLE, FOOTNOTE_RULE_STARTS);
        this.languageLine = new Question(words.languageLine, Reach.WHOLE, words.lineStarts(words.languageLine, true));
        this.dateLine = new Question(words.dateLine, Reach.WHOLE, words.lineStarts(words.dateLine, true));
        this.numberedHeading = new Question(words.numberedHeading, Reach.WHOLE,
                words.lineStarts(words.numberedHeading, true));
        this.letteredHeading = words.letteredHeading
                .map(h -> new Question(h, Reach.WHOLE, words.lineStarts(h, true))).orElse(null);
        this.numberedParagraph = new Question(words.numberedParagraph, Reach.START,
                words.lineStarts(words.numberedParagraph, false));
        this.endsLikeText = new Question(words.endsLikeText, words.firstCharacters(words.endsLikeText));
        this.sentencePunctuation = new Question(words.sentencePunctuation,
                words.firstCharacters(words.sentencePunctuation));
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

    boolean numberedHeading(int n) {
        return numberedHeading.matches(n);
    }

    /** Whether the line is a lettered heading (A. …), in an edition that has them. */
    boolean letteredHeading(int n) {
        return letteredHeading != null && letteredHeading.matches(n);
    }

    boolean startsNumberedParagraph(int n) {
        return numberedParagraph.matches(n);
    }

    boolean endsLikeText(int n) {
        return endsLikeText.matches(n);
    }

    boolean hasSentencePunctuation(int n) {
        return sentencePunctuation.matches(n);
    }

    /** How much of a line a pattern must match: all of it, its start, or any part. */
    private enum Reach { WHOLE, START, ANYWHERE }

    /**
     * Whether a line matches a pattern, asked of each line once; the matcher serves every line, and is not set to a
     * line whose beginning the pattern refuses.
     */
    private final class Question {
        private final Matcher matcher;
        private final Reach reach;
        private final LineStarts starts;
        private final FirstCharacters firstCharacters;
        private final byte[] answers = new byte[lines.length];

        /** {@code starts}: how lines may begin, for a pattern matched from the line's start. */
        Question(Pattern pattern, Reach reach, LineStarts starts) {
            this.matcher = pattern.matcher("");
            this.reach = reach;
            this.starts = starts;
            this.firstCharacters = null;
        }

        /** For a pattern looked for anywhere in a line, tried only where {@code firstCharacters} may begin it. */
        Question(Pattern pattern, FirstCharacters firstCharacters) {
            this.matcher = pattern.matcher("");
            this.reach = Reach.ANYWHERE;
            this.starts = null;
            this.firstCharacters = firstCharacters;
        }

        boolean matches(int n) {
            if (answers[n] == UNKNOWN) {
                String line = lines[n];
                boolean found = switch (reach) {
                    case WHOLE -> starts.mayMatch(line) && matcher.reset(line).matches();
                    case START -> starts.mayMatch(line) && matcher.reset(line).lookingAt();
                    case ANYWHERE -> firstCharacters.find(matcher.reset(line), line, 0, line.length()) >= 0;
                };
                answers[n] = found ? YES : NO;
            }
            return answers[n] == YES;
        }
    }
}
