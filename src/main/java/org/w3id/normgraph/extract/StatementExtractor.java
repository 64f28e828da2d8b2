package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.segment.Footnote;
import org.w3id.normgraph.segment.Heading;
import org.w3id.normgraph.segment.PageLayout;
import org.w3id.normgraph.segment.ReadingText;
import org.w3id.normgraph.segment.ReportOutline;

/**
 * Reads the quoted statements of a report on UN processes (the ICANN GE reports): who said what, when, in which
 * forum and session, and which footnote gives the source; and the report's own commentary, which is never a
 * statement.
 *
 * <p>The text is read in one pass. Headings set the forum, session and date. A quotation is a statement when the
 * words before it, back to the start of the sentence, end like an intro ({@code speaker-cues.tsv}) and name a
 * speaker, or when they are empty (or only "[…]") right after a statement, which they continue. Quoted blocks
 * without a footnote of their own belong to the statement whose footnote closes them. A 背景信息 or 备注 block
 * runs until the next heading or the next paragraph that opens a statement; quotations inside it are the
 * report's, not a speaker's.
 */
public final class StatementExtractor {

    private static final Pattern LEADING_DATE =
            Pattern.compile("^\\s*(\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?)\\s*[，,]");
    private static final Pattern COMMENTARY_START = Pattern.compile("^\\s*(背景信息|备注)\\s*[：:]");
    private static final Pattern ELLIPSIS_ONLY = Pattern.compile("^[\\s\\[\\]【】.…。]*$");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。”！？!?\\]）)](?:\\s*\\d{1,3})*\\s*$");
    private static final Pattern ON_BEHALF_OF = Pattern.compile("[（(]\\s*(?:同时)?代表([^）)]*)[）)]");
    private static final String CHAIR = "主席";
    /** A paragraph that opens with a name, perhaps a bracketed addition, and a colon: 加拿大：, 欧盟（代表…）：. */
    private static final Pattern SPEAKER_TURN = Pattern.compile("^([^，。：“”（(]{1,20}?)\\s*(?:[（(][^）)]*[）)])?\\s*[：:]");

    private final Gazetteer gazetteer;
    private final ReferenceData reference;
    private final SpeakerCues cues;
    private final ConceptLexicon concepts;

    public StatementExtractor(Gazetteer gazetteer, ReferenceData reference, SpeakerCues cues,
            ConceptLexicon concepts) {
        this.gazetteer = gazetteer;
        this.reference = reference;
        this.cues = cues;
        this.concepts = concepts;
    }

    public StatementFindings extract(PageLayout layout) {
        ReadingText reading = ReadingText.of(layout);
        return new Pass(reading, ReportOutline.of(reading).headings()).run(footnotes(layout));
    }

    private static List<FootnoteSource> footnotes(PageLayout layout) {
        SourceText source = layout.source();
        List<FootnoteSource> parsed = new ArrayList<>();
        FootnoteSource previous = null;
        List<Footnote> ordered = new ArrayList<>(layout.footnotes());
        ordered.sort((a, b) -> Integer.compare(a.number(), b.number()));
        for (Footnote footnote : ordered) {
            FootnoteSource parsedNote = FootnoteSource.parse(footnote.number(),
                    Evidence.of(source, footnote.words(), footnote.span()), previous);
            parsed.add(parsedNote);
            previous = parsedNote;
        }
        return List.copyOf(parsed);
    }

    private enum Mode {
        NARRATIVE, STATEMENTS, COMMENTARY
    }

    /** The state of one reading pass: where we are in the outline, and the statement being assembled. */
    private final class Pass {
        private final ReadingText reading;
        private final String text;
        private final List<Heading> headings;

        private final List<Statement> statements = new ArrayList<>();
        private final List<EditorialNote> notes = new ArrayList<>();
        private final List<String> unattributed = new ArrayList<>();

        private Mode mode = Mode.NARRATIVE;
        private String forum = "";
        private Heading session;
        private String currentDate = "";
        private int sectionStart;
        private Statement lastInSection;

        private Actor openSpeaker;
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

        Pass(ReadingText reading, List<Heading> headings) {
            this.reading = reading;
            this.text = reading.text();
            this.headings = headings;
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
                    enter(heading);
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
                if (reading.startsLine(p) && p > 0
                        && ENDS_PARAGRAPH.matcher(text.substring(Math.max(0, p - 10), p)).find()) {
                    sentenceDate(sentenceStart, p);
                    introStart = p;
                    sentenceStart = p;
                    sentenceQuoted = false;
                    newParagraph(p);
                }
                char c = text.charAt(p);
                if (c == '“') {
                    int close = closingQuote(p);
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
            return new StatementFindings(List.copyOf(statements), List.copyOf(notes), footnotes, headings,
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
            if (mode == Mode.COMMENTARY && LEADING_DATE.matcher(head).find()) {
                closeNote(p);
            }
        }

        private void enter(Heading heading) {
            switch (heading.kind()) {
                case SECTION -> {
                    forum = heading.forum();
                    session = null;
                    currentDate = "";
                    sectionStart = heading.span().end();
                    lastInSection = null;
                }
                case SESSION -> {
                    session = heading;
                    currentDate = "";
                }
                case DATE -> currentDate = ReportOutline.isoDate(heading.label());
            }
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

        private int closingQuote(int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '“') {
                    depth++;
                } else if (c == '”') {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private void quotation(int introStart, int open, int close, int footnote) {
            String quoted = reading.withoutFootnoteMarkers(text.substring(open + 1, close)).strip();
            if (cues.matches(SpeakerCues.Kind.NOT_A_STATEMENT, quoted)) {
                return;
            }
            String introWords = reading.withoutFootnoteMarkers(text.substring(introStart, open)).strip();
            boolean empty = ELLIPSIS_ONLY.matcher(introWords).matches();
            boolean opensParagraph = introStart == paragraphStart && introStart != noteStart;
            if (mode == Mode.COMMENTARY && !opensParagraph) {
                return;
            }
            if (openStart >= 0 && (empty || openParagraph == paragraphStart)) {
                append(introWords, quoted, close);
                finish(footnote);
                return;
            }
            if (empty || cues.isContinuation(stripDate(introWords))) {
                if (lastInSection == null || mode != Mode.STATEMENTS) {
                    return;
                }
                begin(lastInSection.speaker(), introWords, lastInSection.onBehalfOf(), lastInSection.date(),
                        open, quoted, close);
                finish(footnote);
                return;
            }
            Optional<Actor> speaker = Optional.empty();
            if (cues.matches(SpeakerCues.Kind.INTRO_END, introWords)) {
                speaker = speaker(introWords, open);
                if (speaker.isEmpty()) {
                    speaker = firstNamed(text.substring(sentenceStart, introStart), null);
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
            closeOpen(0);
            closeNote(sentenceStart);
            mode = Mode.STATEMENTS;
            int turn = narrativeBeforeTurn(sentenceStart, introStart, open);
            if (turn > sentenceStart) {
                sentenceQuoted = false;
                sentenceDate(sentenceStart, turn);
                sentenceStart = turn;
                introWords = reading.withoutFootnoteMarkers(text.substring(Math.max(turn, introStart), open)).strip();
            }
            String intro = text.substring(sentenceStart, open);
            Matcher leadingDate = LEADING_DATE.matcher(reading.withoutFootnoteMarkers(intro));
            String date = leadingDate.find() ? ReportOutline.isoDate(leadingDate.group(1))
                    : cues.matches(SpeakerCues.Kind.SAME_SOURCE, introWords) && lastInSection != null
                            && lastInSection.speaker().equals(speaker.get()) ? lastInSection.date() : currentDate;
            begin(speaker.get(), introWords, onBehalfOf(introWords, speaker.get()), date, open, quoted, close);
            finish(footnote);
        }

        /**
         * Where a speaker's turn begins inside a sentence that first tells the scene (…发表了若干声明，其中包括：卢旺达：“):
         * just after the last colon before the intro's own, or -1 if there is none.
         */
        private int narrativeBeforeTurn(int sentenceStart, int introStart, int open) {
            String sentence = text.substring(sentenceStart, open).stripTrailing();
            int last = Math.max(sentence.lastIndexOf('：', sentence.length() - 2), -1);
            if (last < 0 || sentenceStart + last + 1 < introStart - 1 && introStart > sentenceStart) {
                return -1;
            }
            int turn = sentenceStart + last + 1;
            while (turn < open && Character.isWhitespace(text.charAt(turn))) {
                turn++;
            }
            return turn;
        }

        private boolean spokeInParagraph() {
            return lastInSection != null && lastParagraph == paragraphStart;
        }

        private String stripDate(String intro) {
            return LEADING_DATE.matcher(intro).replaceFirst("").strip();
        }

        private void begin(Actor speaker, String intro, List<Actor> onBehalfOf, String date, int open,
                String quoted, int close) {
            openSpeaker = speaker;
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
            Statement statement = new Statement(statements.size() + 1, openSpeaker, openSpeakerText,
                    openOnBehalfOf, openDate, forum, session, quote, footnote, concepts.find(words));
            statements.add(statement);
            lastInSection = statement;
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
            notes.add(new EditorialNote(notes.size() + 1, noteKind, words,
                    lastInSection == null ? 0 : lastInSection.ordinal()));
            noteStart = -1;
            mode = Mode.NARRATIVE;
        }

        private Optional<Actor> speaker(String intro, int open) {
            String withoutBehalf = ON_BEHALF_OF.matcher(intro).replaceAll("");
            Optional<Actor> named = firstNamed(withoutBehalf, null);
            if (named.isPresent()) {
                return named;
            }
            if (cues.matches(SpeakerCues.Kind.ANAPHOR_REPORT, intro)) {
                return lastNamedBefore(open, ActorKind.REPORT);
            }
            if (cues.matches(SpeakerCues.Kind.ANAPHOR_STATE, intro)) {
                return firstStateOfPreviousSentence(sentenceStart);
            }
            if (intro.contains(CHAIR) && !forum.isEmpty()) {
                return reference.actor(ActorKind.PERSON, "chair-" + forum);
            }
            return Optional.empty();
        }

        /** The first actor named in the words, skipping a name that only qualifies another (秘书长的报告《…》). */
        private Optional<Actor> firstNamed(String words, ActorKind kind) {
            return gazetteer.scan(words).stream()
                    .filter(m -> m.end() >= words.length() || words.charAt(m.end()) != '的')
                    .map(m -> m.name().actor())
                    .filter(actor -> kind == null || actor.kind() == kind)
                    .findFirst();
        }

        private Optional<Actor> lastNamedBefore(int end, ActorKind kind) {
            return gazetteer.scan(text.substring(sectionStart, end)).stream()
                    .map(m -> m.name().actor())
                    .filter(actor -> actor.kind() == kind)
                    .reduce((first, second) -> second);
        }

        private Optional<Actor> firstStateOfPreviousSentence(int sentenceStart) {
            int end = sentenceStart - 1;
            while (end > 0 && text.charAt(end) != '。') {
                end--;
            }
            int start = end - 1;
            while (start > sectionStart && text.charAt(start - 1) != '。' && text.charAt(start - 1) != '”') {
                start--;
            }
            return start < end ? firstNamed(text.substring(start, end), ActorKind.STATE) : Optional.empty();
        }

        private List<Actor> onBehalfOf(String intro, Actor speaker) {
            Matcher behalf = ON_BEHALF_OF.matcher(intro);
            if (!behalf.find()) {
                return List.of();
            }
            return gazetteer.scan(behalf.group(1)).stream().map(m -> m.name().actor())
                    .filter(actor -> !actor.equals(speaker)).distinct().toList();
        }

        private String speakerText(String intro) {
            return stripDate(intro).replaceAll("[：:，,]\\s*$", "").strip();
        }
    }
}
