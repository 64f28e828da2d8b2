package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.ActorName;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.segment.FirstCharacters;
import org.w3id.normgraph.segment.RegexLiterals;
import org.w3id.normgraph.segment.Paragraph;
import org.w3id.normgraph.segment.Passage;

/**
 * The rules that find the stances a reply takes in its own voice. The rules and the words they trigger on are data,
 * one file per language ({@value #RESOURCE} for Chinese, which explains them; the edition's {@code stance.cues}
 * names its file), with where the language ends a sentence and opens a clause; this class compiles them for one
 * reply's actor and applies them to that reply's paragraphs, clause by clause.
 *
 * <pre>{@code
 * ReplyStanceRules.ForActor rules = ReplyStanceRules.bundled().forActor(namesOfSingapore, singapore, gazetteer);
 * List<ReplyStance> stances = rules.find(paragraph, headingWords);
 * }</pre>
 */
public final class ReplyStanceRules {

    public static final String RESOURCE = "/lexicon/reply-stance-cues.tsv";
    /** Where a sentence ends, and the characters after which a clause opens, unless a file defines its own. */
    private static final String CHINESE_SENTENCE_END = "[。！？!?]";
    private static final String CHINESE_CLAUSE_OPENERS = "，,：:；;";
    private static final Map<String, ReplyStanceRules> BUNDLED = new ConcurrentHashMap<>();
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\\\[\\](){}.*+?^$|]");

    private final List<StanceRuleFile.Rule> rules;
    private final Map<String, String> defines;
    private final Pattern objectEnd;
    private final Pattern pronoun;
    private final Pattern sentenceEnd;
    /** Where the object's and the sentence's ends may begin, so that their patterns are tried there only. */
    private final FirstCharacters objectEndStarts;
    private final FirstCharacters sentenceEndStarts;
    private final String clauseOpeners;
    /** The clause openers below U+0080, looked up rather than searched for at every character of a sentence. */
    private final boolean[] asciiClauseOpeners = new boolean[0x80];
    private final String version;
    private final StanceRuleFile file;
    private final Map<String, CompiledRules> compiledFor = new ConcurrentHashMap<>();
    private final Map<List<ActorName>, CompiledRules> compiledByNames = new ConcurrentHashMap<>();

    private ReplyStanceRules(StanceRuleFile file) {
        this.rules = file.rules();
        this.defines = file.defines();
        this.objectEnd = Pattern.compile(file.expand("{object-end}", Map.of()));
        this.pronoun = Pattern.compile(defines.get("pronoun"));
        this.sentenceEnd = Pattern.compile(defines.getOrDefault("sentence-end", CHINESE_SENTENCE_END));
        this.objectEndStarts = new FirstCharacters(objectEnd);
        this.sentenceEndStarts = new FirstCharacters(sentenceEnd);
        this.clauseOpeners = defines.getOrDefault("clause-openers", CHINESE_CLAUSE_OPENERS);
        if (clauseOpeners.contains(" ")) {
            throw new IllegalStateException(file.resource() + ": {clause-openers} are punctuation, not a space");
        }
        clauseOpeners.chars().filter(c -> c < asciiClauseOpeners.length).forEach(c -> asciiClauseOpeners[c] = true);
        this.version = defines.get("version");
        this.file = file;
    }

    /** Whether a clause may open after {@code before}. */
    private boolean opensClause(char before) {
        return before < asciiClauseOpeners.length ? asciiClauseOpeners[before] : clauseOpeners.indexOf(before) >= 0;
    }

    /** The Chinese rules. */
    public static ReplyStanceRules bundled() {
        return bundled(RESOURCE);
    }

    /** The rules of the classpath resource {@code resource}, read once. */
    public static ReplyStanceRules bundled(String resource) {
        return BUNDLED.computeIfAbsent(resource, ReplyStanceRules::read);
    }

    /** Bumped whenever the rules change meaning ({@code {version}}); recorded on every position. */
    public String version() {
        return version;
    }

    private static ReplyStanceRules read(String resource) {
        ReplyStanceRules loaded = new ReplyStanceRules(StanceRuleFile.read(resource));
        loaded.forActor(List.of(), null, null); // a rule that does not compile fails here, when the lexicon is loaded
        return loaded;
    }

    /**
     * The rules for the reply of one actor, known by {@code names}. {@code speaker} is the form of the name that heads
     * the reply; it holds the stances whose subject is a pronoun or unwritten.
     */
    public ForActor forActor(List<ActorName> names, ActorName speaker, Gazetteer gazetteer) {
        // by the names, asked for once a report per actor: the regex of the names is made once
        CompiledRules rules = compiledByNames.computeIfAbsent(List.copyOf(names), known -> {
            List<String> written = known.stream().map(ActorName::name).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            // escaped letter by letter, not quoted (\Q…\E), so that the words a rule begins with can be read from it
            String alternatives = written.stream().map(n -> REGEX_SYNTAX.matcher(n).replaceAll("\\\\$0"))
                    .reduce((a, b) -> a + "|" + b).map(s -> s + "|").orElse("");
            return compiledFor.computeIfAbsent(alternatives, a -> compile(a, written));
        });
        return new ForActor(rules, names, speaker, gazetteer);
    }

    /**
     * The rules compiled for an actor known by {@code alternatives} (its names {@code written}, as a regex
     * alternation).
     */
    private CompiledRules compile(String alternatives, List<String> written) {
        String actor = "(?<actor>" + alternatives + defines.get("pronoun") + ")";
        List<CompiledRule> compiled = new ArrayList<>();
        StanceCueWords words = new StanceCueWords();
        // the actor's names and pronouns, looked for once a paragraph with the cue words: a sentence without any is
        // not tried with the rules that name the actor
        String pronouns = defines.get("pronoun");
        int[] actorWords = null;
        if (pronouns.matches("[\\p{L}|]+")) {
            List<String> names = new ArrayList<>(written);
            names.addAll(List.of(pronouns.split("\\|")));
            actorWords = words.add(names);
        }
        List<int[]> numbered = new ArrayList<>();
        numbered.add(actorWords);
        for (StanceRuleFile.Rule rule : rules) {
            String expanded = file.expand(rule.pattern(), Map.of("actor", actor));
            // a paragraph's white space is single spaces (Passage): the words are read through \s+ (ne préconise)
            String[] starts = RegexLiterals.groupStarts(expanded, "cue", true);
            int[] ids = starts == null ? null : words.add(List.of(starts));
            numbered.add(ids);
            compiled.add(new CompiledRule(rule, Pattern.compile(expanded), expanded.contains("(?<actor>"), ids,
                    RegexLiterals.starts(expanded, true)));
        }
        words.close(numbered);
        return new CompiledRules(List.copyOf(compiled), words, actorWords);
    }

    /**
     * @param cueWords words one of which the cue must begin with, read from the regex, so that a clause without any
     *                 of them is not tried (null where the regex does not say)
     */
    private record CompiledRule(StanceRuleFile.Rule rule, Pattern pattern, boolean namesActor, int[] cueWords,
            String[] starts) {

        /** Whether the rule may match at {@code clause}: one of the words that every match begins with stands there. */
        boolean mayOpenAt(String text, int clause) {
            if (starts == null) {
                return true;
            }
            for (String start : starts) {
                if (text.startsWith(start, clause)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The rules compiled for one actor, the words they look for first ({@link CompiledRule#cueWords} are numbers
     * among them), the numbers of the actor's names and pronouns ({@code actorWords}; null where the pronouns are a
     * pattern rather than words), and those of every rule's cue words ({@code ruleWords}; null where a rule's are not
     * known: it may match anywhere), each also as flags over the words; {@code needActor}: whether every rule needs
     * the actor named in its sentence. Made once for an actor's names, whatever reply reads with them.
     */
    private record CompiledRules(List<CompiledRule> rules, StanceCueWords words, int[] actorWords, int[] ruleWords,
            boolean[] actorWord, boolean[] ruleWord, boolean needActor) {

        CompiledRules(List<CompiledRule> rules, StanceCueWords words, int[] actorWords) {
            this(rules, words, actorWords, rules.stream().anyMatch(r -> r.cueWords() == null) ? null
                    : rules.stream().flatMapToInt(r -> java.util.Arrays.stream(r.cueWords())).distinct().toArray());
        }

        private CompiledRules(List<CompiledRule> rules, StanceCueWords words, int[] actorWords, int[] ruleWords) {
            // every rule needs the actor named in its sentence (or a stance before it): no name, no stance
            this(rules, words, actorWords, ruleWords, words.flags(actorWords),
                    ruleWords == null ? null : words.flags(ruleWords), actorWords != null && rules.stream()
                            .allMatch(r -> r.namesActor() || r.rule().anchor() == StanceRuleFile.Anchor.CONTINUATION));
        }
    }

    /** The rules compiled for one reply. */
    public final class ForActor {

        private final CompiledRules rules;
        private final List<CompiledRule> compiled;
        private final List<ActorName> names;
        private final ActorName speaker;
        private final Gazetteer gazetteer;
        /** Where the rules' words stand in the paragraph and sentence being read. */
        private final StanceCueWords.Reading reading;
        /** One matcher per rule, made on first use, and the paragraph's text it was last given. */
        private final Matcher[] matchers;
        private final String[] boundTo;
        /** Where the last cue word of each rule stands in the sentence being read (the sentence's end for a rule without cue words, -1 for one whose words it lacks). */
        private final int[] lastCue;
        private final Matcher sentenceEnds = sentenceEnd.matcher("");
        private final Matcher objectCut = objectEnd.matcher("");
        private final Matcher pronounMatcher = pronoun.matcher("");

        private ForActor(CompiledRules rules, List<ActorName> names, ActorName speaker, Gazetteer gazetteer) {
            this.rules = rules;
            this.compiled = rules.rules();
            this.names = names;
            this.speaker = speaker;
            this.gazetteer = gazetteer;
            this.reading = rules.words().reading();
            this.matchers = new Matcher[compiled.size()];
            this.boundTo = new String[compiled.size()];
            this.lastCue = new int[compiled.size()];
        }

        /** The stances of one paragraph, in text order; {@code heading} is the reply's heading, the actor as named. */
        public List<ReplyStance> find(Paragraph paragraph, Evidence heading) {
            Passage passage = paragraph.text();
            String text = passage.text();
            List<ReplyStance> stances = new ArrayList<>();
            reading.find(text);
            if (rules.needActor() && !reading.inParagraph(rules.actorWord())
                    || rules.ruleWord() != null && !reading.inParagraph(rules.ruleWord())) {
                return stances;
            }
            Matcher ends = sentenceEnds.reset(text);
            int sentenceStart = 0;
            int searchFrom = 0;
            while (sentenceStart < text.length()) {
                // the sentences follow one another: each search goes on from the last end, as find() would
                boolean found = searchFrom <= text.length()
                        && sentenceEndStarts.find(ends, text, searchFrom, text.length()) >= 0;
                int sentenceEnd = found ? ends.end() : text.length();
                searchFrom = found && ends.end() == ends.start() ? ends.end() + 1 : sentenceEnd;
                if (reading.enterSentence(sentenceStart, sentenceEnd, rules.ruleWord())) {
                    sentence(paragraph, heading, sentenceStart, sentenceEnd, stances);
                    reading.leaveSentence();
                }
                sentenceStart = sentenceEnd;
                while (sentenceStart < text.length() && text.charAt(sentenceStart) == ' ') {
                    sentenceStart++;
                }
            }
            return stances;
        }

        /** The stances of the sentence {@code [start, end)}, which the reading has entered. */
        private void sentence(Paragraph paragraph, Evidence heading, int start, int end, List<ReplyStance> stances) {
            Passage passage = paragraph.text();
            String text = passage.text();
            Evidence holderWords = null;
            ActorName holder = null;
            int resumeAt = start;
            int quoteDepth = 0;
            boolean actorNamed = rules.actorWords() == null || reading.last(rules.actorWords()) >= 0;
            if (rules.needActor() && !actorNamed) {
                return;
            }
            // a rule's clause opens at or before its last cue word: no clause after the last of them all can hold one
            int lastOpening = start - 1;
            for (int r = 0; r < compiled.size(); r++) {
                int[] cueWords = compiled.get(r).cueWords();
                lastCue[r] = cueWords == null ? end : reading.last(cueWords);
                lastOpening = Math.max(lastOpening, lastCue[r]);
            }
            int openings = Math.min(end, lastOpening + 1);
            for (int clause = start; clause < openings; clause++) {
                char before = clause > start ? text.charAt(clause - 1) : '。';
                if (before == '“' || before == '《') {
                    quoteDepth++;
                } else if (before == '”' || before == '》') {
                    quoteDepth = Math.max(0, quoteDepth - 1);
                }
                // no clause opener is a space: after one, the character before the spaces tells
                boolean opens = clause == start || opensClause(before == ' ' ? lastBefore(text, start, clause) : before);
                if (!opens || clause < resumeAt || quoteDepth > 0 || text.charAt(clause) == ' ') {
                    continue;
                }
                for (int r = 0; r < compiled.size(); r++) {
                    CompiledRule rule = compiled.get(r);
                    StanceRuleFile.Anchor anchor = rule.rule().anchor();
                    if (lastCue[r] < clause
                            || anchor == StanceRuleFile.Anchor.SENTENCE && (clause != start || paragraph.listItem())
                            || anchor == StanceRuleFile.Anchor.CONTINUATION && holder == null || rule.namesActor() && !actorNamed) {
                        continue;
                    }
                    if (!rule.mayOpenAt(text, clause)) {
                        continue;
                    }
                    if (matchers[r] == null) {
                        matchers[r] = rule.pattern().matcher(text);
                        boundTo[r] = text;
                    } else if (boundTo[r] != text) {
                        matchers[r].reset(text);
                        boundTo[r] = text;
                    }
                    Matcher m = matchers[r];
                    m.region(clause, end);
                    if (!m.lookingAt() || rule.namesActor() && !ownName(text, m)) {
                        continue;
                    }
                    Optional<int[]> object = object(text, m.start("object"), m.end("object"));
                    if (object.isEmpty()) {
                        continue;
                    }
                    if (rule.namesActor()) {
                        holderWords = passage.evidence(m.start("actor"), m.end("actor"));
                        holder = nameOf(m.group("actor"));
                    } else if (holder == null) {
                        holderWords = heading;
                        holder = speaker;
                    }
                    stances.add(new ReplyStance(holder, rule.rule().relation(), holderWords,
                            passage.evidence(m.start("cue"), m.end("cue")),
                            passage.evidence(object.get()[0], object.get()[1]), passage.evidence(start, end),
                            rule.rule().name(), version));
                    resumeAt = m.end("cue");
                    break;
                }
            }
        }

        /** The last character before {@code clause} that is not a space ({@code ,} in {@code , we condemn}). */
        private static char lastBefore(String text, int start, int clause) {
            int before = clause - 1;
            while (before > start && text.charAt(before) == ' ') {
                before--;
            }
            return text.charAt(before);
        }

        /** A name of the actor counts only where it is not the start of a longer name (新加坡 in 新加坡网络安全局 is). */
        private boolean ownName(String text, Matcher m) {
            if (pronounMatcher.reset(m.group("actor")).matches()) {
                return true;
            }
            Optional<Gazetteer.Match> longest = gazetteer.longestMatchAt(text, m.start("actor"));
            if (longest.isEmpty() || longest.get().end() != m.end("actor")) {
                return false;
            }
            for (ActorName name : names) {
                if (name.actor().equals(longest.get().name().actor())) {
                    return true;
                }
            }
            return false;
        }

        private ActorName nameOf(String words) {
            for (ActorName name : names) {
                if (name.name().equals(words)) {
                    return name;
                }
            }
            return speaker;
        }

        /** The object's words, cut before a clause that no longer belongs to it, without spaces at either end. */
        private Optional<int[]> object(String text, int start, int end) {
            Matcher cut = objectCut.reset(text);
            int last = objectEndStarts.find(cut, text, start, end) >= 0 ? cut.start() : end;
            int first = start;
            while (first < last && text.charAt(first) == ' ') {
                first++;
            }
            while (last > first && " ，,".indexOf(text.charAt(last - 1)) >= 0) {
                last--;
            }
            return last > first ? Optional.of(new int[] {first, last}) : Optional.empty();
        }
    }
}
