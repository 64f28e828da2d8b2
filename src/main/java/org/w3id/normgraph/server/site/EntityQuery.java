package org.w3id.normgraph.server.site;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/** The rows of a page's query about one entity, bound to the query's {@code ?entity}. */
final class EntityQuery {

    private EntityQuery() {
    }

    static List<QuerySolution> select(Model model, Node entity, String query) {
        try (QueryExecution execution = QueryExecution.model(model).query(query)
                .substitution("entity", model.asRDFNode(entity)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
