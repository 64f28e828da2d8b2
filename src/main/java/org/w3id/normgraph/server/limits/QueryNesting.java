package org.w3id.normgraph.server.limits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How deep a SPARQL query's text nests its braces and parentheses, read before the query is parsed: ARQ's parser
 * and planner recurse once per level, so a query nested some thousands deep ends in a stack overflow on a server
 * thread instead of an error that tells the client what to change.
 */
public final class QueryNesting {

    /** Far deeper than any query written by hand or by the query page's tools. */
    static final int MAX_DEPTH = 200;
    /** SPARQL's IRIREF: no brace, quote or space inside, so a {@code <} that does not start one is an operator. */
    private static final Pattern IRI = Pattern.compile("<[^<>\"{}|^`\\\\\\x00-\\x20]*>");

    private QueryNesting() {
    }

    /** The deepest nesting of {@code { }} and {@code ( )} outside strings, IRIs and comments. */
    static int depth(String query) {
        int depth = 0;
        int deepest = 0;
        Matcher iri = IRI.matcher(query);
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterString(query, i);
                continue;
            }
            if (c == '<' && iri.find(i) && iri.start() == i) {
                i = iri.end();
                continue;
            }
            if (c == '#') {
                int end = query.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (c == '{' || c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if ((c == '}' || c == ')') && depth > 0) {
                depth--;
            }
            i++;
        }
        return deepest;
    }

    /** The index after the string literal that starts at {@code start}, long ({@code """}) or short. */
    private static int afterString(String query, int start) {
        char quote = query.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        boolean isLong = query.startsWith(triple, start);
        int i = start + (isLong ? 3 : 1);
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong ? query.startsWith(triple, i) : c == quote) {
                return i + (isLong ? 3 : 1);
            } else if (!isLong && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return query.length();
    }
}
