package org.w3id.normgraph.server.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The forms in which normgraph serves a resource, and the choice among them: a {@code ?format=} parameter wins,
 * then the {@code Accept} header; with neither, the first form offered.
 */
public enum Representation {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
    JSON_LD("application/ld+json", RDFFormat.JSONLD11, "jsonld", "json-ld"),
    N_TRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt", "ntriples", "n-triples");

    public static final List<Representation> RDF = List.of(TURTLE, JSON_LD, N_TRIPLES);
    public static final List<Representation> RDF_OR_HTML = List.of(TURTLE, HTML, JSON_LD, N_TRIPLES);

    final String mediaType;
    /** How Jena writes it; null for HTML, which normgraph writes itself. */
    final RDFFormat rdfFormat;
    private final List<String> formatNames;

    Representation(String mediaType, RDFFormat rdfFormat, String... formatNames) {
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
        this.formatNames = List.of(formatNames);
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The best of {@code offers} for the request; empty when none fits (406 Not Acceptable). */
    static Optional<Representation> negotiate(HttpServletRequest request, List<Representation> offers) {
        String format = request.getParameter("format");
        if (format != null) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return offers.stream().filter(r -> r.formatNames.contains(wanted) || r.mediaType.equals(wanted))
                    .findFirst();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept),
                AcceptList.create(offers.stream().map(r -> r.mediaType).toArray(String[]::new)));
        return chosen == null ? Optional.empty()
                : offers.stream().filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    static String describe(List<Representation> offers) {
        return String.join(", ", offers.stream().map(r -> r.mediaType + " (?format=" + r.formatNames.get(0) + ")")
                .toList());
    }
}
