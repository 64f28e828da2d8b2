package org.w3id.normgraph.server.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/**
 * A report's editions side by side: one column per edition in the corpus (its language), one row per reply, each
 * cell the date and line that the edition prints, linked to the statement read there; a reply that an edition lacks
 * or dates differently is marked, and the discrepancies are listed under the table.
 */
final class EditionsTable {

    private static final String EDITIONS = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?edition ?language WHERE {
              ?entity ng:edition ?edition .
              OPTIONAL { ?edition dcterms:language ?language }
            } ORDER BY ?language ?edition""";

    private static final String REPLIES = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?reply ?actor ?label ?statement ?edition ?date ?line ?differs WHERE {
              ?reply a ng:ReportReply ; dcterms:isPartOf ?entity ; prov:wasAttributedTo ?actor ; ng:readIn ?statement .
              ?statement prov:wasDerivedFrom ?edition .
              OPTIONAL { ?statement dcterms:date ?date }
              OPTIONAL { ?statement ng:evidenceStartLine ?line }
              OPTIONAL { ?actor rdfs:label ?label FILTER (lang(?label) = "en") }
              BIND (EXISTS { ?d dcterms:subject ?reply ; ng:discrepancyKind "date-differs" } AS ?differs)
            } ORDER BY ?label ?actor ?edition""";

    private static final String DISCREPANCIES = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?discrepancy ?comment WHERE {
              ?reply dcterms:isPartOf ?entity .
              ?discrepancy a ng:EditionDiscrepancy ; dcterms:subject ?reply ; rdfs:comment ?comment .
            } ORDER BY ?comment""";

    private EditionsTable() {
    }

    /** Appends the table to {@code body} where {@code entity} is a report with editions in the corpus. */
    static void append(StringBuilder body, Model model, Node entity, Html html, Labels labels) {
        List<QuerySolution> editions = EntityQuery.select(model, entity, EDITIONS);
        if (editions.isEmpty()) {
            return;
        }
        List<String> columns = editions.stream().map(e -> e.getResource("edition").getURI()).toList();
        Map<String, Map<String, QuerySolution>> rows = new LinkedHashMap<>();
        Map<String, Node> actors = new LinkedHashMap<>();
        for (QuerySolution row : EntityQuery.select(model, entity, REPLIES)) {
            String reply = row.getResource("reply").getURI();
            actors.putIfAbsent(reply, row.getResource("actor").asNode());
            rows.computeIfAbsent(reply, r -> new LinkedHashMap<>()).put(row.getResource("edition").getURI(), row);
        }
        List<QuerySolution> discrepancies = EntityQuery.select(model, entity, DISCREPANCIES);
        body.append("<h2>Editions <span lang=\"zh-Hans\">各语文版本</span></h2>\n<p>")
                .append(editions.size()).append(editions.size() == 1 ? " edition, " : " editions, ")
                .append(rows.size()).append(rows.size() == 1 ? " reply" : " replies").append(", ")
                .append(discrepancies.isEmpty() ? "no discrepancy between editions"
                        : discrepancies.size() + (discrepancies.size() == 1 ? " discrepancy" : " discrepancies"))
                .append(".</p>\n<div class=\"scroll\"><table class=\"editions\">\n<tr><th>reply of</th>");
        for (QuerySolution edition : editions) {
            String language = edition.contains("language") ? edition.getLiteral("language").getLexicalForm() : "";
            body.append("<th>").append(html.link(edition.getResource("edition").getURI(),
                    Html.text(language.isEmpty() ? "edition" : language))).append("</th>");
        }
        body.append("</tr>\n");
        rows.forEach((reply, byEdition) -> {
            body.append("<tr><td>").append(html.node(actors.get(reply), labels)).append("</td>");
            for (String edition : columns) {
                QuerySolution cell = byEdition.get(edition);
                if (cell == null) {
                    body.append("<td class=\"discrepancy\">not printed 未载</td>");
                    continue;
                }
                String date = cell.contains("date") ? cell.getLiteral("date").getLexicalForm() : "undated";
                body.append(cell.getLiteral("differs").getBoolean() ? "<td class=\"discrepancy\">" : "<td>")
                        .append(html.link(cell.getResource("statement").getURI(), Html.text(date)))
                        .append(cell.contains("line") ? ", line " + cell.getLiteral("line").getLexicalForm() : "")
                        .append("</td>");
            }
            body.append("</tr>\n");
        });
        body.append("</table></div>\n");
        if (!discrepancies.isEmpty()) {
            body.append("<ul class=\"discrepancies\">\n");
            discrepancies.forEach(d -> body.append("<li>").append(Html.text(d.getLiteral("comment").getString()))
                    .append(" (").append(html.link(d.getResource("discrepancy").getURI(), "discrepancy"))
                    .append(")</li>\n"));
            body.append("</ul>\n");
        }
    }
}
