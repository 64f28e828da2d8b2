package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.NegotiatedServlet;
import org.w3id.normgraph.server.data.Representation;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.Prefixes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /id/…}: the resource {@code https://w3id.org/normgraph/id/…} as HTML for people and as Turtle, JSON-LD
 * or N-Triples for machines. Its RDF is every triple of the served graphs with the resource as subject or object.
 */
public final class ResourceServlet extends NegotiatedServlet {

    private static final long serialVersionUID = 1L;

    public ResourceServlet() {
        super(Representation.RDF_OR_HTML);
    }

    @Override
    protected Optional<Described> describe(DatasetGraph data, HttpServletRequest request, boolean html) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Node resource = NodeFactory.createURI(Iris.BASE + path.substring(1));
        Graph union = data.getUnionGraph();
        if (!union.contains(resource, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        Model rdf = ModelFactory.createDefaultModel();
        Prefixes.set(rdf);
        union.find(resource, Node.ANY, Node.ANY).forEachRemaining(rdf.getGraph()::add);
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(rdf.getGraph()::add);
        return Optional.of(new Described(rdf,
                html ? ResourcePage.render(union, resource, new Html(request.getContextPath())) : null));
    }
}
