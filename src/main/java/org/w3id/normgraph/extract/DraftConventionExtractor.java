package org.w3id.normgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.extract.DraftText.DraftKind;
import org.w3id.normgraph.lexicon.ActorName;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.segment.ReadingText;

/**
 * Reads the parts of a report that quote a draft of the UN cybercrime convention: which draft version is quoted,
 * every article it quotes or names, and every sentence in which actors introduce, support or oppose a provision.
 *
 * <p>A stance sentence opens with a list of actor names (separated by 、 and 和) that touches one of the
 * {@link StanceCue}s. The provision is resolved as the cue says, against the article headings around the sentence;
 * see {@code draft-stance-cues.tsv} for the rules.
 */
public final class DraftConventionExtractor {

    private static final String FORUM = "AHC";
    private static final String INSERTION = "(?:之([" + Designations.INSERTION_CHARS + "]))?";
    private static final Pattern DRAFT_DATE =
            Pattern.compile("截至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CONSOLIDATED_DOCUMENT = Pattern.compile("合并的?\\s*(?:AHC\\s*)?谈判文件");
    private static final Pattern DRAFT_CONVENTION = Pattern.compile("公约文本草案");
    private static final Pattern HEADING =
            Pattern.compile("第\\s*(\\d+)\\s*条" + INSERTION + "\\s*[：:]");
    private static final String BEFORE_HEADING = "“\"：:。]） \t0123456789";
    private static final Pattern NAMED_ARTICLE = Pattern.compile("第\\s*(\\d+)\\s*条" + INSERTION);
    private static final Pattern FOLLOWING = Pattern.compile("以下条款");
    private static final Pattern ANAPHOR = Pattern.compile("该条款|此条款|上述[^。，]{0,6}条款");
    private static final Pattern NAMED_PART = Pattern.compile("的\\s*[“\"‘]?\\(?([a-z])\\)\\s*[”\"’]?\\s*部分");
    private static final Pattern INSERTED_SUBPARAGRAPH =
            Pattern.compile("[（(]\\s*第?\\s*([a-z])\\s*条?\\s*" + INSERTION + "\\s*[）)]");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{1,2})[.．](?!\\d)");
    private static final int TITLE_LIMIT = 60;
    private static final String SEPARATORS = "、和及与,，";
    private static final String CLAUSE_OPENERS = "。：:；;”]】";

    private final Gazetteer gazetteer;
    private final List<StanceCue> cues;

    public DraftConventionExtractor(Gazetteer gazetteer, List<StanceCue> cues) {
        this.gazetteer = gazetteer;
        this.cues = List.copyOf(cues);
    }

    private record Heading(int start, int end, String article, int quoteEnd) {
    }

    private record ActorList(List<Gazetteer.Match> names, int end) {
    }

    public DraftFindings extract(ReadingText reading) {
        String text = reading.text();
        List<DraftText> drafts = findDrafts(reading);
        List<ProvisionMention> provisions = new ArrayList<>();
        List<QuotedProvision> quotations = new ArrayList<>();
        Map<String, Stance> stances = new LinkedHashMap<>();
        if (drafts.isEmpty()) {
            return new DraftFindings(drafts, provisions, List.of());
        }
        List<Heading> headings = findHeadings(reading);
        Map<Integer, ProvisionRef> headingOverrides = new HashMap<>();
        ProvisionRef current = null;
        int nextHeading = 0;
        for (int clause = clauseStart(reading, 0); ; clause = clauseStart(reading, clause + 1)) {
            boolean atEnd = clause >= text.length();
            int headingsBefore = atEnd ? Integer.MAX_VALUE : clause;
            while (nextHeading < headings.size() && headings.get(nextHeading).start() < headingsBefore) {
                Heading h = headings.get(nextHeading++);
                DraftText headingDraft = draftAt(drafts, reading, h.start());
                if (headingDraft != null) {
                    current = headingOverrides.getOrDefault(h.start(), ProvisionRef.article(headingDraft,
                            h.article()));
                    provisions.add(new ProvisionMention(current, reading.evidence(h.start(), h.end())));
                    ProvisionQuotations.read(reading, current, h.start(), h.end(), h.quoteEnd())
                            .ifPresent(quotations::add);
                }
            }
            if (atEnd) {
                break;
            }
            DraftText draft = draftAt(drafts, reading, clause);
            if (draft == null) {
                continue;
            }
            Optional<StanceSentence> sentence = stanceSentence(text, clause);
            if (sentence.isEmpty()) {
                continue;
            }
            StanceSentence s = sentence.get();
            Optional<ProvisionRef> target = resolve(s, draft, current, text, headings, nextHeading,
                    headingOverrides);
            if (target.isEmpty()) {
                continue;
            }
            ProvisionRef provision = target.get();
            if (s.cue().target() == StanceCue.Target.RESOLVE && !namedArticle(s.clauseText(text)).isEmpty()) {
                current = provision;
                provisions.add(new ProvisionMention(provision, reading.evidence(s.start(), s.end())));
            }
            Evidence sentenceEvidence = reading.evidence(s.start(), evidenceEnd(text, s, headings, nextHeading));
            for (Gazetteer.Match name : s.names().names()) {
                String key = name.name().actor().key() + "|" + s.cue().relation() + "|" + provision;
                stances.putIfAbsent(key, new Stance(name.name(), s.cue().relation(), provision,
                        reading.evidence(name.start(), name.end()), sentenceEvidence, s.cue().name()));
            }
            clause = s.names().end();
        }
        return new DraftFindings(drafts, provisions, new ArrayList<>(stances.values()), quotations);
    }

