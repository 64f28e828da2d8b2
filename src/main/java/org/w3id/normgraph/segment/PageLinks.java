package org.w3id.normgraph.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a text extracted from a PDF, and the links that the extraction printed after it. For UN documents
 * these are {@code https://undocs.org/ch/A/RES/76/19} lines, one for each symbol the page cites.
 */
public record PageLinks(int firstLine, int lastLine, List<Passage> links) {

    private static final Pattern UNDOCS = Pattern.compile("^https?://undocs\\.org/(?:[a-z]{2}/)?(\\S+?)/?$");

    public PageLinks {
        links = List.copyOf(links);
    }

    public boolean holds(int line) {
        return firstLine <= line && line <= lastLine;
    }

    /** The UN document symbols that the page's links name, each with the first link that names it. */
    public Map<String, Passage> linkedSymbols() {
        Map<String, Passage> symbols = new LinkedHashMap<>();
        for (Passage link : links) {
            Matcher m = UNDOCS.matcher(link.text());
            if (m.matches()) {
                symbols.putIfAbsent(m.group(1), link);
            }
        }
        return symbols;
    }
}
