package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.owasp.encoder.Encode;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;

/**
 * HTML for normgraph's pages. Every piece of text from the data passes through {@link #text} or {@link #attribute}
 * (the OWASP encoder), and only http(s) IRIs become links, so no data can inject markup or script.
 */
public final class Html {

    static final String ONTOLOGY = Iris.BASE + "ontology";

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

    /**
     * A whole page: the site's header (the dataset's name, links to home, the query editor, the views, the ontology
     * and the VoID description), then {@code body}. {@code scripts} are paths under {@code /assets/} that the page
     * loads after its body; pages carry no inline script, so a Content-Security-Policy of {@code script-src 'self'}
     * holds.
     */
    String page(String title, String body, String... scripts) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(title)).append("</title>\n<link rel=\"stylesheet\" href=\"")
                .append(attribute(asset("site.css"))).append("\">\n<link rel=\"icon\" href=\"")
                .append(attribute(asset("favicon.svg"))).append("\" type=\"image/svg+xml\">\n</head>\n<body data-context=\"")
                .append(attribute(contextPath)).append("\" data-endpoint=\"")
                .append(attribute(contextPath + "/" + ServedData.DATASET + "/sparql")).append("\">\n")
                .append(header()).append("<main>\n").append(body).append("</main>\n");
        for (String script : scripts) {
            page.append("<script src=\"").append(attribute(asset(script))).append("\"></script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** The same header on every page; the labels are English with the Chinese beside them. */
    private String header() {
        return "<header class=\"site\"><a class=\"name\" href=\"" + attribute(contextPath + "/")
                + "\">normgraph</a>\n<nav>"
                + navigation("/", "Home", "首页") + navigation("/query", "Query", "查询")
                + navigation("/views", "Views", "视图") + navigation("/ontology", "Ontology", "本体")
                + navigation("/.well-known/void", "VoID", "数据集描述") + "</nav></header>\n";
    }

    private String navigation(String path, String english, String chinese) {
        return "<a href=\"" + attribute(contextPath + path) + "\">" + text(english) + " <span lang=\"zh-Hans\">"
                + text(chinese) + "</span></a>\n";
    }

    /** Where a file of the site's own assets (src/main/resources/web/) or of a vendored library is served. */
    String asset(String path) {
        return contextPath + AssetServlet.PATH + path;
    }

    /** A path on this server, under its context path. */
    String local(String path) {
        return contextPath + path;
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
            String lexical = node.getLiteralLexicalForm();
            return language.isEmpty() ? (unbroken(lexical) ? "<span class=\"iri\">" + breakable(lexical) + "</span>"
                    : text(lexical))
                    : "<span lang=\"" + attribute(language) + "\">" + text(lexical) + "</span>";
        }
        if (node.isURI()) {
            String inner = labels.html(node);
            String plain = labels.plain(node);
            return link(node.getURI(), !unbroken(plain) ? inner : "<span class=\"iri\">"
                    + (inner.equals(text(plain)) ? breakable(plain) : inner) + "</span>");
        }
        return text(node.toString());
    }

    /**
     * One long run without a space (an address, a compact IRI), escaped, with a line-break opportunity after each of
     * its steps ({@code / # : ? & = . -}): a narrow screen breaks it between steps, never inside a word of it. A step
     * longer than {@value #LONGEST_WORD} characters is a code, not a word (a checksum): it may break every
     * {@value #CODE} characters, so that it makes no table wider than a phone's screen.
     */
    static String breakable(String run) {
        List<String> pieces = new ArrayList<>();
        for (String step : run.split("(?<=[/#:?&=.-])(?=.)")) {
            int size = step.length() > LONGEST_WORD ? CODE : step.length();
            for (int start = 0; start < step.length(); start += size) {
                pieces.add(text(step.substring(start, Math.min(step.length(), start + size))));
            }
        }
        return String.join("<wbr>", pieces);
    }

    private static final int LONGEST_WORD = 24;
    private static final int CODE = 16;

    /**
     * Whether the words are one long run without a space, such as an address: the one thing that may break anywhere
     * on a narrow screen (class iri), where words and names break only between words.
     */
    private static boolean unbroken(String words) {
        return words.length() > 24 && words.chars().noneMatch(Character::isWhitespace);
    }
}
