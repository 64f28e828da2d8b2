package org.w3id.normgraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * Reads the layout of a compilation of replies extracted from its PDF (the Secretary-General's reports on ICTs and
 * international security): numbered report sections, one reply per actor heading with its {@code [原件：…]} or
 * {@code [Original: …]} and date lines, themed headings and paragraphs, footnotes, and the link lines after each
 * page. What each language's edition prints there is the {@link ReplyLanguage} it is read with.
 *
 * <p>The Chinese extraction writes every text line followed by a blank line, indents a heading by two spaces and the
 * first line of a paragraph by one, and starts each page with one more space, right after the last line (or the
 * links) of the page before, with no blank line between. So a line that directly follows another non-blank line
 * opens a page, and its indentation counts one less. The English edition sets paragraphs apart by a blank line (or
 * not at all), prints headings at the margin, lettered (A. …) or alone between blank lines, and starts a page after
 * the symbol, job number and page number printed at the break. Footnotes stand between a
 * {@code __________________} line and the next page; each belongs to the reply whose text carries its marker (the
 * page layout may print it under another reply).
 *
 * <pre>{@code
 * CompiledReplies report = ReplySegmenter.segment(PlainTextReader.read(file, "un-sg-report-…"));
 * CompiledReplies english = ReplySegmenter.segment(PlainTextReader.read(file, "…"), ReplyLanguage.of("en"));
 * }</pre>
 */
public final class ReplySegmenter {

