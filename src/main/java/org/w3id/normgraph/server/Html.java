package org.w3id.normgraph.server;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.owasp.encoder.Encode;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.NG;

/**
 * HTML for normgraph's pages. Every piece of text from the data passes through {@link #text} or {@link #attribute}
 * (the OWASP encoder), and only http(s) IRIs become links, so no data can inject markup or script.
 */
final class Html {

    static final String ONTOLOGY = Iris.BASE + "ontology";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.3rem .5rem;\
            text-align:left;vertical-align:top}th{white-space:nowrap}code{font-size:.9em}\
            .muted{color:#666}.evidence{font-size:.95em}""";

    /** Where links to normgraph's own IRIs point: this server, under its context path. */
    private final String contextPath;

    Html(String contextPath) {
        this.contextPath = contextPath;
    }

    static String text(String s) {
        return Encode.forHtml(s);
    }

    static String attribute(String s) {
        return Encode.forHtmlAttribute(s);
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + text(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /**
     * Where a link to {@code iri} should go: this server for resources it serves (/id/…, /ontology), the IRI
     * itself for other http(s) IRIs, and nowhere for normgraph IRIs that nothing serves (graph names).
     */
    Optional<String> href(String iri) {
        if (iri.startsWith(Iris.ID) || iri.equals(ONTOLOGY)) {
            return Optional.of(contextPath + "/" + iri.substring(Iris.BASE.length()));
        }
        if (iri.startsWith(NG.NS)) {
            return Optional.of(contextPath + "/ontology#" + iri.substring(NG.NS.length()));
        }
        if (iri.startsWith(Iris.BASE)) {
            return Optional.empty();
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? Optional.of(iri) : Optional.empty();
    }

    /** {@code innerHtml} linked to {@code iri} where it has somewhere to go, else as it is. */
    String link(String iri, String innerHtml) {
        return href(iri).map(h -> "<a href=\"" + attribute(h) + "\">" + innerHtml + "</a>").orElse(innerHtml);
    }

    /** A node as a reader sees it: a literal with its language, an IRI by its label, linked. */
    String node(Node node, Labels labels) {
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            return language.isEmpty() ? text(node.getLiteralLexicalForm())
                    : "<span lang=\"" + attribute(language) + "\">" + text(node.getLiteralLexicalForm()) + "</span>";
        }
        if (node.isURI()) {
            return link(node.getURI(), labels.html(node));
        }
        return text(node.toString());
    }
}
