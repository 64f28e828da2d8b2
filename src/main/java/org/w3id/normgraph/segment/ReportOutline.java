package org.w3id.normgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Span;
import org.w3id.normgraph.segment.RegexLiterals;
import org.w3id.normgraph.reader.TsvResource;

/**
 * Finds the headings of a report on UN processes in its running text: sections (one per process, from
 * {@value #SECTIONS}), the session and event headings inside them, and date headings.
 *
 * <p>A heading is a short line that stands alone: the line before it ended a paragraph (or was a heading), and it
 * does not itself end like a sentence. Two heading lines in a row that are not dates are one heading broken over
 * lines, as the PDF layout does with long titles.
 */
public final class ReportOutline {

    public static final String SECTIONS = "/lexicon/report-sections.tsv";

    private static final int LONGEST_HEADING = 40;
    /**
     * Characters in a heading that a narrow layout broke over several lines of its own: its printed lines, each at
     * most {@link #LONGEST_HEADING}, then read as one (the longest title of the genre runs to 52).
     */
    private static final int LONGEST_BROKEN_HEADING = 64;
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?$");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。”：:；;！？?!\\]）)](?:\\s*\\d{1,3})*\\s*$");
    private static final Pattern FOOTNOTE_MARKER_ONLY = Pattern.compile("^\\s*\\d{1,3}(?:\\s+\\d{1,3})*\\s*$");
    private static final Pattern NOT_A_HEADING_END = Pattern.compile("[。，、；：:,;“”‘’…]$");
    /** Quotations, brackets, list dashes and labels (a. 1.), quoted draft articles (第 21 条：…) and commentary never head a section. */
    private static final Pattern NOT_A_HEADING_START =
            Pattern.compile("^[“‘\\[\\(（(…\\-–—]|^(背景信息|备注)[:：]|^第\\s*\\d+\\s*条|^[A-Za-z\\d]{1,2}\\s*[.．)）]");
    /**
     * A colon or semicolon inside introduces or separates what follows: a sentence or a list, never a title; so does a
     * day followed by a comma (2022 年 4 月 5 日，…), which opens a sentence that the layout broke at a footnote marker.
     */
    private static final Pattern NOT_A_HEADING_INSIDE = Pattern.compile("[：:；;]|\\d\\s*日\\s*[，,]");

    private static final Pattern SPACE_BESIDE_NON_ASCII = Pattern.compile("(?=\\s)(?:(?<=[^\\x00-\\x7F])\\s+|\\s+(?=[^\\x00-\\x7F]))");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** @param starts the words that every heading of the section begins with (null: not known) */
    private record Section(String forum, Pattern heading, String[] starts) {

        Section(String forum, Pattern heading) {
            this(forum, heading, RegexLiterals.starts(heading.pattern()));
        }

        /** Whether {@code text} begins as the heading must: else the regex need not be tried. */
        boolean mayHead(CharSequence text) {
            if (starts == null) {
                return true;
            }
            for (String start : starts) {
                if (text.length() >= start.length() && text.subSequence(0, start.length()).toString().equals(start)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Heading> headings;

    private ReportOutline(List<Heading> headings) {
        this.headings = List.copyOf(headings);
    }

    public static ReportOutline of(ReadingText reading) {
        List<Section> sections = sections();
        String text = reading.text();
        List<Span> lines = reading.lines();
        Labels labels = new Labels(reading, lines);
        List<Heading> headings = new ArrayList<>();
        boolean previousEndedParagraph = true;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String label = labels.get(i);
            Heading section = previousEndedParagraph ? section(labels, lines, i, sections) : null;
            if (section != null) {
                headings.add(section);
                while (i + 1 < lines.size() && lines.get(i + 1).start() < section.span().end()) {
                    i++;
                }
                previousEndedParagraph = true;
                continue;
            }
            boolean brokenByLayout = reading.sourceLine(line.start()) != reading.sourceLine(line.end() - 1);
            if (previousEndedParagraph && isHeadingLine(label, brokenByLayout ? LONGEST_BROKEN_HEADING : LONGEST_HEADING)) {
                Heading.Kind kind = DATE.matcher(label).matches() ? Heading.Kind.DATE : Heading.Kind.SESSION;
                Heading last = headings.isEmpty() ? null : headings.get(headings.size() - 1);
                if (kind == Heading.Kind.SESSION && last != null && last.kind() == Heading.Kind.SESSION
                        && last.span().end() == line.start()) {
                    headings.set(headings.size() - 1, new Heading(Heading.Kind.SESSION,
                            new Span(last.span().start(), line.end()), last.label() + label, ""));
                } else {
                    headings.add(new Heading(kind, line, label, ""));
                }
                previousEndedParagraph = true;
                continue;
            }
            if (!FOOTNOTE_MARKER_ONLY.matcher(text.substring(line.start(), line.end())).matches()) {
                // a marker that the layout pushed onto a line of its own (167 before 结语) leaves the paragraph as it was
                previousEndedParagraph = ENDS_PARAGRAPH.matcher(text.substring(line.start(), line.end())).find();
            }
        }
        return new ReportOutline(headings);
    }

    private static boolean isHeadingLine(String label, int longest) {
        return label.codePoints().filter(Character::isLetter).count() >= 2 && label.length() <= longest
                && !NOT_A_HEADING_END.matcher(label).find()
                && !NOT_A_HEADING_START.matcher(label).lookingAt()
                && !NOT_A_HEADING_INSIDE.matcher(label).find()
                && !label.contains("“") && !label.contains("”");
    }

    /** Each line's label, made once: a line is read as a heading alone and as part of the section titles above it. */
    private static final class Labels {
        private final ReadingText reading;
        private final List<Span> lines;
        private final String[] made;

        Labels(ReadingText reading, List<Span> lines) {
            this.reading = reading;
            this.lines = lines;
            this.made = new String[lines.size()];
            this.compact = new String[lines.size()];
        }

        private final String[] compact;

        String get(int i) {
            if (made[i] == null) {
                made[i] = label(reading, lines.get(i));
            }
            return made[i];
        }

        /** The label without any whitespace, as section headings are matched. */
        String compact(int i) {
            if (compact[i] == null) {
                compact[i] = SPACES.matcher(get(i)).replaceAll("");
            }
            return compact[i];
        }
    }

    private static Heading section(Labels labels, List<Span> lines, int first, List<Section> sections) {
        StringBuilder joined = new StringBuilder();
        for (int i = first; i < Math.min(lines.size(), first + 3); i++) {
            joined.append(labels.compact(i));
            for (Section section : sections) {
                if (section.mayHead(joined) && section.heading().matcher(joined).matches()) {
                    Span span = new Span(lines.get(first).start(), lines.get(i).end());
                    return new Heading(Heading.Kind.SECTION, span, joined.toString(), section.forum());
                }
            }
        }
        return null;
    }

    /** The line as a heading reads: stripped, without its footnote marker, with no space inside Chinese text. */
    static String label(ReadingText reading, Span line) {
        String raw = reading.text().substring(line.start(), line.end()).strip();
        String withoutMarker = reading.withoutFootnoteMarkers(raw).strip();
        return SPACE_BESIDE_NON_ASCII.matcher(withoutMarker).replaceAll("");
    }

    /** Parses a date heading or a date at the start of a sentence: 2021 年 12 月 9 日, 2023 年 4 月, 2020 年. */
    public static String isoDate(String words) {
        Matcher m = DATE.matcher(words.strip());
        if (!m.matches()) {
            return null;
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        for (int group = 2; group <= 3 && m.group(group) != null; group++) {
            int number = Integer.parseInt(m.group(group));
            iso.append(number < 10 ? "-0" : "-").append(number);
        }
        return iso.toString();
    }

    public List<Heading> headings() {
        return headings;
    }

    private static List<Section> sections() {
        List<Section> sections = bundledSections;
        if (sections == null) {
            sections = readSections();
            bundledSections = sections;
        }
        return sections;
    }

    /** The bundled section headings, read once (the resource does not change while the program runs). */
    private static volatile List<Section> bundledSections;

    private static List<Section> readSections() {
        return TsvResource.read(SECTIONS, 2).stream()
                .map(row -> new Section(row.cell(0).equals("-") ? "" : row.cell(0), Pattern.compile(row.cell(1))))
                .toList();
    }
}