    private static final Pattern LINK = Pattern.compile("^\\s*https?://\\S+\\s*$");
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^\\s*_{5,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·●▪]\\s*");
    private static final Pattern LIST_LABEL = Pattern.compile("^\\s*[(（][a-z]{1,2}[)）]");
    /** The numbered paragraphs of the report's own text (1. 2021 年 12 月 6 日，…) start at the margin. */
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^\\s*\\d{1,3}[.．]\\s+\\S");
    /** Longest heading that the layout may break over lines (the longest in the 2022 report has 64 characters). */
    private static final int LONGEST_HEADING = 80;
    /** A reply heading numbered in the edition's list of replies: 1. 约旦, A. 约旦. */
    private static final Pattern REPLY_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}|[A-Z])\\s*[.．、]\\s*");

    private enum Kind { HEADING, PARAGRAPH, LANGUAGE, DATE }

    /** Consecutive text lines that the layout makes one heading, paragraph or bracketed line. */
    private static final class Block {
        final Kind kind;
        final List<int[]> lines = new ArrayList<>();
        boolean listItem;
        boolean numbered;
        /** Column-0 lines right after a heading: the heading's second line, or the paragraph under it. */
        boolean afterHeading;

        Block(Kind kind, int line, int from) {
            this.kind = kind;
            lines.add(new int[] {line, from});
        }

        int firstLine() {
            return lines.get(0)[0];
        }
    }

    private record MarkerHit(int paragraph, Span span) {
    }

    private final SourceText source;
    private final ReplyLanguage words;
    private final boolean[] pageStart;
    private final List<Integer> pageStarts = new ArrayList<>();
    private final List<Integer> linkLines = new ArrayList<>();
    private final TreeMap<Integer, Passage.Builder> footnoteBuilders = new TreeMap<>();
    private final TreeMap<Integer, Integer> footnoteLines = new TreeMap<>();
    private final List<Block> blocks = new ArrayList<>();
    /** How wide the layout's full lines of text and of footnotes are: a word broken at that margin joins unspaced. */
    private LineMeasure textMeasure = LineMeasure.UNWRAPPED;
    private LineMeasure footnoteMeasure = LineMeasure.UNWRAPPED;
    /** The page numbers and running heads, found once for both readings of the lines. */
    private final java.util.BitSet heads;

    private ReplySegmenter(SourceText source, ReplyLanguage words) {
        this.source = source;
        this.words = words;
        this.pageStart = new boolean[source.lineCount() + 2];
        this.heads = RunningHeads.find(source);
        words.pageDebris.ifPresent(debris -> {
            for (int n = 1; n <= source.lineCount(); n++) {
                if (debris.matcher(source.line(n)).matches()) {
                    heads.set(n);
                }
            }
        });
    }

    /** The Chinese edition's replies. */
    public static CompiledReplies segment(SourceText source) {
        return segment(source, ReplyLanguage.of("zh-Hans"));
    }

    /** The replies of an edition that prints them with {@code words}. */
    public static CompiledReplies segment(SourceText source, ReplyLanguage words) {
        ReplySegmenter segmenter = new ReplySegmenter(source, words);
        segmenter.measureLines();
        segmenter.readLines();
        return segmenter.assemble();
    }

    private boolean blank(int n) {
        return source.line(n).isBlank();
    }

    /**
     * Whether text line {@code n} opens a page: in the Chinese extraction, a line right after another non-blank line;
     * in a layout with paragraphs apart, the first text line after a page's debris (symbol, job and page number).
     */
    private boolean opensPage(int n) {
        if (words.everyLineFollowedByBlank) {
            return !blank(n - 1);
        }
        return lineBefore(n) == LineBefore.PAGE_DEBRIS;
    }

    private enum LineBefore { TEXT, BLANK, PAGE_DEBRIS, NONE }

    /** What stands between text line {@code n} and the text line before it: nothing, blank lines, or a page break. */
    private LineBefore lineBefore(int n) {
        LineBefore found = LineBefore.TEXT;
        for (int before = n - 1; before >= 1; before--) {
            if (heads.get(before)) {
                return LineBefore.PAGE_DEBRIS;
            }
            if (!blank(before)) {
                return found;
            }
            found = LineBefore.BLANK;
        }
        return LineBefore.NONE;
    }

    /** Whether the line after text line {@code n} is blank or the end of the text. */
    private boolean blankAfter(int n) {
        return n >= source.lineCount() || blank(n + 1) || heads.get(n + 1);
    }

    /** The widths that full lines of text and of footnotes reach, from the lines themselves. */
    private void measureLines() {
        List<Integer> text = new ArrayList<>();
        List<Integer> footnotes = new ArrayList<>();
        boolean inFootnotes = false;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (line.isBlank() || heads.get(n) || LINK.matcher(line).matches()) {
                continue;
            }
            if (n > 1 && opensPage(n)) {
                inFootnotes = false;
            }
            if (FOOTNOTE_RULE.matcher(line).matches()) {
                inFootnotes = true;
                continue;
            }
            (inFootnotes ? footnotes : text).add(LineMeasure.width(line.strip()));
        }
        textMeasure = LineMeasure.of(text.stream().mapToInt(Integer::intValue).toArray());
        footnoteMeasure = LineMeasure.of(footnotes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Sorts every line into page debris (links, footnotes) or text blocks. */
    private void readLines() {
        boolean inFootnotes = false;
        int lastFootnote = 0;
        int openFootnote = -1;
        Block current = null;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (line.isBlank() || heads.get(n)) {
                continue;
            }
            if (LINK.matcher(line).matches()) {
                linkLines.add(n);
                continue;
            }
            if (n == 1 || opensPage(n)) {
                pageStart[n] = true;
                pageStarts.add(n);
                inFootnotes = false;
                openFootnote = -1;
            }
            if (FOOTNOTE_RULE.matcher(line).matches()) {
                inFootnotes = true;
                continue;
            }
            if (inFootnotes) {
                Matcher m = words.footnoteStart.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) == lastFootnote + 1) {
                    openFootnote = ++lastFootnote;
                    footnoteBuilders.put(openFootnote, Passage.builder(source, footnoteMeasure).addLine(n, m.end()));
                    footnoteLines.put(openFootnote, n);
                } else if (openFootnote > 0) {
                    footnoteBuilders.get(openFootnote).addLine(n);
                } else {
                    throw new LayoutException(n, "expected footnote " + (lastFootnote + 1) + " (its number, then its"
                            + " text) after the ______ line that opens the footnotes of the page");
                }
                continue;
            }
            current = textLine(n, current);
        }
        if (pageStarts.isEmpty()) {
            pageStarts.add(1);
        }
    }

    /** Adds a text line to the current block or opens a new one; returns the block that holds it. */
    private Block textLine(int n, Block current) {
        String line = source.line(n);
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        int effectiveIndent = indent - (pageStart[n] && n > 1 && words.everyLineFollowedByBlank ? 1 : 0);
        boolean apart = !words.everyLineFollowedByBlank && lineBefore(n) != LineBefore.TEXT
                && lineBefore(n) != LineBefore.PAGE_DEBRIS;
        Block block;
        Matcher bullet = BULLET.matcher(line);
        if (opensReply(n)) {
            block = new Block(Kind.HEADING, n, 0);
        } else if (words.languageLine.matcher(line).matches()) {
            block = new Block(Kind.LANGUAGE, n, 0);
        } else if (words.dateLine.matcher(line).matches()) {
            block = new Block(Kind.DATE, n, 0);
        } else if (words.numberedHeading.matcher(line).matches() && !words.endsLikeText.matcher(line).find()) {
            block = new Block(Kind.HEADING, n, 0);
            block.numbered = true;
        } else if (!words.everyLineFollowedByBlank && !words.endsLikeText.matcher(line).find()
                && (words.letteredHeading.map(h -> h.matcher(line).matches()).orElse(false)
                        || apart && blankAfter(n) && line.strip().length() <= LONGEST_HEADING
                                && Character.isUpperCase(line.strip().charAt(0)))) {
            block = new Block(Kind.HEADING, n, 0);
        } else if (bullet.lookingAt()) {
            block = new Block(Kind.PARAGRAPH, n, bullet.end());
            block.listItem = true;
        } else if (effectiveIndent >= 2 && !words.endsLikeText.matcher(line).find()) {
            block = new Block(Kind.HEADING, n, 0);
        } else if (effectiveIndent >= 1 || apart || current == null || current.kind == Kind.LANGUAGE
                || current.kind == Kind.DATE || NUMBERED_PARAGRAPH.matcher(line).lookingAt()) {
            block = new Block(Kind.PARAGRAPH, n, 0);
            block.listItem = LIST_LABEL.matcher(line).lookingAt();
        } else if (current.kind == Kind.HEADING) {
            block = new Block(Kind.PARAGRAPH, n, 0);
            block.afterHeading = true;
        } else {
            current.lines.add(new int[] {n, 0});
            return current;
        }
        blocks.add(block);
        return block;
    }

    /**
     * A short line right above a [原件：…] or a date line names the actor whose reply they open, whatever its indent:
     * editions print the name indented, at the margin, or numbered (1. 约旦).
     */
    private boolean opensReply(int n) {
        String line = source.line(n);
        if (words.languageLine.matcher(line).matches() || words.dateLine.matcher(line).matches()
                || line.strip().length() > words.longestActorName || words.sentencePunctuation.matcher(line).find()) {
            return false;
        }
        int next = n + 1;
        while (next <= source.lineCount() && blank(next)) {
            next++;
        }
        return next <= source.lineCount()
                && (words.languageLine.matcher(source.line(next)).matches() || words.dateLine.matcher(source.line(next)).matches());
    }

    /**
     * Column-0 lines under a heading are the heading's own continuation if, taken together, they read like a title
     * (short, with no sentence punctuation); otherwise they are the first paragraph, printed without its indent.
     */
    private boolean continuesHeading(Block block) {
        if (!block.afterHeading) {
            return false;
        }
        String text = passage(block).text();
        return text.length() <= LONGEST_HEADING && !words.sentencePunctuation.matcher(text).find();
    }

    private Passage passage(Block block) {
        Passage.Builder builder = Passage.builder(source, textMeasure);
        block.lines.forEach(l -> builder.addLine(l[0], l[1]));
        return builder.build();
    }

    /** Raw paragraphs in reading order, with the container that each belongs to. */
    private static final class Draft {
        final List<SectionDraft> sections = new ArrayList<>();
        final int firstLine;

        Draft(int firstLine) {
            this.firstLine = firstLine;
        }

        SectionDraft current() {
            if (sections.isEmpty()) {
                sections.add(new SectionDraft(Optional.empty()));
            }
            return sections.get(sections.size() - 1);
        }
    }

    private static final class SectionDraft {
        final Optional<Passage> heading;
        final List<Block> paragraphs = new ArrayList<>();

        SectionDraft(Optional<Passage> heading) {
            this.heading = heading;
        }
    }

    private static final class ReplyDraft {
        final ReplySection section;
        final Passage heading;
        Passage sectionHeading;
        Passage language;
        Passage dateLine;
        LocalDate date;
        final Draft body;

        ReplyDraft(ReplySection section, Passage heading, int line) {
            this.section = section;
            this.heading = heading;
            this.body = new Draft(line);
        }
    }

    private CompiledReplies assemble() {
        mergeHeadingContinuations();
        Draft introduction = new Draft(1);
        List<ReplyDraft> replies = new ArrayList<>();
        ReplySection section = null;
        Passage sectionHeading = null;
        int nextNumeral = 1;
        Draft container = introduction;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            int line = block.firstLine();
            if (block.kind == Kind.HEADING && block.numbered) {
                Matcher m = words.numberedHeading.matcher(source.line(line));
                m.matches();
                String title = passage(block).text();
                if (words.numeral(m.group(1)) == nextNumeral && (nextNumeral == 1 || title.contains(words.repliesWord))) {
                    nextNumeral++;
                    if (title.contains(words.repliesWord)) {
                        section = repliesSection(title, line);
                        sectionHeading = passage(block);
                        container = null;
                    } else {
                        introduction.sections.add(new SectionDraft(Optional.of(passage(block))));
                    }
                    continue;
                }
            }
            if (block.kind == Kind.HEADING && !block.numbered
                    && words.repliesTitle.matcher(passage(block).text()).matches()) {
                section = repliesSection(passage(block).text(), line);
                sectionHeading = passage(block);
                container = null;
                continue;
            }
            boolean replyHeading = block.kind == Kind.HEADING && i + 1 < blocks.size()
                    && (blocks.get(i + 1).kind == Kind.LANGUAGE || blocks.get(i + 1).kind == Kind.DATE);
            if (replyHeading) {
                if (section == null) {
                    throw new LayoutException(line, "the reply of “" + passage(block).text() + "” stands before any"
                            + " section of replies (expected a heading such as " + words.word("example.section") + ")");
                }
                ReplyDraft reply = new ReplyDraft(section, replyHeading(block), line);
                reply.sectionHeading = sectionHeading;
                if (blocks.get(i + 1).kind == Kind.LANGUAGE) {
                    Block language = blocks.get(++i);
                    Matcher lm = words.languageLine.matcher(source.line(language.firstLine()));
                    lm.matches();
                    reply.language = Passage.builder(source).addLine(language.firstLine(), lm.start(1), lm.end(1))
                            .build();
                    if (i + 1 >= blocks.size() || blocks.get(i + 1).kind != Kind.DATE) {
                        throw new LayoutException(language.firstLine(), "expected the date of the reply of “"
                                + reply.heading.text() + "” on the line after its language, as " + words.word("example.date"));
                    }
                }
                Block dateBlock = blocks.get(++i);
                reply.dateLine = passage(dateBlock);
                reply.date = date(dateBlock.firstLine());
                replies.add(reply);
                container = reply.body;
                continue;
            }
            if (block.kind == Kind.LANGUAGE || block.kind == Kind.DATE) {
                throw new LayoutException(line, "a bracketed " + (block.kind == Kind.LANGUAGE ? "language" : "date")
                        + " line must follow the name of the actor whose reply it opens");
            }
            if (container == null) {
                throw new LayoutException(line, "text between a section heading and its first reply (expected the"
                        + " name of an actor, then " + words.word("example.language.form") + " and the date)");
            }
            if (block.kind == Kind.HEADING) {
                container.sections.add(new SectionDraft(Optional.of(passage(block))));
            } else {
                container.current().paragraphs.add(block);
            }
        }
        return build(introduction, replies);
    }

    private ReplySection repliesSection(String title, int line) {
        if (title.contains(words.organizationsWord)) {
            return ReplySection.INTERGOVERNMENTAL_ORGANIZATIONS;
        }
        if (title.contains(words.governmentsWord)) {
            return ReplySection.GOVERNMENTS;
        }
        throw new LayoutException(line, "a section of replies must say whose replies it holds ("
                + words.word("example.sections") + "), found “" + title + "”");
    }

    /** The actor's name as the heading prints it, without the number of a numbered list of replies. */
    private Passage replyHeading(Block block) {
        int line = block.firstLine();
        Matcher number = REPLY_NUMBER.matcher(source.line(line));
        if (block.lines.size() == 1 && number.lookingAt()) {
            return Passage.builder(source).addLine(line, number.end()).build();
        }
        return passage(block);
    }

    private void mergeHeadingContinuations() {
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (blocks.get(i - 1).kind == Kind.HEADING && continuesHeading(block)) {
                blocks.get(i - 1).lines.addAll(block.lines);
                blocks.remove(i--);
            }
        }
    }

    private LocalDate date(int line) {
        Matcher m = words.dateLine.matcher(source.line(line));
        m.matches();
        return words.date(m.group(1))
                .orElseThrow(() -> new LayoutException(line, "no such date: " + source.line(line).strip()));
    }

    /** Builds paragraphs, finds the footnote markers in them and gives each footnote to its reply. */
    private CompiledReplies build(Draft introduction, List<ReplyDraft> replies) {
        List<Draft> containers = new ArrayList<>();
        containers.add(introduction);
        replies.forEach(r -> containers.add(r.body));
        List<Block> paragraphBlocks = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < containers.size(); c++) {
            for (SectionDraft section : containers.get(c).sections) {
                for (Block block : section.paragraphs) {
                    paragraphBlocks.add(block);
                    owners.add(c);
                }
            }
        }
        List<Passage> texts = paragraphBlocks.stream().map(this::passage).toList();
        int[] highestLines = texts.stream().mapToInt(Passage::highestLine).toArray();
        List<List<Span>> markers = new ArrayList<>();
        List<List<Integer>> numbers = new ArrayList<>();
        texts.forEach(t -> {
            markers.add(new ArrayList<>());
            numbers.add(new ArrayList<>());
        });
        List<List<PrintedFootnote>> footnotesOf = new ArrayList<>();
        containers.forEach(c -> footnotesOf.add(new ArrayList<>()));
        int paragraph = 0;
        int from = 0;
        for (var entry : footnoteBuilders.entrySet()) {
            int number = entry.getKey();
            PrintedFootnote footnote = new PrintedFootnote(number, entry.getValue().build());
            Optional<MarkerHit> hit = findMarker(texts, highestLines, paragraph, from, number,
                    footnoteLines.get(number));
            int owner;
            if (hit.isPresent()) {
                paragraph = hit.get().paragraph();
                from = hit.get().span().end();
                markers.get(paragraph).add(hit.get().span());
                numbers.get(paragraph).add(number);
                owner = owners.get(paragraph);
            } else {
                owner = containerHolding(containers, footnoteLines.get(number));
            }
            footnotesOf.get(owner).add(footnote);
        }
        int index = 0;
        List<TextSection> introSections = null;
        List<ReplyText> replyTexts = new ArrayList<>();
        for (int c = 0; c < containers.size(); c++) {
            List<TextSection> sections = new ArrayList<>();
            for (SectionDraft section : containers.get(c).sections) {
                List<Paragraph> paragraphs = new ArrayList<>();
                for (Block block : section.paragraphs) {
                    Passage text = texts.get(index).without(markers.get(index));
                    paragraphs.add(new Paragraph(text, block.listItem, numbers.get(index)));
                    index++;
                }
                sections.add(new TextSection(section.heading, paragraphs));
            }
            if (c == 0) {
                introSections = sections;
            } else {
                ReplyDraft r = replies.get(c - 1);
                replyTexts.add(new ReplyText(r.section, r.sectionHeading, r.heading, Optional.ofNullable(r.language), r.dateLine, r.date, sections,
                        footnotesOf.get(c)));
            }
        }
        return new CompiledReplies(source, introduction(introSections), footnotesOf.get(0), replyTexts, pages());
    }

    /** The introduction as one section: its heading (一. 导言) and all its paragraphs. */
    private static TextSection introduction(List<TextSection> sections) {
        Optional<Passage> heading = sections.stream().map(TextSection::heading).flatMap(Optional::stream).findFirst();
        List<Paragraph> paragraphs = sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
        return new TextSection(heading, paragraphs);
    }

    private static int containerHolding(List<Draft> containers, int line) {
        int holder = 0;
        for (int c = 0; c < containers.size(); c++) {
            if (containers.get(c).firstLine <= line) {
                holder = c;
            }
        }
        return holder;
    }

    /**
     * The marker of footnote {@code number}: its digits right after a Chinese character or closing punctuation, not
     * part of a number (5 000), a date or an ordinal (第 3), on the footnote's own page above it. Markers run in
     * order through the document, so the search starts after the previous one.
     */
    private Optional<MarkerHit> findMarker(List<Passage> texts, int[] highestLines, int fromParagraph, int fromIndex,
            int number, int footnoteLine) {
        Pattern marker = words.marker(number);
        int pageStart = pageStarts.stream().filter(n -> n <= footnoteLine).reduce((a, b) -> b).orElse(1);
        for (int p = fromParagraph; p < texts.size(); p++) {
            Passage text = texts.get(p);
            if (text.isEmpty() || text.firstLine() > footnoteLine) {
                break;
            }
            if (highestLines[p] < pageStart) {
                continue; // wholly on the pages before the footnote's: no marker there can be its
            }
            Matcher m = marker.matcher(text.text());
            int from = p == fromParagraph ? fromIndex : 0;
            while (from <= text.text().length() && m.find(from)) {
                int line = text.lineAt(m.start());
                if (line >= pageStart && line < footnoteLine) {
                    return Optional.of(new MarkerHit(p, new Span(m.start(), m.end())));
                }
                from = m.end();
            }
        }
        return Optional.empty();
    }

    private List<PageLinks> pages() {
        List<PageLinks> pages = new ArrayList<>();
        for (int i = 0; i < pageStarts.size(); i++) {
            int first = pageStarts.get(i);
            int last = i + 1 < pageStarts.size() ? pageStarts.get(i + 1) - 1 : source.lineCount();
            List<Passage> links = linkLines.stream().filter(n -> first <= n && n <= last)
                    .map(n -> Passage.builder(source).addLine(n).build()).toList();
            pages.add(new PageLinks(first, last, links));
        }
        return pages;
    }
}
