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
import org.w3id.normgraph.lexicon.BodyNames;
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
 * without a footnote of their own belong to the statement whose footnote closes them; what stands between the
 * blocks ([…]) stays in the text. Co-sponsors named by reference (共同提案国) are all speakers of one joint
 * statement. A 背景信息 or 备注 block runs until the next heading, the next paragraph that opens a statement, or the
 * next that introduces draft treaty text; quotations inside it are the report's, not a speaker's. The headings
 * become nested {@link ReportPart}s, and each note gets what it comments on ({@link CommentTarget}).
 */
public final class StatementExtractor {

    private static final Pattern LEADING_DATE =
            Pattern.compile("^\\s*(\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?)\\s*[，,]");
    private static final Pattern COMMENTARY_START = Pattern.compile("^\\s*(背景信息|备注)\\s*[：:]");
    /** Words by which commentary refers back to what it follows: 这与…, 上述文字, 如前所述, 在该意见声明中. */
    private static final Pattern REFERS_BACK =
            Pattern.compile("^\\s*(?:背景信息|备注)\\s*[：:]\\s*(?:这|此|该)|上述|上文|前述|如上所述|如前所述|该意见声明|该条款|此条款");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{1,40})”");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("^\\d+");

    /** A paragraph that quotes or introduces draft treaty text (第 21 条：…, …建议保留以下条款的原文：) is the next item. */
    private static final Pattern INTRODUCES_PROVISION = Pattern.compile("^[“\\s]*第\\s*\\d+\\s*条|以下条款");
    private static final Pattern ELLIPSIS_ONLY = Pattern.compile("^[\\s\\[\\]【】.…。]*$");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。”！？!?\\]）)](?:\\s*\\d{1,3})*\\s*$");
    private static final Pattern ON_BEHALF_OF = Pattern.compile("[（(]\\s*(?:同时)?代表([^）)]*)[）)]");
    private static final String CHAIR = "主席";
    private static final String FORUM_PATH = "forum/";
    /** A paragraph that opens with a name, perhaps a bracketed addition, and a colon: 加拿大：, 欧盟（代表…）：. */
    private static final Pattern SPEAKER_TURN = Pattern.compile("^([^，。：“”（(]{1,20}?)\\s*(?:[（(][^）)]*[）)])?\\s*[：:]");

    private final Gazetteer gazetteer;
    private final ReferenceData reference;
    private final SpeakerCues cues;
    private final ConceptLexicon concepts;
    private final BodyNames bodies;

    public StatementExtractor(Gazetteer gazetteer, ReferenceData reference, SpeakerCues cues,
            ConceptLexicon concepts) {
        this.gazetteer = gazetteer;
        this.reference = reference;
        this.cues = cues;
        this.concepts = concepts;
        this.bodies = BodyNames.bundled(reference);
    }

    /**
     * The forum that a session heading names, in a section about no one forum (联合国大会第 77 届会议的官方文件 →
     * UNGA), or "" where it names none or more than one.
     */
    private String forumNamedBy(Heading heading) {
        List<String> forums = bodies.find(heading.label()).stream().map(BodyNames.BodyMention::entity)
                .filter(entity -> entity.startsWith(FORUM_PATH)).distinct().toList();
        return forums.size() == 1 ? forums.get(0).substring(FORUM_PATH.length()) : "";
    }

    private static boolean refersBack(String words) {
        return REFERS_BACK.matcher(words).find();
    }

    private static boolean namesArticle(String words, ProvisionRef provision) {
        Matcher number = ARTICLE_NUMBER.matcher(provision.article());
        return number.find() && Pattern.compile("第\\s*" + number.group() + "\\s*条").matcher(words).find();
    }

    /** Whether the words name the forum by its short code (AHC, GDC, OEWG) or a name of {@code body-names.tsv}. */
    private boolean namesForum(String words, String forum) {
        if (forum.isEmpty()) {
            return false;
        }
        String shortCode = forum.split("-")[0];
        return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(shortCode) + "(?![A-Za-z])").matcher(words).find()
                || bodies.find(words).stream().anyMatch(m -> m.entity().equals(FORUM_PATH + forum));
    }

    public StatementFindings extract(PageLayout layout) {
        return extract(layout, new DraftFindings(List.of(), List.of(), List.of()));
    }

    /**
     * Reads the statements; {@code drafts}, what the draft-convention extractor found in the same text, lets
     * commentary on a quoted draft article comment on that article.
     */
    public StatementFindings extract(PageLayout layout, DraftFindings drafts) {
        ReadingText reading = ReadingText.of(layout);
        return new Pass(reading, ReportOutline.of(reading).headings(), drafts).run(footnotes(layout));
    }

    /** The report's headings as nested parts, each running to the next heading of its level or above. */
    private static List<ReportPart> parts(ReadingText reading, List<Heading> headings) {
        List<ReportPart> parts = new ArrayList<>();
        int section = 0;
        int session = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int level = level(heading.kind());
            int end = reading.text().length();
            for (int j = i + 1; j < headings.size(); j++) {
                if (level(headings.get(j).kind()) <= level) {
                    end = headings.get(j).span().start();
                    break;
                }
            }
            while (end > heading.span().end() && Character.isWhitespace(reading.text().charAt(end - 1))) {
                end--;
            }
            int number = i + 1;
            int parent = switch (heading.kind()) {
                case SECTION -> 0;
                case SESSION -> section;
                case DATE -> session > 0 ? session : section;
            };
            if (heading.kind() == Heading.Kind.SECTION) {
                section = number;
                session = 0;
            } else if (heading.kind() == Heading.Kind.SESSION) {
                session = number;
            }
            Evidence place = Evidence.of(reading.source(), heading.label(),
                    reading.sourceSpan(heading.span().start(), Math.max(end, heading.span().end())));
            String date = heading.kind() == Heading.Kind.DATE ? ReportOutline.isoDate(heading.label()) : "";
            parts.add(new ReportPart(number, heading.kind(), place, heading.forum(), date == null ? "" : date, parent));
        }
        return List.copyOf(parts);
    }

    private static int level(Heading.Kind kind) {
        return switch (kind) {
            case SECTION -> 0;
            case SESSION -> 1;
            case DATE -> 2;
        };
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

        private final DraftFindings drafts;
        private final List<ReportPart> parts;
        /** The innermost part being read, the session-level part (its session, or its section) and its section. */
        private int part;
        private int scopePart;
        private int sectionPart;
        private Statement lastInScope;

        Pass(ReadingText reading, List<Heading> headings, DraftFindings drafts) {
            this.reading = reading;
            this.text = reading.text();
            this.headings = headings;
            this.drafts = drafts;
            this.parts = parts(reading, headings);
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
            List<Actor> speakers = List.of(speaker.get());
            if (cues.matches(SpeakerCues.Kind.ANAPHOR_CO_SPONSORS, introWords)
                    && firstNamed(ON_BEHALF_OF.matcher(introWords).replaceAll(""), null).isEmpty()) {
                speakers = statesOfPreviousSentence(sentenceStart);
            }
            closeOpen(0);
            closeNote(sentenceStart);
            mode = Mode.STATEMENTS;
            int turn = narrativeBeforeTurn(sentenceStart, introStart, open);
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
            begin(speakers, introWords, onBehalfOf(introWords, speaker.get()), date, open, quoted, close);
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
            notes.add(new EditorialNote(notes.size() + 1, noteKind, words, commentsOn(words), part));
            noteStart = -1;
            mode = Mode.NARRATIVE;
        }

        /**
         * What a note comments on. A 备注 that states stances on a draft article comments on that article. Otherwise
         * the nearest statement or quoted provision before it in its session (or its section, outside sessions):
         * always where the note refers back to it (这…, 上述, 该意见声明; its speaker, its article, words it quoted);
         * where it does not, a note that speaks of the section's forum (AHC 一直在进行非正式谈判) comments on the
         * section, and any other on the nearest one. With nothing before it, it comments on the part of the report it
         * opens (背景信息 under 各成员国…书面文件摘录 explains where those excerpts come from).
         */
        private CommentTarget commentsOn(Evidence note) {
            int start = note.span().start();
            int end = note.span().end();
            Optional<Stance> stated = drafts.stances().stream()
                    .filter(s -> s.sentence().span().start() >= start && s.sentence().span().start() < end)
                    .findFirst();
            if (stated.isPresent()) {
                return CommentTarget.provision(stated.get().provision());
            }
            int scopeStart = scopePart == 0 ? 0 : parts.get(scopePart - 1).heading().span().start();
            Optional<ProvisionMention> provision = drafts.provisions().stream()
                    .filter(m -> m.evidence().span().start() >= scopeStart && m.evidence().span().start() < start)
                    .reduce((first, second) -> second);
            boolean provisionIsNearer = provision.isPresent() && (lastInScope == null
                    || provision.get().evidence().span().start() > lastInScope.quote().span().start());
            String words = note.text();
            if (!provisionIsNearer && lastInScope == null) {
                return CommentTarget.part(part);
            }
            if (provisionIsNearer) {
                if (refersBack(words) || namesArticle(words, provision.get().provision())) {
                    return CommentTarget.provision(provision.get().provision());
                }
            } else if (lastInScope != null) {
                if (refersBack(words) || namesSpeaker(words, lastInScope) || quotes(words, lastInScope)) {
                    return CommentTarget.statement(lastInScope.ordinal());
                }
            }
            if (sectionPart > 0 && namesForum(words, parts.get(sectionPart - 1).forum())) {
                return CommentTarget.part(sectionPart);
            }
            return provisionIsNearer ? CommentTarget.provision(provision.get().provision())
                    : CommentTarget.statement(lastInScope.ordinal());
        }

        private boolean namesSpeaker(String words, Statement statement) {
            return gazetteer.scan(words).stream().anyMatch(m -> statement.speakers().contains(m.name().actor()));
        }

        private boolean quotes(String words, Statement statement) {
            String said = statement.quote().text().replaceAll("[\\s\\[\\]….]", "");
            Matcher quoted = QUOTED.matcher(words);
            while (quoted.find()) {
                String phrase = quoted.group(1).replaceAll("[\\s\\[\\]….]", "");
                if (phrase.length() >= 2 && said.contains(phrase)) {
                    return true;
                }
            }
            return false;
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
            if (cues.matches(SpeakerCues.Kind.ANAPHOR_STATE, intro)
                    || cues.matches(SpeakerCues.Kind.ANAPHOR_CO_SPONSORS, intro)) {
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
            return statesOfPreviousSentence(sentenceStart).stream().findFirst();
        }

        /** Every State the sentence before names, once each, in the order it names them. */
        private List<Actor> statesOfPreviousSentence(int sentenceStart) {
            int end = sentenceStart - 1;
            while (end > 0 && text.charAt(end) != '。') {
                end--;
            }
            int start = end - 1;
            while (start > sectionStart && text.charAt(start - 1) != '。' && text.charAt(start - 1) != '”') {
                start--;
            }
            if (start >= end) {
                return List.of();
            }
            String words = text.substring(start, end);
            return gazetteer.scan(words).stream()
                    .filter(m -> m.end() >= words.length() || words.charAt(m.end()) != '的')
                    .map(m -> m.name().actor())
                    .filter(actor -> actor.kind() == ActorKind.STATE)
                    .distinct().toList();
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
