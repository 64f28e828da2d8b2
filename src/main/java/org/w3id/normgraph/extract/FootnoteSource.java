package org.w3id.normgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.segment.ReportOutline;

/**
 * What a footnote says about the source of a statement: links, a recording and the minute the words begin at,
 * pages, the meeting, and its first date.
 *
 * @param ibidOf        for a 同上 (ibid.) footnote, the number of the footnote it repeats, else 0
 * @param offsetSeconds where in the recording the words begin, or -1
 */
public record FootnoteSource(
        int number,
        Evidence text,
        List<String> links,
        String recording,
        int offsetSeconds,
        String pages,
        String meeting,
        String date,
        int ibidOf) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s（），。；、“”]+");
    private static final Pattern OFFSET = Pattern.compile("从\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2})\\s*开始");
    private static final Pattern PAGES = Pattern.compile("第\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?)\\s*页(?:和第\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?)\\s*页)?");
    private static final Pattern MEETING = Pattern.compile("第\\s*\\d+\\s*次(?:全体)?会议");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern RECORDING = Pattern.compile("https?://(media\\.un\\.org/\\S*/asset/|youtu\\.be/|www\\.youtube\\.com/)");

    /** Parses a footnote's text; {@code previous} is the footnote before it, which a 同上 footnote repeats. */
    static FootnoteSource parse(int number, Evidence text, FootnoteSource previous) {
        String words = text.text();
        boolean ibid = words.startsWith("同上") && previous != null;
        List<String> links = LINK.matcher(words).results().map(m -> trimLink(m.group())).distinct().toList();
        String recording = links.stream().filter(l -> RECORDING.matcher(l).lookingAt()).findFirst()
                .orElse(ibid ? previous.recording() : "");
        if (ibid && links.isEmpty()) {
            links = previous.links();
        }
        Matcher offset = OFFSET.matcher(words);
        int seconds = offset.find() ? seconds(offset.group(1)) : -1;
        Matcher pages = PAGES.matcher(words);
        String pageList = "";
        if (pages.find()) {
            pageList = pages.group(1).replaceAll("\\s", "").replace('–', '-')
                    + (pages.group(2) == null ? "" : ", " + pages.group(2).replaceAll("\\s", ""));
        }
        Matcher meeting = MEETING.matcher(words);
        Matcher date = DATE.matcher(words);
        return new FootnoteSource(number, text, links, recording, seconds, pageList,
                meeting.find() ? meeting.group() : "", date.find() ? ReportOutline.isoDate(date.group()) : "",
                ibid ? previous.number() : 0);
    }

    /** A link ends before a closing bracket that it did not open, as in “…k11eljcg88（从…” or “(PDF)”. */
    private static String trimLink(String link) {
        String trimmed = link;
        while (trimmed.endsWith(")") && count(trimmed, '(') < count(trimmed, ')')) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static int seconds(String clock) {
        int total = 0;
        for (String part : clock.split(":")) {
            total = total * 60 + Integer.parseInt(part);
        }
        return total;
    }

    /** The offset as an xsd:duration, PT1H14M20S. */
    public String offsetDuration() {
        int h = offsetSeconds / 3600;
        int m = (offsetSeconds % 3600) / 60;
        int s = offsetSeconds % 60;
        return "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "") + (s > 0 || offsetSeconds == 0 ? s + "S" : "");
    }
}
