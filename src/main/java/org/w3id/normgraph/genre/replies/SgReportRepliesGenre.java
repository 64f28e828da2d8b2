package org.w3id.normgraph.genre.replies;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Resource;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.genre.DocumentToRead;
import org.w3id.normgraph.genre.ReadingSummary;
import org.w3id.normgraph.genre.Genre;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.genre.ThreadLexicons;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.rdf.ReplyGraph;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.ReplyLanguage;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The Secretary-General's compilations of the replies of Governments ({@value #NAME}): each reply's actor, date,
 * original language, subsections, references and (in Chinese only) stances, addressed to the forum that the manifest gives the
 * document ({@code ng:forum}).
 */
public final class SgReportRepliesGenre implements Genre {

    public static final String NAME = "sg-report-replies";
    /** A candidate this genre counts: the date line of a reply. */
    static final String DATE_LINE = "date-line";
    /** Another: an original-language line ([Original: Spanish]), well formed or not. */
    static final String LANGUAGE_LINE = "language-line";
    static final String PARAGRAPH_BREAK = "paragraph-break";
    /** The resolution that the replies answer, which an addendum does not cite. */
    static final String RESOLUTION = "resolution";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a compilation of replies of Governments";
    }

    @Override
    public List<String> languages() {
        return ReplyLanguage.available();
    }

    /**
     * Each date line of the text ({@code [27 May 2010]}) either dates a reply or is left unread: a date line that
     * dates no reply is the trace of a reply whose heading was not read.
     */
    public static void countDateLines(SourceText source, CompiledReplies report, ReplyLanguage words,
            ReadingSummary summary) {
        Set<Integer> dating = new HashSet<>();
        report.replies().forEach(reply -> dating.add(reply.dateLine().firstLine()));
        countLines(source, words::isDateLine, dating, DATE_LINE, "a date line that dates no reply (the heading of"
                + " its reply was not read)", summary);
    }

    /**
     * Each line that begins as an original-language line ({@code [Original: …}) either gives a reply its language
     * or is left unread: one that is not well formed (a language the edition's names lack, words out of order), or
     * that stands where no reply's heading and date frame it.
     */
    public static void countLanguageLines(SourceText source, CompiledReplies report, ReplyLanguage words,
            ReadingSummary summary) {
        Set<Integer> giving = new HashSet<>();
        report.replies().forEach(reply -> reply.language().ifPresent(l -> giving.add(l.firstLine())));
        countLines(source, words::mayBeLanguageLine, giving, LANGUAGE_LINE, "an original-language line that gives"
                + " no reply its language (expected " + words.word("example.language") + " under the reply's heading,"
                + " before its date)", summary);
    }

    /** Each line that is a {@code candidate} is taken where it is one of {@code taken}, else left unread. */
    private static void countLines(SourceText source, Predicate<String> candidate, Set<Integer> taken, String kind,
            String whyUnread, ReadingSummary summary) {
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (!candidate.test(text)) {
                continue;
            }
            if (taken.contains(line)) {
                summary.taken(kind);
            } else {
                summary.leftUnread(kind, line, "“" + text.strip() + "”: " + whyUnread);
            }
        }
    }

    /**
     * Each line of a text without indents nor blank lines where a paragraph may begin or end unseen is left unread
     * as a warning: the parts of the reply around it, and the stances read in them, may be cut otherwise.
     */
    public static void countUncertainBreaks(CompiledReplies report, ReadingSummary summary) {
        for (int line : report.uncertainBreaks()) {
            summary.leftUnread(PARAGRAPH_BREAK, line, "a line that the text shows neither indented nor set"
                    + " apart, after a sentence's end or under a heading: whether a paragraph or heading begins here is"
                    + " not known, and the reply's parts around it may be cut otherwise");
        }
    }

    @Override
    public Reader newReader() {
        java.util.Map<String, ReplyExtractor> extractors = new java.util.HashMap<>();
        return (document, progress) -> {
            ReplyLanguage words = ReplyLanguage.of(document.language());
            ReplyExtractor extractor = extractors.computeIfAbsent(words.tag(),
                    tag -> new ReplyExtractor(ThreadLexicons.reference(), words));
            Resource forum = document.description().getPropertyResourceValue(NG.forum);
            if (forum == null || !forum.isURIResource()) {
                throw new CorpusException(document.manifestFile(), "document " + document.documentId() + " needs"
                        + " ng:forum, the forum its replies are addressed to, for the " + NAME + " extractor");
            }
            CompiledReplies report = ReplySegmenter.segment(document.source(), words);
            if (report.replies().isEmpty()) {
                throw new CorpusException(document.file(), document.source().lineCount(), "found no reply from line 1"
                        + " to here: the " + NAME + " extractor expects the name of a State or group as a heading,"
                        + " followed by its date (" + words.word("example.date") + "), with or without a "
                        + words.word("example.language") + " line between them");
            }
            countDateLines(document.source(), report, words, document.summary());
            countLanguageLines(document.source(), report, words, document.summary());
            countUncertainBreaks(report, document.summary());
            ReplyFindings findings = extractor.extract(report);
            if (findings.respondsTo().isEmpty()) {
                document.summary().leftUnread(RESOLUTION, report.replies().get(0).heading().firstLine(), "no"
                        + " introduction cites the resolution that the replies answer (" + words.word("example.resolution")
                        + "), as an addendum prints none: the replies are read, and say not what they answer");
            }
            return ReplyGraph.of(document.documentId(), findings, forum.getURI(), document.language());
        };
    }
}
