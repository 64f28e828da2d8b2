package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.BodyNames;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.segment.Heading;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReportOutline;

/**
 * One reading pass of {@link StatementExtractor}: where it stands in the outline, the statement being assembled and the
 * note being read.
 */
final class StatementPass {

    private static final Pattern LEADING_DATE =
            Pattern.compile("^\\s*(\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?)\\s*[，,]");
    static final Pattern COMMENTARY_START = Pattern.compile("^\\s*(背景信息|备注)\\s*[：:]");
    /** A paragraph that quotes or introduces draft treaty text (第 21 条：…, …建议保留以下条款的原文：) is the next item. */
    private static final Pattern INTRODUCES_PROVISION = Pattern.compile("^[“\\s]*第\\s*\\d+\\s*条|以下条款");
    private static final Pattern ELLIPSIS_ONLY = Pattern.compile("^[\\s\\[\\]【】.…。]*$");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。”！？!?\\]）)](?:\\s*\\d{1,3})*\\s*$");
    /** A paragraph that opens with a name, perhaps a bracketed addition, and a colon: 加拿大：, 欧盟（代表…）：. */
    private static final Pattern SPEAKER_TURN = Pattern.compile("^([^，。：“”（(]{1,20}?)\\s*(?:[（(][^）)]*[）)])?\\s*[：:]");

    private enum Mode {
        NARRATIVE, STATEMENTS, COMMENTARY
    }

    private final ReadingText reading;
    private final String text;
    private final List<Heading> headings;

    private final List<Statement> statements = new ArrayList<>();
    private final List<EditorialNote> notes = new ArrayList<>();
    private final List<String> unattributed = new ArrayList<>();

    private Mode mode = Mode.NARRATIVE;
    private String forum = "";
    private String sectionForum = "";
    private Heading session;
    private String currentDate = "";
    private int sectionStart;
    private Statement lastInSection;

    private List<Actor> openSpeakers;
    private String openSpeakerText;
    private List<Actor> openOnBehalfOf;
    private String openDate;
    private int openStart = -1;
    private int openEnd;
    private final StringBuilder openText = new StringBuilder();

    private int noteStart = -1;
    private String noteKind;

    private int sentenceStart;
    /** Whether the sentence being read quoted someone: its date is the quotation's, not the narrative's. */
    private boolean sentenceQuoted;
    private int paragraphStart;
    private Actor paragraphSpeaker;
    private int openParagraph = -1;
    private int lastParagraph = -1;

    private final List<ReportPart> parts;
    private final Gazetteer gazetteer;
    private final SpeakerCues cues;
    private final ConceptLexicon concepts;
    private final BodyNames bodies;
    private final SpeakerResolution whoSpeaks;
    private final CommentTargets targets;
    private final NoteEnds noteEnds;
    /** The innermost part being read, the session-level part (its session, or its section) and its section. */
    private int part;
    private int scopePart;
    private int sectionPart;
    private Statement lastInScope;

    StatementPass(ReadingText reading, List<Heading> headings, DraftFindings drafts,
            StatementExtractor.Lexicons lexicons) {
        this.reading = reading;
        this.text = reading.text();
        this.headings = headings;
        this.parts = ReportParts.of(reading, headings);
        this.gazetteer = lexicons.gazetteer();
        this.cues = lexicons.cues();
        this.concepts = lexicons.concepts();
        this.bodies = lexicons.bodies();
        this.whoSpeaks = new SpeakerResolution(gazetteer, lexicons.reference(), cues, text);
        this.targets = new CommentTargets(gazetteer, bodies, drafts, parts);
        this.noteEnds = new NoteEnds(reading, whoSpeaks);
    }

    StatementFindings run(List<FootnoteSource> footnotes) {
        int headingIndex = 0;
        int introStart = 0;
        int p = 0;
        while (p < text.length()) {
            if (headingIndex < headings.size() && headings.get(headingIndex).span().start() <= p) {
                Heading heading = headings.get(headingIndex++);
                closeOpen(0);
                closeNote(heading.span().start());
                enter(heading, headingIndex);
                p = Math.max(p, heading.span().end());
                while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                    p++;
                }
                mode = Mode.NARRATIVE;
                introStart = p;
                sentenceStart = p;
                sentenceQuoted = false;
                newParagraph(p);
                continue;
            }
            if ((reading.startsLine(p) || mode == Mode.COMMENTARY && reading.startsSourceLine(p)
                    && noteEnds.reopensAccountAt(p))
                    && p > 0 && ENDS_PARAGRAPH.matcher(text.substring(Math.max(0, p - 10), p)).find()) {
                sentenceDate(sentenceStart, p);
                introStart = p;
                sentenceStart = p;
                sentenceQuoted = false;
                newParagraph(p);
            }
            char c = text.charAt(p);
            if (c == '“') {
                int close = reading.closingQuote(p);
                if (close < 0) {
                    p++;
                    continue;
                }
                int after = close + 1;
                int marker = reading.footnoteMarkerLength(after);
                if (marker == 0 && after < text.length() && text.charAt(after) == '。') {
                    int afterStop = reading.footnoteMarkerLength(after + 1);
                    if (afterStop > 0) {
                        after++;
                        marker = afterStop;
                    }
                }
                int footnote = marker > 0 ? Integer.parseInt(text.substring(after, after + marker).strip()) : 0;
                quotation(introStart, p, close, footnote);
                sentenceQuoted = true;
                p = after + marker;
                introStart = p;
                continue;
            }
            if (c == '。' || c == '！' || c == '？') {
                sentenceDate(sentenceStart, p);
                introStart = p + 1;
                sentenceStart = p + 1;
                sentenceQuoted = false;
            }
            p++;
        }
        closeOpen(0);
        closeNote(text.length());
        return new StatementFindings(List.copyOf(statements), List.copyOf(notes), footnotes, headings, parts,
                List.copyOf(unattributed));
    }

    /**
     * A paragraph opens commentary (背景信息：), a speaker's turn (加拿大：…), or narrative; a paragraph that opens
     * with a date (2023 年 7 月 28 日，OEWG 通过了…) is the report's account again, so it ends commentary.
     */
    private void newParagraph(int p) {
        paragraphStart = p;
        paragraphSpeaker = null;
        String head = text.substring(p, Math.min(text.length(), p + 60));
        Matcher commentary = COMMENTARY_START.matcher(head);
        if (commentary.find()) {
            closeOpen(0);
            closeNote(p);
            mode = Mode.COMMENTARY;
            noteStart = p;
            noteKind = commentary.group(1);
            return;
        }
        Matcher named = SPEAKER_TURN.matcher(head);
        if (named.find()) {
            Optional<Gazetteer.Match> match = gazetteer.longestMatchAt(head, 0);
            if (match.isPresent() && match.get().end() == named.group(1).length()) {
                paragraphSpeaker = match.get().name().actor();
                closeOpen(0);
                closeNote(p);
                mode = Mode.STATEMENTS;
                return;
            }
        }
        if (mode == Mode.COMMENTARY && (LEADING_DATE.matcher(head).lookingAt() || INTRODUCES_PROVISION.matcher(head).find())) {
            closeNote(p);
        }
    }

    private void enter(Heading heading, int number) {
        part = number;
        if (heading.kind() != Heading.Kind.DATE) {
            scopePart = number;
            lastInScope = null;
        }
        if (heading.kind() == Heading.Kind.SECTION) {
            sectionPart = number;
        }
        switch (heading.kind()) {
            case SECTION -> {
                forum = heading.forum();
                sectionForum = forum;
                session = null;
                currentDate = "";
                sectionStart = heading.span().end();
                lastInSection = null;
            }
            case SESSION -> {
                session = heading;
                forum = sectionForum.isEmpty() ? forumNamedBy(heading) : sectionForum;
                currentDate = "";
            }
            case DATE -> currentDate = ReportOutline.isoDate(heading.label());
        }
    }

    /** The one forum a session heading names (联合国大会第 77 届会议 → UNGA), or "" where it names none or several. */
    private String forumNamedBy(Heading heading) {
        List<String> forums = bodies.forumsNamedIn(heading.label());
        return forums.size() == 1 ? forums.get(0) : "";
    }

    /** A narrative sentence that opens with a date dates what follows it, as a date heading would. */
    private void sentenceDate(int start, int end) {
        if (mode == Mode.COMMENTARY || sentenceQuoted) {
            return;
        }
        Matcher date = LEADING_DATE.matcher(text.substring(start, end));
        if (date.find()) {
            currentDate = ReportOutline.isoDate(date.group(1));
        }
    }

    private void quotation(int introStart, int open, int close, int footnote) {
        String quoted = reading.withoutFootnoteMarkers(text.substring(open + 1, close)).strip();
        if (cues.matches(SpeakerCues.Kind.NOT_A_STATEMENT, quoted)) {
            // a draft article quoted after a 备注 paragraph is the report's next item, not part of the note
            if (mode == Mode.COMMENTARY && paragraphStart != noteStart) {
                closeNote(paragraphStart);
            }
            return;
        }
        String introWords = reading.withoutFootnoteMarkers(introStart, open).strip();
        boolean empty = ELLIPSIS_ONLY.matcher(introWords).matches();
        boolean opensParagraph = introStart == paragraphStart && introStart != noteStart;
        if (mode == Mode.COMMENTARY && !opensParagraph) {
            return;
        }
        if (openStart >= 0 && (empty || openParagraph == paragraphStart)) {
            // everything since the last block, not only this paragraph: a […] may stand on a line of its own
            append(reading.withoutFootnoteMarkers(text.substring(openEnd, open)).strip(), quoted, close);
            finish(footnote);
            return;
        }
        if (empty || cues.isContinuation(stripDate(introWords))) {
            if (lastInSection == null || mode != Mode.STATEMENTS) {
                return;
            }
            begin(lastInSection.speakers(), introWords, lastInSection.onBehalfOf(), lastInSection.date(),
                    open, quoted, close);
            finish(footnote);
            return;
        }
        Optional<Actor> speaker = Optional.empty();
        if (cues.matches(SpeakerCues.Kind.INTRO_END, introWords)) {
            speaker = whoSpeaks.speaker(introWords, open, sentenceStart, sectionStart, forum);
            if (speaker.isEmpty()) {
                speaker = whoSpeaks.firstNamed(text.substring(sentenceStart, introStart), null);
            }
            if (speaker.isEmpty() && mode != Mode.COMMENTARY) {
                unattributed.add(reading.sourceLine(open) + ": " + introWords);
            }
        }
        if (speaker.isEmpty() && paragraphSpeaker != null && !spokeInParagraph()) {
            speaker = Optional.of(paragraphSpeaker);
        }
        if (speaker.isEmpty()) {
            return;
        }
        List<Actor> speakers = List.of(speaker.get());
        if (cues.matches(SpeakerCues.Kind.ANAPHOR_CO_SPONSORS, introWords)
                && whoSpeaks.firstNamed(whoSpeaks.withoutOnBehalfOf(introWords), null).isEmpty()) {
            speakers = whoSpeaks.statesOfPreviousSentence(sentenceStart, sectionStart);
        }
        closeOpen(0);
        closeNote(sentenceStart);
        mode = Mode.STATEMENTS;
        int turn = whoSpeaks.narrativeBeforeTurn(sentenceStart, introStart, open);
        if (turn > sentenceStart) {
            sentenceQuoted = false;
            sentenceDate(sentenceStart, turn);
            sentenceStart = turn;
            introWords = reading.withoutFootnoteMarkers(Math.max(turn, introStart), open).strip();
        }
        String intro = text.substring(sentenceStart, open);
        Matcher leadingDate = LEADING_DATE.matcher(reading.withoutFootnoteMarkers(intro));
        String date = leadingDate.find() ? ReportOutline.isoDate(leadingDate.group(1))
                : cues.matches(SpeakerCues.Kind.SAME_SOURCE, introWords) && lastInSection != null
                        && lastInSection.speaker().equals(speaker.get()) ? lastInSection.date() : currentDate;
        begin(speakers, introWords, whoSpeaks.onBehalfOf(introWords, speaker.get()), date, open, quoted, close);
        finish(footnote);
    }

    private boolean spokeInParagraph() {
        return lastInSection != null && lastParagraph == paragraphStart;
    }

    private String stripDate(String intro) {
        return LEADING_DATE.matcher(intro).replaceFirst("").strip();
    }

    private void begin(List<Actor> speakers, String intro, List<Actor> onBehalfOf, String date, int open,
            String quoted, int close) {
        openSpeakers = speakers;
        openSpeakerText = speakerText(intro);
        openOnBehalfOf = onBehalfOf;
        openDate = date;
        openStart = open;
        openParagraph = paragraphStart;
        openEnd = close + 1;
        openText.setLength(0);
        openText.append(quoted);
    }

    private void append(String separator, String quoted, int close) {
        String joint = separator.replaceAll("[^\\[\\]【】.…]", "");
        openText.append(joint.isEmpty() && !separator.isBlank() ? "…" : joint).append(quoted);
        openEnd = close + 1;
    }

    /** A footnote closes the statement; without one, the next quoted block may still continue it. */
    private void finish(int footnote) {
        if (footnote > 0) {
            closeOpen(footnote);
        }
    }

    private void closeOpen(int footnote) {
        if (openStart < 0) {
            return;
        }
        String words = openText.toString();
        Evidence quote = Evidence.of(reading.source(), words, reading.sourceSpan(openStart, openEnd));
        Statement statement = new Statement(statements.size() + 1, openSpeakers, openSpeakerText,
                openOnBehalfOf, openDate, forum, session, quote, footnote, concepts.find(words), part);
        statements.add(statement);
        lastInSection = statement;
        lastInScope = statement;
        lastParagraph = openParagraph;
        openStart = -1;
    }

    private void closeNote(int end) {
        if (noteStart < 0) {
            return;
        }
        int stop = end;
        while (stop > noteStart && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        Evidence words = reading.evidence(noteStart, stop);
        notes.add(new EditorialNote(notes.size() + 1, noteKind, words, targets.commentsOn(words, part, scopePart, sectionPart, lastInScope), part));
        noteStart = -1;
        mode = Mode.NARRATIVE;
    }

    private String speakerText(String intro) {
        return stripDate(intro).replaceAll("[：:，,]\\s*$", "").strip();
    }
}
