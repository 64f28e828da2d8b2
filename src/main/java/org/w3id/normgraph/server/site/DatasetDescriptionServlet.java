package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedData;
import org.w3id.normgraph.server.data.DumpServlet;
import org.w3id.normgraph.server.data.NegotiatedServlet;
import org.w3id.normgraph.server.data.Representation;
import org.w3id.normgraph.server.data.ServedDump;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.rdf.DatasetDescription;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /.well-known/void} (and {@code /dataset}, the dataset's own IRI): the VoID and DCAT description of the
 * served dataset: Turtle, unless the request asks for a page (a browser), JSON-LD or N-Triples. Its addresses are those of this server.
 */
public final class DatasetDescriptionServlet extends NegotiatedServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDump dump;
    /** By the server address that the description names; the data do not change while served. */
    private final transient Map<String, Model> descriptions = new ConcurrentHashMap<>();

    public DatasetDescriptionServlet(ServedDump dump) {
        super(Representation.RDF_OR_HTML);
        this.dump = dump;
    }

    @Override
    protected Optional<Described> describe(DatasetGraph data, HttpServletRequest request, boolean html) {
        String server = request.getRequestURL().toString();
        server = server.substring(0, server.length() - request.getRequestURI().length()) + request.getContextPath();
        Model description = descriptions.computeIfAbsent(server, base -> DatasetDescription.of(data,
                new DatasetDescription.Access(base + "/" + ServedData.DATASET + "/sparql",
                        base + DumpServlet.PATH + ServedDump.NAME, dump.sha256(data), dump.gzipped(data).length)));
        return Optional.of(new Described(description,
                html ? DatasetDescriptionPage.render(description, new Html(request.getContextPath())) : null));
    }
}