    private record StanceSentence(int start, int end, ActorList names, StanceCue cue) {

        String clauseText(String text) {
            return text.substring(names.end(), end);
        }
    }

    /** The sentence starting at {@code clause}, if it opens with actor names and a stance cue. */
    private Optional<StanceSentence> stanceSentence(String text, int clause) {
        Optional<ActorList> list = actorList(text, clause, 0);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int afterNames = list.get().end();
        return cueAt(text, afterNames)
                .map(cue -> new StanceSentence(clause, sentenceEnd(text, afterNames), list.get(), cue));
    }

    /**
     * Parses {@code name (separator name)*} at {@code index}, trying shorter names when a longer one does not fit,
     * and accepts it only where a stance cue follows the last name.
     */
    private Optional<ActorList> actorList(String text, int index, int depth) {
        if (depth > 64) {
            return Optional.empty();
        }
        for (Gazetteer.Match match : gazetteer.matchesAt(text, index)) {
            int after = skipSpaces(text, match.end());
            if (after < text.length() && SEPARATORS.indexOf(text.charAt(after)) >= 0) {
                Optional<ActorList> rest = actorList(text, skipSpaces(text, after + 1), depth + 1);
                if (rest.isPresent()) {
                    List<Gazetteer.Match> names = new ArrayList<>();
                    names.add(match);
                    names.addAll(rest.get().names());
                    return Optional.of(new ActorList(names, rest.get().end()));
                }
            }
            if (cueAt(text, after).isPresent()) {
                return Optional.of(new ActorList(List.of(match), after));
            }
        }
        return Optional.empty();
    }

