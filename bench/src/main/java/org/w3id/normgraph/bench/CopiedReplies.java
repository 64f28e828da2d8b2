package org.w3id.normgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.ReplyFacts;
import org.w3id.normgraph.extract.Mention;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.PrintedFootnote;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplyText;

/**
 * A compilation of replies made longer by copying what it has, so that a short rendering can be timed at the size
 * of a real report: each reply's body (what follows its date line) {@code bodyTimes} times within the reply, and
 * each reply {@code replyTimes} times where it stands. Footnotes are numbered through the whole report, so each
 * copy's footnotes, and their markers in its text, take the next numbers, found with the edition's own patterns
 * ({@code footnote.start}, {@code footnote.marker}). The copy counts only if it gives each reply of the original,
 * {@code replyTimes} times, with the same actor, language and date and {@code bodyTimes} times its parts,
 * footnotes, stances and mentions ({@link #check}).
 */
final class CopiedReplies {

    private final SourceText source;
    private final CompiledReplies report;
    private final ReplyLanguage words;
    /** Per reply: its heading's line, its date line, and its last line (before the next reply or section). */
    private final List<int[]> replies = new ArrayList<>();

    CopiedReplies(SourceText source, CompiledReplies report, ReplyLanguage words) {
        this.source = source;
        this.report = report;
        this.words = words;
        List<ReplyText> texts = report.replies();
        for (int i = 0; i < texts.size(); i++) {
            ReplyText reply = texts.get(i);
            int last;
            if (i + 1 == texts.size()) {
                last = source.lineCount();
            } else {
                ReplyText next = texts.get(i + 1);
                boolean sameSection = next.sectionHeading().firstLine() == reply.sectionHeading().firstLine();
                last = (sameSection ? next.heading() : next.sectionHeading()).firstLine() - 1;
            }
            replies.add(new int[] {reply.heading().firstLine(), reply.dateLine().lastLine(), last});
        }
    }

    /** Characters from line {@code first} to line {@code last}, with their line ends. */
    private int characters(int first, int last) {
        return source.lineStart(last) + source.line(last).length() + 1 - source.lineStart(first);
    }

    /** The times each reply's body is copied to make its reply {@code replyCharacters} long, at least once. */
    int bodyTimesFor(double replyCharacters) {
        int heads = 0;
        int bodies = 0;
        for (int[] reply : replies) {
            heads += characters(reply[0], reply[1]);
            bodies += characters(reply[1] + 1, reply[2]);
        }
        return Math.max(1, (int) Math.round((replyCharacters * replies.size() - heads) / bodies));
    }

    /** The times each reply is copied, with its body {@code bodyTimes} times, to make the text {@code size} long. */
    int replyTimesFor(int bodyTimes, int size) {
        int copied = 0;
        for (int[] reply : replies) {
            copied += characters(reply[0], reply[1]) + bodyTimes * characters(reply[1] + 1, reply[2]);
        }
        int rest = source.text().length();
        for (int[] reply : replies) {
            rest -= characters(reply[0], reply[2]);
        }
        return Math.max(1, (int) Math.ceil((size - rest) / (double) copied));
    }

