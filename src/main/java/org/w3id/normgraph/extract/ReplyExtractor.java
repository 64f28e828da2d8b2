package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.Span;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.lexicon.ActorName;
import org.w3id.normgraph.lexicon.BodyNames;
import org.w3id.normgraph.lexicon.ConceptLexicon;
import org.w3id.normgraph.lexicon.Gazetteer;
import org.w3id.normgraph.lexicon.LanguageNames;
import org.w3id.normgraph.lexicon.ReferenceData;
import org.w3id.normgraph.lexicon.UnDocumentSymbols;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.segment.PageLinks;
import org.w3id.normgraph.segment.Paragraph;
import org.w3id.normgraph.segment.Passage;
import org.w3id.normgraph.segment.PrintedFootnote;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySection;
import org.w3id.normgraph.segment.ReplyText;
import org.w3id.normgraph.segment.TextSection;

/**
 * Reads the facts of a compilation of replies (see {@link org.w3id.normgraph.segment.ReplySegmenter}): who replied,
 * in which language and when, to which resolution; what each part of a reply cites (UN documents by symbol), names
 * (forums, organizations, instruments) and is about (topics and norms); and the stances each reply takes in its own
 * voice. Every fact keeps the words it comes from.
 *
 * <pre>{@code
 * ReplyFindings facts = new ReplyExtractor(ReferenceData.bundled()).extract(ReplySegmenter.segment(source));
 * }</pre>
 */
public final class ReplyExtractor {

    private static final Comparator<Mention> IN_TEXT_ORDER = Comparator
            .comparingInt((Mention m) -> m.words().span().start()).thenComparing(Mention::kind)
            .thenComparing(Mention::target);

    private final ReferenceData reference;
    private final Gazetteer gazetteer;
    private final LanguageNames languages;
    private final UnDocumentSymbols symbols;
    private final BodyNames bodies;
    private final ConceptLexicon concepts;
    private final ReplyStanceRules stanceRules;
    /** Each actor's names, in the reference data's order, gathered once rather than sought for every reply. */
    private final java.util.Map<org.w3id.normgraph.lexicon.Actor, List<ActorName>> namesByActor;

    private final ReplyLanguage words;

    /** The extractor of the Chinese edition. */
    public ReplyExtractor(ReferenceData reference) {
        this(reference, ReplyLanguage.of("zh-Hans"));
    }

