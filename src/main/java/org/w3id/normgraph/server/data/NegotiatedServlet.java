package org.w3id.normgraph.server.data;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A read-only resource of the served dataset in several forms chosen by content negotiation: 404 when there is no
 * such resource, 406 when none of its forms is acceptable. The dataset is the one that the Fuseki configuration
 * serves as {@code /normgraph}, read in a transaction.
 */
public abstract class NegotiatedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A resource's description in RDF and, where it has one, as an HTML page. */
    public record Described(Model rdf, String html) {
    }

    private final List<Representation> offers;

    public NegotiatedServlet(List<Representation> offers) {
        this.offers = offers;
    }

    /** The resource that the request asks for, or empty if there is none; called inside a read transaction. */
    protected abstract Optional<Described> describe(DatasetGraph data, HttpServletRequest request, boolean html);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        DatasetGraph data = ServedData.of(request);
        Optional<Representation> chosen = Representation.negotiate(request, offers);
        boolean html = chosen.isPresent() && chosen.get() == Representation.HTML;
        Optional<Described> described = Txn.calculateRead(data, () -> describe(data, request, html));
        if (described.isEmpty()) {
            PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "normgraph has nothing at " + request.getRequestURI()
                    + "\n");
        } else if (chosen.isEmpty()) {
            PlainText.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "normgraph serves " + request.getRequestURI()
                    + " as " + Representation.describe(offers) + "\n");
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(chosen.get().contentType());
            try (OutputStream out = response.getOutputStream()) {
                if (html) {
                    out.write(described.get().html().getBytes(StandardCharsets.UTF_8));
                } else {
                    RDFWriter.source(described.get().rdf()).format(chosen.get().rdfFormat).output(out);
                }
            }
        }
    }

}