    String text(int replyTimes, int bodyTimes) {
        Pattern footnoteStart = Pattern.compile(words.word("footnote.start"));
        StringBuilder text = new StringBuilder();
        int next = report.introductionFootnotes().stream().mapToInt(PrintedFootnote::number).max().orElse(0) + 1;
        int line = 1;
        for (int i = 0; i < replies.size(); i++) {
            int[] reply = replies.get(i);
            for (; line < reply[0]; line++) {
                text.append(source.line(line)).append('\n');
            }
            Map<Integer, Integer> footnoteLines = new TreeMap<>();
            Map<Integer, Pattern> markers = new TreeMap<>();
            for (PrintedFootnote footnote : report.replies().get(i).footnotes()) {
                footnoteLines.put(footnote.text().firstLine(), footnote.number());
                markers.put(footnote.number(), Pattern.compile(words.word("footnote.marker")
                        .replace("{n}", Integer.toString(footnote.number()))));
            }
            for (int copy = 0; copy < replyTimes; copy++) {
                for (int at = reply[0]; at <= reply[1]; at++) {
                    text.append(source.line(at)).append('\n');
                }
                for (int body = 0; body < bodyTimes; body++) {
                    Map<Integer, Integer> renumbered = new TreeMap<>();
                    for (int number : markers.keySet()) {
                        renumbered.put(number, next++);
                    }
                    for (int at = reply[1] + 1; at <= reply[2]; at++) {
                        String written = source.line(at);
                        Integer footnote = footnoteLines.get(at);
                        if (footnote != null) {
                            Matcher start = footnoteStart.matcher(written);
                            if (!start.find() || Integer.parseInt(start.group(1)) != footnote) {
                                throw new IllegalStateException(source.documentId() + ":" + at + ": footnote "
                                        + footnote + " does not start with its number");
                            }
                            text.append(written, 0, start.start(1)).append(renumbered.get(footnote))
                                    .append(written.substring(start.end(1)));
                        } else {
                            text.append(withMarkersRenumbered(written, markers, renumbered));
                        }
                        text.append('\n');
                    }
                }
            }
            line = reply[2] + 1;
        }
        for (; line <= source.lineCount(); line++) {
            text.append(source.line(line)).append('\n');
        }
        return text.toString();
    }

    /** The line with each footnote marker's number replaced by the copy's, all found in the line as written. */
    private static String withMarkersRenumbered(String line, Map<Integer, Pattern> markers,
            Map<Integer, Integer> renumbered) {
        Map<Integer, int[]> found = new TreeMap<>();
        markers.forEach((number, marker) -> {
            Matcher matcher = marker.matcher(line);
            while (matcher.find()) {
                found.put(matcher.start(), new int[] {matcher.end(), renumbered.get(number)});
            }
        });
        StringBuilder written = new StringBuilder();
        int from = 0;
        for (var marker : found.entrySet()) {
            // A marker in parentheses, (1), keeps them: only its digits change.
            String digits = line.substring(marker.getKey(), marker.getValue()[0]);
            written.append(line, from, marker.getKey())
                    .append(digits.replaceAll("\\d+", Integer.toString(marker.getValue()[1])));
            from = marker.getValue()[0];
        }
        return written.append(line.substring(from)).toString();
    }

    /**
     * Fails unless the copied text gives each reply of the original {@code replyTimes} times, with its body's
     * facts {@code bodyTimes} times: otherwise it is not the same work, and its time would not count.
     */
    static void check(Path original, ReplyFindings once, ReplyFindings copied, int replyTimes, int bodyTimes) {
        Map<String, Integer> expected = new TreeMap<>();
        once.replies().forEach(reply -> expected.merge(facts(reply, bodyTimes), replyTimes, Integer::sum));
        Map<String, Integer> found = new TreeMap<>();
        copied.replies().forEach(reply -> found.merge(facts(reply, 1), 1, Integer::sum));
        if (!expected.equals(found)
                || !once.respondsTo().map(Mention::target).equals(copied.respondsTo().map(Mention::target))) {
            throw new IllegalStateException(original + " with each reply ×" + replyTimes + " and its body ×"
                    + bodyTimes + " gives other replies than the original's copied as often, so its timing would"
                    + " not count: " + found + " instead of " + expected);
        }
    }

    private static String facts(ReplyFacts reply, int times) {
        long mentions = reply.parts().stream().mapToLong(part -> part.mentions().size()).sum()
                + reply.footnotes().stream().mapToLong(part -> part.mentions().size()).sum();
        return String.join("|", reply.code(), reply.language(), reply.date().toString(),
                times * reply.parts().size() + " parts", times * reply.footnotes().size() + " footnotes",
                times * reply.stances().size() + " stances", times * mentions + " mentions");
    }
}
