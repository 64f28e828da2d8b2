package org.w3id.normgraph.segment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.document.Span;

/**
 * The UN document symbol that a document prints as its own ({@code A/65/154}): at the end of its cover line
 * ({@code United Nations          A/65/154}, in any language) or alone on the lines that head or foot its pages. Every
 * edition of a UN document prints the same symbol, whatever its language, so the symbol ties the editions of one
 * report together. A symbol that a sentence cites is not the document's own: it never stands alone on a line more
 * than once, nor at the end of the cover line.
 *
 * <pre>{@code
 * PrintedSymbol.find(source).map(PrintedSymbol::symbol) // Optional[A/65/154]
 * }</pre>
 *
 * @param symbol the symbol as printed, with single slashes and no spaces
 * @param where  its first printing: the cover line's symbol, or the first line where it stands alone
 */
public record PrintedSymbol(String symbol, Evidence where) {

    /** A/65/154, A/65/154/Add.1, S/2015/123, E/CN.4/2004/1: an organ, its bodies and session, a number. */
    private static final String SYMBOL = "[ASE]/(?:[A-Z]{1,6}(?:\\.\\d{1,3})?/)*\\d{1,4}/\\d{1,4}"
            + "(?:/(?:Add|Rev|Corr)\\.\\d{1,2})*";
    private static final Pattern ALONE = Pattern.compile("^\\s*(" + SYMBOL + ")\\s*$");
    /** The cover line: some words, two spaces or more (a column apart), the symbol at the end. */
    private static final Pattern COVER = Pattern.compile("^\\s*\\S.*?\\S\\s{2,}(" + SYMBOL + ")\\s*$");
    /** The cover line is one of the first lines that carry words. */
    private static final int COVER_LINES = 3;
    /** A symbol alone on one line only may be a citation that a converter broke onto its own line. */
    private static final int PAGES_WITHOUT_COVER = 2;

    /** The symbol that {@code source} prints as its own, if it prints one. */
    public static Optional<PrintedSymbol> find(SourceText source) {
        Map<String, Integer> aloneLines = new LinkedHashMap<>();
        Map<String, Span> first = new LinkedHashMap<>();
        String cover = null;
        int wordLines = 0;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (line.isBlank()) {
                continue;
            }
            wordLines++;
            Matcher alone = ALONE.matcher(line);
            if (alone.matches()) {
                aloneLines.merge(alone.group(1), 1, Integer::sum);
                first.putIfAbsent(alone.group(1), spanOf(source, n, alone));
                continue;
            }
            Matcher coverLine = COVER.matcher(line);
            if (cover == null && wordLines <= COVER_LINES && coverLine.matches()) {
                cover = coverLine.group(1);
                first.put(cover, spanOf(source, n, coverLine));
            }
        }
        String chosen = cover;
        if (chosen == null) {
            chosen = aloneLines.entrySet().stream().filter(e -> e.getValue() >= PAGES_WITHOUT_COVER)
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey).orElse(null);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new PrintedSymbol(chosen, Evidence.of(source, chosen, first.get(chosen))));
    }

    private static Span spanOf(SourceText source, int line, Matcher symbol) {
        int start = source.lineStart(line);
        return new Span(start + symbol.start(1), start + symbol.end(1));
    }
}
