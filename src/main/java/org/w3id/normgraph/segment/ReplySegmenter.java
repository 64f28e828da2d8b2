package org.w3id.normgraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** A reply heading numbered in the edition's list of replies: 1. 约旦, A. 约旦. */
    private static final Pattern REPLY_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}|[A-Z])\\s*[.．、]\\s*");

    private final SourceText source;
    private final ReplyLanguage words;
    private final ReplyLines lines;
    /** One matcher each for the headings, language lines, reply numbers and date lines of all replies. */
    private final Matcher repliesTitle;
    private final Matcher languageLine;
    private final Matcher replyNumber = REPLY_NUMBER.matcher("");
    private final Matcher dateLine;
    /** The date of each date line, read once: many replies of a compilation are dated the same day. */
    private final Map<String, Optional<LocalDate>> datesByLine = new HashMap<>();

    private ReplySegmenter(SourceText source, ReplyLanguage words) {
        this.source = source;
        this.words = words;
        this.lines = new ReplyLines(source, words);
        this.repliesTitle = words.repliesTitle.matcher("");
        this.languageLine = words.languageLine.matcher("");
        this.dateLine = words.dateLine.matcher("");
    }

    /** The Chinese edition's replies. */
    public static CompiledReplies segment(SourceText source) {
        return segment(source, ReplyLanguage.of("zh-Hans"));
    }

    /** The replies of an edition that prints them with {@code words}. */
    public static CompiledReplies segment(SourceText source, ReplyLanguage words) {
        return new ReplySegmenter(source, words).assemble();
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
        final List<ReplyBlock> paragraphs = new ArrayList<>();

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
        Draft introduction = new Draft(1);
        List<ReplyDraft> replies = new ArrayList<>();
        ReplySection section = null;
        Passage sectionHeading = null;
        int nextNumeral = 1;
        Draft container = introduction;
        for (int i = 0; i < lines.blocks.size(); i++) {
            ReplyBlock block = lines.blocks.get(i);
            int line = block.firstLine();
            if (block.kind == ReplyBlock.Kind.HEADING && block.numbered) {
                Matcher m = words.numberedHeading.matcher(source.line(line));
                m.matches();
                String title = lines.passage(block).text();
                int numeral = words.numeral(m.group(1));
                // an addendum goes on the report's numbering: its first section of replies may be II. or III.
                boolean ofReplies = ReplyLanguage.holdsAny(title, words.repliesWords);
                if (numeral == nextNumeral && (nextNumeral == 1 || ofReplies) || numeral > nextNumeral && ofReplies) {
                    nextNumeral = numeral + 1;
                    if (ofReplies) {
                        section = repliesSection(title, line);
                        sectionHeading = lines.passage(block);
                        container = null;
                    } else {
                        introduction.sections.add(new SectionDraft(Optional.of(lines.passage(block))));
                    }
                    continue;
                }
            }
            if (block.kind == ReplyBlock.Kind.HEADING && !block.numbered
                    && repliesTitle.reset(lines.passage(block).text()).matches()) {
                section = repliesSection(lines.passage(block).text(), line);
                sectionHeading = lines.passage(block);
                container = null;
                continue;
            }
            boolean replyHeading = block.kind == ReplyBlock.Kind.HEADING && i + 1 < lines.blocks.size()
                    && (lines.blocks.get(i + 1).kind == ReplyBlock.Kind.LANGUAGE || lines.blocks.get(i + 1).kind == ReplyBlock.Kind.DATE);
            if (replyHeading) {
                if (section == null) {
                    throw new LayoutException(line, "the reply of “" + lines.passage(block).text() + "” stands before any"
                            + " section of replies (expected a heading such as " + words.word("example.section") + ")");
                }
                ReplyDraft reply = new ReplyDraft(section, replyHeading(block), line);
                reply.sectionHeading = sectionHeading;
                if (lines.blocks.get(i + 1).kind == ReplyBlock.Kind.LANGUAGE) {
                    ReplyBlock language = lines.blocks.get(++i);
                    Matcher lm = languageLine.reset(source.line(language.firstLine()));
                    lm.matches();
                    reply.language = Passage.builder(source).addLine(language.firstLine(), lm.start(1), lm.end(1))
                            .build();
                    if (i + 1 >= lines.blocks.size() || lines.blocks.get(i + 1).kind != ReplyBlock.Kind.DATE) {
                        throw new LayoutException(language.firstLine(), "expected the date of the reply of “"
                                + reply.heading.text() + "” on the line after its language, as " + words.word("example.date"));
                    }
                }
                ReplyBlock dateBlock = lines.blocks.get(++i);
                reply.dateLine = lines.passage(dateBlock);
                reply.date = date(dateBlock.firstLine());
                replies.add(reply);
                container = reply.body;
                continue;
            }
            if (block.kind == ReplyBlock.Kind.LANGUAGE || block.kind == ReplyBlock.Kind.DATE) {
                throw new LayoutException(line, "a bracketed " + (block.kind == ReplyBlock.Kind.LANGUAGE ? "language" : "date")
                        + " line must follow the name of the actor whose reply it opens");
            }
            if (container == null) {
                throw new LayoutException(line, "text between a section heading and its first reply (expected the"
                        + " name of an actor, then " + words.word("example.language.form") + " and the date)");
            }
            if (block.kind == ReplyBlock.Kind.HEADING) {
                container.sections.add(new SectionDraft(Optional.of(lines.passage(block))));
            } else {
                container.current().paragraphs.add(block);
            }
        }
        return build(introduction, replies);
    }

    private ReplySection repliesSection(String title, int line) {
        // organizations first: the Chinese title of their section (政府间组织) holds the word for Governments (政府)
        if (ReplyLanguage.holdsAny(title, words.organizationsWords)) {
            return ReplySection.INTERGOVERNMENTAL_ORGANIZATIONS;
        }
        if (ReplyLanguage.holdsAny(title, words.governmentsWords)) {
            return ReplySection.GOVERNMENTS;
        }
        throw new LayoutException(line, "a section of replies must say whose replies it holds ("
                + words.word("example.sections") + "), found “" + title + "”");
    }

    /** The actor's name as the heading prints it, without the number of a numbered list of replies. */
    private Passage replyHeading(ReplyBlock block) {
        int line = block.firstLine();
        Matcher number = replyNumber.reset(source.line(line));
        if (block.lines.size() == 1 && number.lookingAt()) {
            return Passage.builder(source).addLine(line, number.end()).build();
        }
        return lines.passage(block);
    }

    private LocalDate date(int line) {
        String printed = source.line(line);
        return datesByLine.computeIfAbsent(printed, written -> {
            Matcher m = dateLine.reset(written);
            m.matches();
            return words.date(m.group(1));
        }).orElseThrow(() -> new LayoutException(line, "no such date: " + printed.strip()));
    }

    /** Builds paragraphs, finds the footnote markers in them and gives each footnote to its reply. */
    private CompiledReplies build(Draft introduction, List<ReplyDraft> replies) {
        List<Draft> containers = new ArrayList<>();
        containers.add(introduction);
        replies.forEach(r -> containers.add(r.body));
        List<ReplyBlock> paragraphBlocks = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < containers.size(); c++) {
            for (SectionDraft section : containers.get(c).sections) {
                for (ReplyBlock block : section.paragraphs) {
                    paragraphBlocks.add(block);
                    owners.add(c);
                }
            }
        }
        List<Passage> texts = paragraphBlocks.stream().map(lines::passage).toList();
        FootnoteMarkers markerSearch = new FootnoteMarkers(words, lines.pageStarts, texts);
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
        for (var entry : lines.footnoteBuilders.entrySet()) {
            int number = entry.getKey();
            PrintedFootnote footnote = new PrintedFootnote(number, entry.getValue().build());
            Optional<FootnoteMarkers.Hit> hit = markerSearch.find(paragraph, from, number, lines.footnoteLines.get(number));
            int owner;
            if (hit.isPresent()) {
                paragraph = hit.get().paragraph();
                from = hit.get().span().end();
                markers.get(paragraph).add(hit.get().span());
                numbers.get(paragraph).add(number);
                owner = owners.get(paragraph);
            } else {
                owner = containerHolding(containers, lines.footnoteLines.get(number));
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
                for (ReplyBlock block : section.paragraphs) {
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
        return new CompiledReplies(source, introduction(introSections), footnotesOf.get(0), replyTexts, pages(),
                lines.uncertainBreaks);
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

    private List<PageLinks> pages() {
        List<PageLinks> pages = new ArrayList<>();
        for (int i = 0; i < lines.pageStarts.size(); i++) {
            int first = lines.pageStarts.get(i);
            int last = i + 1 < lines.pageStarts.size() ? lines.pageStarts.get(i + 1) - 1 : source.lineCount();
            List<Passage> links = lines.linkLines.stream().filter(n -> first <= n && n <= last)
                    .map(n -> Passage.builder(source).addLine(n).build()).toList();
            pages.add(new PageLinks(first, last, links));
        }
        return pages;
    }
}
