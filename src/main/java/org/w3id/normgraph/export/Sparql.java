package org.w3id.normgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;

/** SELECT queries on the database (the union of its named graphs), for the views; run inside a read transaction. */
final class Sparql {

    static final String PREFIXES = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private Sparql() {
    }

    /** The rows of a SELECT query, each a map from variable name (without {@code ?}) to the bound node. */
    static List<Map<String, Node>> select(DatasetGraph data, String query) {
        List<Map<String, Node>> rows = new ArrayList<>();
        try (QueryExec execution = QueryExec.dataset(data).query(PREFIXES + query).build()) {
            RowSet results = execution.select();
            while (results.hasNext()) {
                Binding binding = results.next();
                Map<String, Node> row = new HashMap<>();
                binding.vars().forEachRemaining(variable -> row.put(variable.getVarName(), binding.get(variable)));
                rows.add(row);
            }
        }
        return rows;
    }

    /** A {@code VALUES ?variable { … }} clause for these IRIs. */
    static String values(String variable, Collection<String> iris) {
        return "VALUES ?" + variable + " { " + iris.stream().sorted()
                .map(iri -> FmtUtils.stringForNode(org.apache.jena.graph.NodeFactory.createURI(iri)))
                .collect(Collectors.joining(" ")) + " }";
    }
}
