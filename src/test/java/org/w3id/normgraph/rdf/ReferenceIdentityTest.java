package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.SharedData;
import org.w3id.normgraph.pipeline.GraphBuild;

/**
 * Identity of States and groups in the built graph, compared with the shared tables (test resources
 * {@code shared-data/}) read directly: Wikidata entity, ISO 3166 and M49 codes, UN region and sub-region, group members and their date.
 */
class ReferenceIdentityTest {

    private static Model graph;

    @BeforeAll
    static void build() {
        Dataset dataset = GraphBuild.fromCorpus(Path.of("corpus"), message -> { });
        graph = dataset.getUnionModel();
    }

    /** One row per state: code|sameAs|iso2|m49|region|subregion, multiple values joined with spaces. */
    private static Map<String, String> statesInGraph() {
        Map<String, String> rows = new TreeMap<>();
        try (QueryExecution execution = QueryExecution.model(graph).query("""
                PREFIX ng:  <https://w3id.org/normgraph/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?state (GROUP_CONCAT(DISTINCT STR(?same); separator=" ") AS ?sameAs)
                       (SAMPLE(?a3) AS ?iso3) (SAMPLE(?a2) AS ?iso2) (SAMPLE(?m) AS ?m49)
                       (SAMPLE(?r) AS ?region) (SAMPLE(?s) AS ?subregion) WHERE {
                  ?state a ng:State .
                  OPTIONAL { ?state owl:sameAs ?same }
                  OPTIONAL { ?state ng:iso3166Alpha3 ?a3 } OPTIONAL { ?state ng:iso3166Alpha2 ?a2 }
                  OPTIONAL { ?state ng:m49Code ?m } OPTIONAL { ?state ng:unRegion ?r }
                  OPTIONAL { ?state ng:unSubregion ?s }
                } GROUP BY ?state""").build()) {
            execution.execSelect().forEachRemaining(row -> {
                String code = row.getResource("state").getURI().replace(Iris.ID + "state/", "");
                rows.put(code, String.join("|", row.getLiteral("sameAs").getString(), text(row, "iso3"),
                        text(row, "iso2"), text(row, "m49"), text(row, "region"), text(row, "subregion")));
            });
        }
        return rows;
    }

    private static String text(org.apache.jena.query.QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getString() : "";
    }

    @Test
    void everyStateOfTheSharedTableIsInTheGraphWithItsWikidataEntityCodesAndRegion() {
        Map<String, String> expected = new TreeMap<>();
        SharedData.states().forEach((iso3, row) -> expected.put(iso3, String.join("|",
                "http://www.wikidata.org/entity/" + row.get("wikidata"), iso3, row.get("iso2"), row.get("m49"),
                row.get("region"), row.get("subregion"))));
        assertEquals(197, expected.size(), "states.csv: 193 members, 2 observers, Cook Islands and Niue");
        Map<String, String> actual = statesInGraph();
        assertEquals(expected.keySet(), actual.keySet());
        List<String> mismatches = expected.keySet().stream()
                .filter(code -> !expected.get(code).equals(actual.get(code)))
                .map(code -> code + ": table " + expected.get(code) + ", graph " + actual.get(code)).toList();
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theNetherlandsIsTheCountryAndTheKingdomIsOnlyACloseMatch() {
        // shared/data/SOURCES.md: `wikidata` holds Q55 (Netherlands), `wikidata_alt` Q29999 (the Kingdom).
        Set<String> close = new TreeSet<>();
        graph.getResource(Iris.ID + "state/NLD")
                .listProperties(graph.createProperty("http://www.w3.org/2004/02/skos/core#closeMatch"))
                .forEachRemaining(s -> close.add(s.getResource().getURI()));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q29999"), close);
        assertEquals("http://www.wikidata.org/entity/Q55", statesInGraph().get("NLD").split("\\|")[0]);
    }

    @Test
    void groupsHaveTheWikidataEntityMembersAndDateOfTheSharedTable() {
        for (Map<String, String> row : SharedData.rows("groups.csv")) {
            String code = row.get("code");
            if (code.equals("EU_MS")) {
                continue; // a speaker formula, not a group: its names belong to the EU (reference/SOURCES.md)
            }
            String group = Iris.ID + "group/" + code;
            Set<String> sameAs = objects(group, "http://www.w3.org/2002/07/owl#sameAs");
            assertEquals(row.get("wikidata").isEmpty() ? Set.of()
                    : Set.of("http://www.wikidata.org/entity/" + row.get("wikidata")), sameAs, code);
            Set<String> members = new TreeSet<>();
            for (String iso3 : SharedData.members(code)) {
                if (SharedData.states().containsKey(iso3)) { // MSR (Montserrat) is a territory, not a State
                    members.add(Iris.ID + "state/" + iso3);
                }
            }
            assertEquals(members, objects(group, "http://www.w3.org/ns/org#hasMember"), code);
            assertEquals(row.get("members_as_of").isEmpty() ? Set.of() : Set.of(row.get("members_as_of")),
                    objects(group, NG.membersAsOf.getURI()), code);
        }
    }

    @Test
    void theEuropeanUnionHasItsTwentySevenMembers() {
        assertEquals(27, objects(Iris.ID + "group/EU", "http://www.w3.org/ns/org#hasMember").size());
    }

    private static Set<String> objects(String subject, String property) {
        Set<String> values = new TreeSet<>();
        graph.getResource(subject).listProperties(graph.createProperty(property)).forEachRemaining(s ->
                values.add(s.getObject().isLiteral() ? s.getString() : s.getResource().getURI()));
        return values;
    }
}