    /** The first cue whose words start exactly at {@code index}, within the sentence. */
    private Optional<StanceCue> cueAt(String text, int index) {
        int end = sentenceEnd(text, index);
        for (StanceCue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            m.region(index, end);
            if (m.lookingAt()) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    private Optional<ProvisionRef> resolve(StanceSentence s, DraftText draft, ProvisionRef current, String text,
            List<Heading> headings, int nextHeading, Map<Integer, ProvisionRef> headingOverrides) {
        String clause = s.clauseText(text);
        Optional<Heading> following = followingHeading(text, s, headings, nextHeading);
        if (s.cue().target() == StanceCue.Target.ADDITION_IN_FOLLOWING) {
            return following.flatMap(h -> insertedPart(text, h)
                    .map(part -> ProvisionRef.article(draft, h.article()).withPart(part)));
        }
        String named = namedArticle(clause);
        if (following.isPresent() && (FOLLOWING.matcher(clause).find() || endsWithColon(text, s.end()))) {
            Heading h = following.get();
            if (!named.isEmpty() && !named.equals(h.article())) {
                ProvisionRef part = ProvisionRef.article(draft, named).withPart(h.article());
                headingOverrides.put(h.start(), part);
                return Optional.of(part);
            }
            return Optional.of(ProvisionRef.article(draft, h.article()));
        }
        if (!named.isEmpty()) {
            return Optional.of(ProvisionRef.article(draft, named));
        }
        if (current != null && ANAPHOR.matcher(clause).find()) {
            Matcher part = NAMED_PART.matcher(clause);
            return Optional.of(part.find() ? current.withPart("(" + part.group(1) + ")") : current);
        }
        return Optional.empty();
    }

    /** A sentence that introduces a quoted article carries the article's number and title too. */
    private static int evidenceEnd(String text, StanceSentence s, List<Heading> headings, int nextHeading) {
        if (!endsWithColon(text, s.end())) {
            return s.end();
        }
        return followingHeading(text, s, headings, nextHeading).map(h -> {
            int end = h.end();
            int limit = Math.min(text.length(), end + TITLE_LIMIT);
            while (end < limit && "。“”[".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return end < text.length() && text.charAt(end) == '。' ? end + 1 : end;
        }).orElse(s.end());
    }

    /** The article heading that the sentence introduces: the next one, if only spaces and quotes come between. */
    private static Optional<Heading> followingHeading(String text, StanceSentence s, List<Heading> headings,
            int nextHeading) {
        for (int i = nextHeading; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.start() < s.end()) {
                continue;
            }
            String between = text.substring(s.end(), h.start());
            return between.matches("[\\s“\"]*") ? Optional.of(h) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The sub-paragraph that a quoted article inserts, e.g. {@code （第 l 条之二）} after {@code 3.}: "3 (l bis)". */
    private static Optional<String> insertedPart(String text, Heading h) {
        String quote = text.substring(h.end(), h.quoteEnd());
        Matcher m = INSERTED_SUBPARAGRAPH.matcher(quote);
        if (!m.find()) {
            return Optional.empty();
        }
        String sub = "(" + Designations.designation(m.group(1), m.group(2)) + ")";
        Matcher paragraph = PARAGRAPH_NUMBER.matcher(quote.substring(0, m.start()));
        String number = null;
        while (paragraph.find()) {
            number = paragraph.group(1);
        }
        return Optional.of(number == null ? sub : number + " " + sub);
    }

    private static String namedArticle(String clause) {
        Matcher m = NAMED_ARTICLE.matcher(clause);
        return m.find() ? Designations.designation(m.group(1), m.group(2)) : "";
    }

    private static boolean endsWithColon(String text, int end) {
        char last = text.charAt(end - 1);
        return last == '：' || last == ':';
    }

    /** Sentences end at 。 or at the colon that introduces a quotation. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '：' || c == ':') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The next place at or after {@code from} where a sentence can open: after closing punctuation, or at the start
     * of a source line, since headings end without punctuation. A line that starts inside a list of names is passed
     * over because the list that holds it has already been read.
     */
    private static int clauseStart(ReadingText reading, int from) {
        String text = reading.text();
        for (int i = from; i < text.length(); i++) {
            if (i == 0 || CLAUSE_OPENERS.indexOf(text.charAt(i - 1)) >= 0 || reading.startsLine(i)) {
                int start = skipSpaces(text, i);
                start += reading.footnoteMarkerLength(start);
                return skipSpaces(text, start);
            }
        }
        return text.length();
    }

    private static List<DraftText> findDrafts(ReadingText reading) {
        String text = reading.text();
        List<DraftText> drafts = new ArrayList<>();
        Matcher m = DRAFT_DATE.matcher(text);
        while (m.find()) {
            int sentenceStart = Math.max(text.lastIndexOf('。', m.start()) + 1, m.start() - 40);
            int sentenceEnd = Math.min(sentenceEnd(text, m.end()), m.end() + 40);
            String sentence = text.substring(sentenceStart, sentenceEnd);
            DraftKind kind = CONSOLIDATED_DOCUMENT.matcher(sentence).find()
                    ? DraftKind.CONSOLIDATED_NEGOTIATING_DOCUMENT
                    : DRAFT_CONVENTION.matcher(sentence).find() ? DraftKind.DRAFT_TEXT_OF_CONVENTION : null;
            if (kind == null) {
                continue;
            }
            LocalDate asOf = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            drafts.add(new DraftText(FORUM, kind, asOf, reading.evidence(sentenceStart, sentenceEnd)));
        }
        return drafts;
    }

    private static DraftText draftAt(List<DraftText> drafts, ReadingText reading, int index) {
        int sourceOffset = reading.sourceOffset(index);
        DraftText found = null;
        for (DraftText draft : drafts) {
            if (draft.evidence().span().start() <= sourceOffset) {
                found = draft;
            }
        }
        return found;
    }

    /** Article headings open a line, a quotation or a sentence; 纳入第 36 条： names an article, it heads none. */
    private static List<Heading> findHeadings(ReadingText reading) {
        String text = reading.text();
        List<Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            boolean opens = m.start() == 0 || reading.startsLine(m.start())
                    || BEFORE_HEADING.indexOf(text.charAt(m.start() - 1)) >= 0;
            if (!opens) {
                continue;
            }
            int quoteEnd = text.indexOf('”', m.end());
            headings.add(new Heading(m.start(), m.end(), Designations.designation(m.group(1), m.group(2)),
                    quoteEnd < 0 ? text.length() : quoteEnd));
        }
        return headings;
    }
}
