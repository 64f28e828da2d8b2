package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.reader.TsvResource;
import org.w3id.normgraph.segment.RegexLiterals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents of the United Nations that a Chinese text cites and gives each its symbol: written out
 * (A/76/135) or as a resolution number (大会第 76/19 号决议 is A/RES/76/19, 人权理事会第 20/8 号决议 is
 * A/HRC/RES/20/8). A list of numbers that ends with 号决议 cites one resolution per number. The forms and the
 * organs are data, in {@value #RESOURCE}.
 *
 * <pre>{@code
 * UnDocumentSymbols.bundled().find("第 73/27 号和第 73/266 号决议")
 * // → A/RES/73/27 (第 73/27 号), A/RES/73/266 (第 73/266 号决议)
 * }</pre>
 */
public final class UnDocumentSymbols {

    public static final String RESOURCE = "/lexicon/un-document-citations.tsv";

    private static final String NO_ISSUER = "-";
    private static final String RESOLUTION = "决议";
    private static final String NUMBER = "第\\s*(\\d{1,3})\\s*/\\s*(\\d{1,4})";
    private static final String SEPARATOR = "\\s*(?:、|和|及|以及|与|，|,)\\s*";

    /** One cited document: its symbol, and the words that cite it (start and end in the text). */
    public record SymbolMention(String symbol, int start, int end, String words) {

        public boolean isResolution() {
            return symbol.contains("/RES/");
        }
    }

    private final List<Pattern> writtenSymbols;
    /** The words each written form begins with (null where its regex does not say), where it alone is tried. */
    private final List<String[]> writtenStarts;
    /**
     * Letters that every match of each written form holds (the / of A/65/154), or null: a text without them is
     * passed; the same for the numbered forms (esolution).
     */
    private final List<String> writtenRequired;
    private final Map<Pattern, Optional<String>> numberedRequired = new HashMap<>();
    private final Map<Pattern, String[]> numberedStarts = new HashMap<>();
    private final Map<String, String> prefixByIssuer;
    private final String defaultPrefix;
    private final Pattern item;
    private final Pattern resolutionList;
    /** Resolutions cited by number in other words (resolution 64/25), with the prefix of their symbols. */
    private final Map<Pattern, String> numbered;
    private static final Pattern SESSION_AND_NUMBER = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,4})");

    private UnDocumentSymbols(List<Pattern> writtenSymbols, Map<String, String> prefixByIssuer, String defaultPrefix,
            Map<Pattern, String> numbered) {
        this.numbered = numbered;
        this.writtenSymbols = writtenSymbols;
        this.prefixByIssuer = prefixByIssuer;
        this.defaultPrefix = defaultPrefix;
        String issuers = prefixByIssuer.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(SpacedWords::regex).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        String oneItem = "(?:(?<issuer>" + issuers + ")\\s*)?" + NUMBER + "(?:\\s*号)?";
        this.item = Pattern.compile(oneItem);
        String anyItem = oneItem.replace("?<issuer>", "?:").replace("(\\d", "(?:\\d");
        this.resolutionList = Pattern.compile(anyItem + "(?:" + SEPARATOR + anyItem + ")*\\s*" + RESOLUTION);
        this.writtenStarts = writtenSymbols.stream().map(p -> RegexLiterals.starts(p.pattern())).toList();
        this.writtenRequired = writtenSymbols.stream().map(p -> RegexLiterals.requiredWords(p.pattern())).toList();
        numbered.keySet().forEach(p -> numberedRequired.put(p, Optional.ofNullable(RegexLiterals.requiredWords(p.pattern()))));
        numbered.keySet().forEach(p -> numberedStarts.put(p, RegexLiterals.starts(p.pattern())));
    }

    public static UnDocumentSymbols bundled() {
        return bundled(RESOURCE);
    }

    /** The forms of citation that {@code resource} lists (one file per language of the texts). */
    public static UnDocumentSymbols bundled(String resource) {
        Map<Pattern, String> numbered = new LinkedHashMap<>();
        List<Pattern> symbols = new ArrayList<>();
        Map<String, String> issuers = new LinkedHashMap<>();
        String defaultPrefix = null;
        for (TsvResource.Row row : TsvResource.read(resource, 3)) {
            switch (row.cell(0)) {
                case "symbol" -> {
                    if (!row.cell(1).startsWith("re:")) {
                        throw row.error("a symbol form must be a regular expression starting with re:");
                    }
                    symbols.add(Pattern.compile(row.cell(1).substring(3)));
                }
                case "issuer" -> {
                    if (row.cell(1).equals(NO_ISSUER)) {
                        defaultPrefix = row.cell(2);
                    } else {
                        issuers.put(row.cell(1), row.cell(2));
                    }
                }
                case "numbered" -> {
                    if (!row.cell(1).startsWith("re:")) {
                        throw row.error("a numbered form must be a regular expression starting with re:");
                    }
                    numbered.put(Pattern.compile(row.cell(1).substring(3)), row.cell(2));
                }
                default -> throw row.error("kind must be symbol, issuer or numbered, found " + row.cell(0));
            }
        }
        if (defaultPrefix == null) {
            throw new IllegalStateException(resource + ": needs an issuer row \"-\" for numbers cited without an organ");
        }
        return new UnDocumentSymbols(List.copyOf(symbols), Map.copyOf(issuers), defaultPrefix, numbered);
    }

    /** Every document the text cites, in text order. */
    public List<SymbolMention> find(String text) {
        List<SymbolMention> found = new ArrayList<>();
        for (int s = 0; s < writtenSymbols.size(); s++) {
            if (writtenRequired.get(s) != null && !text.contains(writtenRequired.get(s))) {
                continue;
            }
            RegexLiterals.findAll(writtenSymbols.get(s), writtenStarts.get(s), text,
                    m -> found.add(new SymbolMention(m.group(), m.start(), m.end(), m.group())));
        }
        // every list of resolutions ends with the word 决议: a text without it has none
        Matcher list = text.contains(RESOLUTION) ? resolutionList.matcher(text) : null;
        while (list != null && list.find()) {
            Matcher m = item.matcher(text);
            m.region(list.start(), list.end());
            String prefix = defaultPrefix;
            while (m.find()) {
                if (m.group("issuer") != null) {
                    prefix = prefixByIssuer.get(m.group("issuer").replaceAll("\\s+", ""));
                }
                found.add(resolution(m, prefix, text, list.end()));
            }
        }
        // a numbered citation gives only the session/number pairs in it: a text without a slash has none
        boolean mayCiteNumbers = text.indexOf('/') >= 0;
        numbered.forEach((form, prefix) -> {
            if (!mayCiteNumbers || numberedRequired.get(form).filter(words -> !text.contains(words)).isPresent()) {
                return;
            }
            RegexLiterals.findAll(form, numberedStarts.get(form), text, cited -> {
                Matcher number = SESSION_AND_NUMBER.matcher(text).region(cited.start(), cited.end());
                boolean first = true;
                while (number.find()) {
                    int start = first ? cited.start() : number.start();
                    found.add(new SymbolMention(prefix + number.group(1) + "/" + number.group(2), start, number.end(),
                            text.substring(start, number.end())));
                    first = false;
                }
            });
        });
        found.sort(Comparator.comparingInt(SymbolMention::start));
        return List.copyOf(found);
    }

    /**
     * One number of a list, with the organ named last before it in the list (人权理事会第 20/8 号和第 26/13 号决议
     * are both the Council's); the last number's words run to the end of the list (… 第 75/32 号决议).
     */
    private static SymbolMention resolution(Matcher m, String prefix, String text, int listEnd) {
        int end = m.end();
        if (text.substring(end, listEnd).matches("\\s*决议")) {
            end = listEnd;
        }
        return new SymbolMention(prefix + m.group(2) + "/" + m.group(3), m.start(), end, text.substring(m.start(), end));
    }
}
