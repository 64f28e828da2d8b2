package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.extract.ExpectedSgFacts;

/**
 * The canned questions about the Secretary-General's 2022 report, asked over HTTP with RDF4J's client of the graph
 * that {@code serve} serves, and checked against the hand-checked facts.
 */
class SgReportQueriesTest {

    private static final String ID = "https://w3id.org/normgraph/id/";

    @TempDir
    static Path workspace;

    private static ServedCorpus served;
    private static SPARQLRepository repository;

    @BeforeAll
    static void buildAndServe() throws IOException {
        served = ServedCorpus.start(workspace);
        repository = served.repository();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static Set<String> select(String query, String... variables) {
        try (RepositoryConnection connection = repository.getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            Set<String> rows = new TreeSet<>();
            for (BindingSet row : result) {
                rows.add(java.util.Arrays.stream(variables)
                        .map(v -> row.hasBinding(v) ? row.getValue(v).stringValue() : "")
                        .map(v -> v.startsWith(ID) ? v.substring(v.lastIndexOf('/') + 1) : v)
                        .collect(Collectors.joining("|")));
            }
            return rows;
        }
    }

    private static String queryFile(String name) throws IOException {
        return Files.readString(Path.of("queries", name), StandardCharsets.UTF_8);
    }

    private static String only(String query, String actor) {
        return query.replace("WHERE {", "WHERE {\n  VALUES ?actor { <" + ID + actor + "> }");
    }

    @Test
    void theRepliesTableIsTheCheckedOne() throws IOException {
        Set<String> expected = ExpectedSgFacts.replies().stream()
                .map(r -> String.join("|", r.get(0), r.get(2), r.get(4), "A/RES/76/19", r.get(1)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, select(queryFile("sg-replies.rq"), "actor", "language", "date", "resolution", "line"));
    }

    @Test
    void theReferencesOfEachReplyAreTheCheckedOnes() throws IOException {
        Set<String> expected = ExpectedSgFacts.references().stream().filter(r -> !r.get(0).equals("INTRO"))
                .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> served = select(queryFile("sg-references-by-reply.rq"), "actor", "symbol", "line");
        assertEquals(expected, served);
    }

    @Test
    void theServedStancesAreTheExtractedOnesWithNoneThatTheCheckerRejects() throws IOException {
        Set<String> served = select(queryFile("sg-stances-by-actor.rq"), "actor", "relation", "line");
        Set<String> expected = ExpectedSgFacts.stances().stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> wrong = new TreeSet<>(served);
        wrong.removeAll(expected);
        assertTrue(served.size() >= 40 && wrong.size() <= served.size() * 0.05,
                "served " + served.size() + " stances; not in the checked set: " + wrong);
        Set<String> australia = select(only(queryFile("sg-stances-by-actor.rq"), "state/AUS"), "relation", "line",
                "names");
        assertTrue(australia.contains("supports|170|PoA"), australia.toString());
    }

    @Test
    void whatSingaporeWroteUnderCapacityBuilding() throws IOException {
        // Lines 1020-1066 of the report: the heading 能力建设 and its five paragraphs.
        Set<String> rows = select(only(queryFile("sg-writing-under-heading.rq"), "state/SGP"), "heading", "line");
        assertEquals(Set.of("能力建设|1022", "能力建设|1028", "能力建设|1048", "能力建设|1050", "能力建设|1062"), rows);
    }

    @Test
    void whatSingaporeWroteOnCapacityBuildingAsATopic() throws IOException {
        // 能力建设 stands in the paragraphs of lines 943 (949), 957 (973), 1022 and 1028 (1030, 1046); the paragraphs of
        // 1048, 1050 and 1062 stand under the heading 能力建设.
        Set<String> lines = select(only(queryFile("sg-writing-on-topic.rq"), "state/SGP"), "line");
        assertEquals(Set.of("943", "957", "1022", "1028", "1048", "1050", "1062"), lines);
    }

    @Test
    void normsAreTaggedWithTheWordsThatNameThem() {
        // Lines 1056-1060 (Singapore: 漏洞报告, 保护计算机应急小组) and 1904-1906 (the EU: norm 13 (c) in its words).
        Set<String> rows = select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?actor ?norm ?line WHERE {
                  ?reply ng:respondsTo ?r ; ng:speaker ?actor ; dcterms:hasPart+ ?part .
                  ?part ng:tag ?tag . ?tag ng:concept ?norm ; ng:evidenceStartLine ?line .
                  FILTER (STRSTARTS(STR(?norm), "https://w3id.org/normgraph/id/norm/"))
                }""", "actor", "norm", "line");
        assertEquals(Set.of("SGP|gge-2015-13j|1058", "SGP|gge-2015-13k|1058", "EU|gge-2015-13c|1904",
                "EU|gge-2015-13i|1799"), rows);
    }

    @Test
    void aFootnoteBelongsToTheReplyOfItsMarkerAndEverythingNamedIsDescribed() {
        // Footnote 4 is printed under Türkiye's reply (line 1232); its marker is in Singapore's text (line 1164).
        Set<String> footnote4 = select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?reply ?paragraph WHERE {
                  ?footnote a ng:Footnote ; ng:footnoteNumber 4 ; dcterms:isPartOf ?reply .
                  ?paragraph ng:hasFootnote ?footnote .
                }""", "reply", "paragraph");
        assertEquals(Set.of("reply-SGP|part-21"), footnote4);
        Set<String> undescribed = select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT DISTINCT ?thing WHERE {
                  ?part ng:mention ?m . ?m ng:mentionOf ?thing .
                  FILTER NOT EXISTS { ?thing rdfs:label ?label }
                }""", "thing");
        assertEquals(Set.of(), undescribed);
        List<String> forums = List.copyOf(select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT DISTINCT ?forum WHERE { ?reply ng:respondsTo ?r ; ng:forum ?forum . ?forum a ng:Forum }""",
                "forum"));
        assertEquals(List.of("UNGA-C1"), forums);
    }
}