    /**
     * The extractor of the edition that prints its replies with {@code words}: its actor names, language names and
     * forms of citation; stances only where the language's file names its rules (stance.cues: Chinese and English).
     */
    public ReplyExtractor(ReferenceData reference, ReplyLanguage words) {
        this.reference = reference;
        this.words = words;
        List<ActorName> actorNames = switch (words.actorNames()) {
            case "zh" -> reference.names();
            case "en" -> reference.englishNames();
            default -> reference.namesIn(java.util.Locale.forLanguageTag(words.actorNames()));
        };
        this.gazetteer = new Gazetteer(actorNames);
        this.languages = LanguageNames.bundled(words.languageNames());
        this.symbols = UnDocumentSymbols.bundled(words.citations());
        this.bodies = BodyNames.bundled(reference);
        this.concepts = ConceptLexicon.bundled();
        this.stanceRules = words.stanceCues().map(ReplyStanceRules::bundled).orElse(null);
        this.namesByActor = actorNames.stream().collect(java.util.stream.Collectors.groupingBy(
                ActorName::actor, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** Reads the facts; a reply whose heading, language or kind of actor does not fit fails with its line. */
    public ReplyFindings extract(CompiledReplies report) {
        List<PageLinks> pages = report.pages();
        List<ReplyPart> introduction = new ArrayList<>();
        parts(report.introduction(), pages, introduction, new ArrayList<>(), null);
        // an addendum prints its replies without an introduction: what they answer is then not in the text
        Optional<Mention> respondsTo = introduction.stream().flatMap(p -> p.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.UN_DOCUMENT && m.target().contains("/RES/"))
                .findFirst();
        List<ReplyFacts> replies = new ArrayList<>();
        // an actor that replies again (a compilation may print several replies of one) is read with the same rules
        // by identity: the gazetteer gives each name as one object, and hashing a name's record costs more than its rules
        java.util.Map<ActorName, ReplyStanceRules.ForActor> rulesBySpeaker = new java.util.IdentityHashMap<>();
        for (ReplyText reply : report.replies()) {
            replies.add(reply(reply, pages, rulesBySpeaker));
        }
        return new ReplyFindings(respondsTo, introduction, footnotes(report.introductionFootnotes(), pages), replies);
    }

    private ReplyFacts reply(ReplyText reply, List<PageLinks> pages,
            java.util.Map<ActorName, ReplyStanceRules.ForActor> rulesBySpeaker) {
        ActorName speaker = speaker(reply);
        List<String> language = reply.language().map(this::languageCodes).orElse(List.of());
        List<ReplyPart> parts = new ArrayList<>();
        List<ReplyFacts.PartStance> stances = new ArrayList<>();
        StanceReader stanceReader = stanceRules == null ? null : new StanceReader(rulesBySpeaker.computeIfAbsent(
                speaker, s -> stanceRules.forActor(List.copyOf(namesByActor.getOrDefault(s.actor(), List.of())), s,
                        gazetteer)),
                reply.heading().evidence());
        for (TextSection section : reply.sections()) {
            parts(section, pages, parts, stances, stanceReader);
        }
        return new ReplyFacts(speaker, reply.sectionHeading().evidence(), reply.heading().evidence(), language,
                reply.language().map(Passage::evidence),
                reply.date(), reply.dateLine().evidence(), parts, footnotes(reply.footnotes(), pages), stances);
    }

    /** The codes of the languages that a language line's words name, each once, in the order named. */
    private List<String> languageCodes(Passage words) {
        // most lines name one language: looked up whole before they are split
        Optional<String> whole = languages.code(words.text());
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<String> codes = new ArrayList<>();
        for (String name : this.words.languageNamesIn(words.text())) {
            String code = languages.code(name).orElseThrow(() -> new LayoutException(words.firstLine(),
                    "unknown language “" + name + "” in " + this.words.word("example.language.form") + " (known: "
                    + languages.knownNames() + ")"));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private record StanceReader(ReplyStanceRules.ForActor rules, Evidence heading) {
    }

    /** The actor that a reply's heading names: the whole heading must be one name of the reference data. */
    private ActorName speaker(ReplyText reply) {
        String heading = reply.heading().text();
        ActorName name = gazetteer.longestMatchAt(heading, 0)
                .filter(m -> m.end() == heading.length())
                .map(Gazetteer.Match::name)
                .orElseThrow(() -> new LayoutException(reply.heading().firstLine(), "the reply heading “" + heading
                        + "” names no State or group of the reference data (src/main/resources/reference/)"));
        ActorKind expected = reply.section() == ReplySection.GOVERNMENTS ? ActorKind.STATE : ActorKind.GROUP;
        if (name.actor().kind() != expected) {
            throw new LayoutException(reply.heading().firstLine(), "the reply of “" + heading + "” stands in the"
                    + " section for " + (expected == ActorKind.STATE ? "Governments" : "intergovernmental"
                    + " organizations") + " but names a " + name.actor().kind().pathSegment());
        }
        return name;
    }

    /** Adds a section (if it has a heading) and its paragraphs to {@code parts}, numbered on from the last part. */
    private void parts(TextSection section, List<PageLinks> pages, List<ReplyPart> parts,
            List<ReplyFacts.PartStance> stances, StanceReader stanceReader) {
        int parent = 0;
        if (section.heading().isPresent()) {
            Passage heading = section.heading().get();
            // a cover's lines may stand above an introduction's heading: the section reaches to the later of the two
            int end = heading.sourceSpan(0, heading.text().length()).end();
            int lastLine = heading.lastLine();
            if (!section.paragraphs().isEmpty()) {
                Passage last = section.paragraphs().get(section.paragraphs().size() - 1).text();
                end = Math.max(end, lastSourceOffset(last));
                lastLine = Math.max(lastLine, last.lastLine());
            }
            parent = parts.size() + 1;
            parts.add(new ReplyPart(ReplyPart.Kind.SECTION, parent, 0, heading.text(), "",
                    new Span(heading.sourceOffset(0), end), heading.firstLine(), lastLine, List.of(),
                    mentions(heading, pages)));
        }
        for (Paragraph paragraph : section.paragraphs()) {
            Passage text = paragraph.text();
            int number = parts.size() + 1;
            List<Mention> mentions = mentions(text, pages);
            parts.add(new ReplyPart(ReplyPart.Kind.PARAGRAPH, number, parent, "", text.text(),
                    text.sourceSpan(0, text.text().length()), text.firstLine(), text.lastLine(), paragraph.footnotes(),
                    mentions));
            if (stanceReader != null) {
                for (ReplyStance stance : stanceReader.rules().find(paragraph, stanceReader.heading())) {
                    Span object = stance.object().span();
                    List<Mention> about = mentions.stream().filter(m -> object.start() <= m.words().span().start()
                            && m.words().span().end() <= object.end()).toList();
                    stances.add(new ReplyFacts.PartStance(number, stance, about));
                }
            }
        }
    }

    private static int lastSourceOffset(Passage passage) {
        return passage.sourceSpan(0, passage.text().length()).end();
    }

    private List<ReplyPart> footnotes(List<PrintedFootnote> footnotes, List<PageLinks> pages) {
        List<ReplyPart> parts = new ArrayList<>();
        for (PrintedFootnote footnote : footnotes) {
            Passage text = footnote.text();
            parts.add(new ReplyPart(ReplyPart.Kind.FOOTNOTE, footnote.number(), 0, "", text.text(),
                    text.sourceSpan(0, text.text().length()), text.firstLine(), text.lastLine(), List.of(),
                    mentions(text, pages)));
        }
        return parts;
    }

    /**
     * What a passage cites and names. A body named inside a citation (大会 in 大会第 76/19 号决议) is the citation's
     * issuer, already given by the symbol, and is not counted again.
     */
    private List<Mention> mentions(Passage passage, List<PageLinks> pages) {
        String text = passage.text();
        List<Mention> found = new ArrayList<>();
        List<UnDocumentSymbols.SymbolMention> cited = symbols.find(text);
        for (UnDocumentSymbols.SymbolMention symbol : cited) {
            Evidence words = passage.evidence(symbol.start(), symbol.end());
            found.add(new Mention(Mention.Kind.UN_DOCUMENT, symbol.symbol(), words,
                    pageLink(pages, words.firstLine(), symbol.symbol())));
        }
        for (BodyNames.BodyMention body : bodies.find(text)) {
            boolean insideCitation = cited.stream().anyMatch(c -> c.start() < body.end() && body.start() < c.end());
            if (!insideCitation) {
                found.add(new Mention(Mention.Kind.BODY, body.entity(), passage.evidence(body.start(), body.end()), ""));
            }
        }
        for (ConceptLexicon.ConceptMention concept : concepts.find(text)) {
            found.add(new Mention(Mention.Kind.CONCEPT, concept.concept(),
                    passage.evidence(concept.start(), concept.end()), ""));
        }
        found.sort(IN_TEXT_ORDER);
        return found;
    }

    /** The link that the page holding {@code line} prints for {@code symbol}, or "". */
    private static String pageLink(List<PageLinks> pages, int line, String symbol) {
        // the pages follow one another: the one that holds the line is the last that starts at or before it
        int low = 0;
        int high = pages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (pages.get(middle).firstLine() <= line) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (high < 0 || !pages.get(high).holds(line) || pages.get(high).links().isEmpty()) {
            return "";
        }
        Passage link = pages.get(high).linkedSymbols().get(symbol);
        return link == null ? "" : link.text();
    }
}
