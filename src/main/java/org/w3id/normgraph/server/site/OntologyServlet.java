package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.NegotiatedServlet;
import org.w3id.normgraph.server.data.Representation;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.Prefixes;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /ontology}: the ontology graph as a page of its terms, or as Turtle, JSON-LD or N-Triples. */
public final class OntologyServlet extends NegotiatedServlet {

    private static final long serialVersionUID = 1L;

    public OntologyServlet() {
        super(Representation.RDF_OR_HTML);
    }

    @Override
    protected Optional<Described> describe(DatasetGraph data, HttpServletRequest request, boolean html) {
        Graph ontology = data.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH));
        if (ontology.isEmpty()) {
            return Optional.empty();
        }
        Model rdf = ModelFactory.createDefaultModel();
        Prefixes.set(rdf);
        ontology.find().forEachRemaining(rdf.getGraph()::add);
        return Optional.of(new Described(rdf,
                html ? OntologyPage.render(ontology, new Html(request.getContextPath())) : null));
    }
}
