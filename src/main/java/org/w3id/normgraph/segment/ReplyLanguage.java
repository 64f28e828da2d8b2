package org.w3id.normgraph.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What one language's edition of a compilation of replies prints where {@link ReplySegmenter} and the reply
 * extractor look: the [原件：英文] or [Original: English] line, the date line and its form, the numbered report
 * headings, the title of a section of replies, the footnote markers, and which lexicons read the text. One
 * {@value #FOLDER}{@code <tag>.properties} resource per language: a new language is a file, not code.
 *
 * <pre>{@code
 * CompiledReplies report = ReplySegmenter.segment(source, ReplyLanguage.of("en"));
 * }</pre>
 */
public final class ReplyLanguage {

    /** Any run of white space, in any script, made once rather than for every date. */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public static final String FOLDER = "/genres/sg-report-replies/";

    private static final Map<String, ReplyLanguage> LOADED = new ConcurrentHashMap<>();

    private final String tag;
    private final Properties words;
    final boolean everyLineFollowedByBlank;
    final Optional<Pattern> pageDebris;
    final Pattern languageLine;
    final Pattern dateLine;
    private final DateTimeFormatter dateFormat;
    private final Optional<MonthNames> monthNames;
    /**
     * How a numbered paragraph of the report's own text starts, at the margin: 1. 2021 年 12 月 6 日，… unless the
     * file says otherwise (numbered.paragraph; Arabic editions print 1 - …).
     */
    final Pattern numberedParagraph;
    final Pattern numberedHeading;
    private final List<String> numerals;
    final Optional<Pattern> letteredHeading;
    final Pattern repliesTitle;
    /** Words of a numbered section title that holds replies (Replies, Reply); any one tells, case aside. */
    final List<String> repliesWords;
    /** Words of a section title that holds the replies of intergovernmental organizations; any one tells. */
    final List<String> organizationsWords;
    /** Words of a section title that holds the replies of Governments (Governments, Member States); any one tells. */
    final List<String> governmentsWords;
    /**
     * How a line that ends a sentence or a list item ends ({@code block.end}; the Chinese form where the edition
     * gives none): in a text without blank lines or indents, such a line that did not fill the measure ends its block.
     */
    final Pattern blockEnd;
    /** How an original-language line begins, to count those that give no reply its language. */
    private final Pattern languageLineStart;
    /** What stands between two names of languages on a language line, where the edition may name several. */
    private final Optional<Pattern> languageList;
    final Pattern endsLikeText;
    final Pattern sentencePunctuation;
    final int longestActorName;
    final Pattern footnoteStart;
    private final String footnoteMarker;
    private final Map<Integer, Pattern> markers = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<String[]>> markerStarts = new ConcurrentHashMap<>();
    /** How lines may begin to match each of the patterns matched from a line's start, kept with the patterns. */
    private final Map<Pattern, LineStarts> lineStarts = new ConcurrentHashMap<>();
    /** Which characters may begin a match of each of the patterns looked for anywhere in a line, kept likewise. */
    private final Map<Pattern, FirstCharacters> firstCharacters = new ConcurrentHashMap<>();
    /**
     * The dates read so far, by their words: a corpus prints the same few dates again and again, and a formatter's
     * parse costs more than the rest of a date line's reading. At most {@value #KEPT_DATES} are kept.
     */
    private final Map<String, Optional<LocalDate>> dates = new ConcurrentHashMap<>();
    private static final int KEPT_DATES = 4096;

    private ReplyLanguage(String tag, Properties words) {
        this.tag = tag;
        this.words = words;
        this.everyLineFollowedByBlank = Boolean.parseBoolean(word("every.line.followed.by.blank"));
        this.pageDebris = Optional.ofNullable(words.getProperty("page.debris")).map(Pattern::compile);
        this.languageLine = pattern("language.line");
        this.dateLine = pattern("date.line");
        this.dateFormat = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(word("date.format"))
                .toFormatter(Locale.forLanguageTag(word("date.locale"))).withResolverStyle(ResolverStyle.STRICT);
        this.monthNames = Optional.ofNullable(words.getProperty("date.month.names")).map(MonthNames::bundled);
        this.numberedParagraph = Pattern.compile(words.getProperty("numbered.paragraph", "^\\s*\\d{1,3}[.．]\\s+\\S"));
        this.numberedHeading = pattern("numbered.heading");
        this.numerals = Arrays.asList(word("numerals").split("\\s+"));
        this.letteredHeading = Optional.ofNullable(words.getProperty("lettered.heading")).map(Pattern::compile);
        this.repliesTitle = pattern("replies.title");
        this.repliesWords = alternatives("replies.word");
        this.organizationsWords = alternatives("organizations.word");
        this.governmentsWords = alternatives("governments.word");
        this.languageLineStart = pattern("language.line.start");
        this.blockEnd = Optional.ofNullable(words.getProperty("block.end")).map(Pattern::compile)
                .orElse(UnindentedBlocks.CHINESE_BLOCK_END);
        this.languageList = Optional.ofNullable(words.getProperty("language.list")).map(Pattern::compile);
        this.endsLikeText = pattern("ends.like.text");
        this.sentencePunctuation = pattern("sentence.punctuation");
        this.longestActorName = Integer.parseInt(word("longest.actor.name"));
        this.footnoteStart = pattern("footnote.start");
        this.footnoteMarker = word("footnote.marker");
    }

    /** The languages that have their words in {@value #FOLDER}, as {@code languages.txt} there lists them. */
    public static List<String> available() {
        String resource = FOLDER + "languages.txt";
        try (InputStream in = ReplyLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The edition's words for {@code tag} ({@code zh-Hans}, {@code en}), or for the language it is a variant of. */
    public static ReplyLanguage of(String tag) {
        for (String candidate = tag; !candidate.isEmpty();
                candidate = candidate.contains("-") ? candidate.substring(0, candidate.lastIndexOf('-')) : "") {
            String resource = FOLDER + candidate + ".properties";
            if (ReplyLanguage.class.getResource(resource) != null) {
                return LOADED.computeIfAbsent(candidate, t -> new ReplyLanguage(t, load(resource)));
            }
        }
        throw new IllegalArgumentException("no " + FOLDER + "<language>.properties for the language " + tag);
    }

    private static Properties load(String resource) {
        try (InputStream in = ReplyLanguage.class.getResourceAsStream(resource)) {
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Whether a line begins as an original-language line does ([Original: …), whether or not it is well formed. */
    public boolean mayBeLanguageLine(String line) {
        return languageLineStart.matcher(line).lookingAt();
    }

    /** Whether {@code line} is, whole, a reply's date line as this edition prints it ({@code [27 May 2010]}). */
    public boolean isDateLine(String line) {
        return dateLine.matcher(line).matches();
    }

    /** The language tag of the file these words come from. */
    public String tag() {
        return tag;
    }

    /** A value of the language's file, such as an example for messages ({@code example.date}). */
    public String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(FOLDER + tag + ".properties: missing " + key);
        }
        return value;
    }

    /** The words of {@code key}, | between alternatives, in lower case (titles capitalise them or not). */
    private List<String> alternatives(String key) {
        return Arrays.stream(word(key).split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a section title holds one of {@code words} (one of the lists above), capitals aside. */
    static boolean holdsAny(String title, List<String> words) {
        String lowerCase = title.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lowerCase::contains);
    }

    private Pattern pattern(String key) {
        return Pattern.compile(word(key));
    }

    /**
     * The names of languages in the words of a language line: one, or several that {@code language.list} (a regex of
     * what stands between two: English and French, английском и французском) sets apart.
     */
    public List<String> languageNamesIn(String written) {
        if (languageList.isEmpty()) {
            return List.of(written);
        }
        return Arrays.stream(languageList.get().split(written)).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The resource that names the languages of the [Original: …] line, with their ISO 639-1 codes. */
    public String languageNames() {
        return word("language.names");
    }

    /** The resource of the forms in which the edition cites UN documents. */
    public String citations() {
        return word("citations");
    }

    /**
     * The language of the actors' names: {@code zh} or {@code en}, which the reference data writes, or another
     * ({@code fr}) whose names are CLDR's and the UN's ({@link org.w3id.normgraph.lexicon.ReferenceData#namesIn}).
     */
    public String actorNames() {
        return word("actor.names");
    }

    /** The resource of the rules for stances in this language ({@code stance.cues}); empty where none are read yet. */
    public Optional<String> stanceCues() {
        return Optional.ofNullable(words.getProperty("stance.cues"));
    }

    /**
     * The date that the date line's group 1 writes, or empty where no such date exists. Where the file names a
     * lexicon of month names ({@code date.month.names}), each name is read as its month's number first.
     */
    Optional<LocalDate> date(String written) {
        Optional<LocalDate> known = dates.get(written);
        if (known != null) {
            return known;
        }
        Optional<LocalDate> read = readDate(written);
        if (dates.size() < KEPT_DATES) {
            dates.put(written, read);
        }
        return read;
    }

    private Optional<LocalDate> readDate(String written) {
        String spaced = SPACES.matcher(written.strip()).replaceAll(" ");
        try {
            return Optional.of(LocalDate.parse(monthNames.map(m -> m.numbered(spaced)).orElse(spaced), dateFormat));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a line may match {@code pattern}, one of these words' patterns, by its beginning. */
    LineStarts lineStarts(Pattern pattern, boolean whole) {
        return lineStarts.computeIfAbsent(pattern, p -> new LineStarts(p, whole));
    }

    /** Where in a line a match of {@code pattern}, one of these words' patterns, may begin. */
    FirstCharacters firstCharacters(Pattern pattern) {
        return firstCharacters.computeIfAbsent(pattern, FirstCharacters::new);
    }

    /** The number that a report heading's numeral stands for (二 = 2, II = 2), or 0. */
    int numeral(String written) {
        return numerals.indexOf(written) + 1;
    }

    /** The pattern of footnote {@code number}'s marker, made once per number. */
    Pattern marker(int number) {
        return markers.computeIfAbsent(number, n -> Pattern.compile(footnoteMarker.replace("{n}", n.toString())));
    }

    /** The words one of which a marker of footnote {@code number} begins with ({@link RegexLiterals#starts}), if known. */
    Optional<String[]> markerStarts(int number) {
        return markerStarts.computeIfAbsent(number, n -> Optional.ofNullable(RegexLiterals.starts(marker(n).pattern())));
    }
}
