package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.SharedData;
import org.w3id.normgraph.extract.ExpectedStances;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * Linked data served by {@code normgraph serve}: the canned queries that use the derived member stances and the
 * reference data, asked over HTTP with an independent client (RDF4J), on a server on a free port.
 */
class LinkedDataTest {

    private static final String STATE = "https://w3id.org/normgraph/id/state/";
    private static final String EU = "https://w3id.org/normgraph/id/group/EU";

    @TempDir
    static Path workspace;

    private static FusekiServer server;
    private static SPARQLRepository repository;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path database = workspace.resolve("tdb2");
        GraphDatabase.replace(database, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), database, freePort());
        repository = new SPARQLRepository("http://localhost:" + server.getPort() + "/normgraph/sparql");
        repository.init();
    }

    @AfterAll
    static void stop() {
        if (repository != null) {
            repository.shutDown();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Map<String, String>> select(String query) {
        try (RepositoryConnection connection = repository.getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (BindingSet row : result) {
                Map<String, String> values = new TreeMap<>();
                row.forEach(binding -> values.put(binding.getName(), binding.getValue().stringValue()));
                rows.add(values);
            }
            return rows;
        }
    }

    private static String queryFile(String name) throws IOException {
        return Files.readString(Path.of("queries", name), StandardCharsets.UTF_8);
    }

    /** The States that the sentence on lines 1696–1697 names as opposing Article 10 bis (hand-checked rows). */
    private static Set<String> namedOpponentsOf10bis() {
        return ExpectedStances.rows().stream().map(r -> r.split("\\|", -1))
                .filter(r -> r[1].equals("10 bis") && r[2].isEmpty() && r[3].equals("opposes") && r[4].length() == 3)
                .map(r -> r[4]).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void article10bisHas38OpposingStatesElevenNamedAndTwentySevenThroughTheEuropeanUnion() throws IOException {
        List<Map<String, String>> rows = select(queryFile("states-opposing-article-10-bis-with-members.rq"));
        assertEquals(38, rows.size());

        Map<String, String> how = new TreeMap<>();
        for (Map<String, String> row : rows) {
            String code = row.get("state").substring(STATE.length());
            how.put(code, row.get("named_in_text").equals("true") ? "named" : "via " + row.get("via_group"));
            assertTrue(row.get("evidence").contains("欧盟及其成员国"), row.toString());
            assertTrue(Set.of("1696", "1697").contains(row.get("line")), row.toString());
        }
        Map<String, String> expected = new TreeMap<>();
        namedOpponentsOf10bis().forEach(code -> expected.put(code, "named"));
        SharedData.members("EU").forEach(code -> expected.put(code, "via " + EU));
        assertEquals(11, namedOpponentsOf10bis().size());
        assertEquals(38, expected.size(), "no State of the sentence is a member of the EU");
        assertEquals(expected, how);
    }

    @Test
    void aStateReachedThroughTheEuropeanUnionPointsToTheEuropeanUnionsPosition() throws IOException {
        Map<String, String> austria = select(queryFile("states-opposing-article-10-bis-with-members.rq")).stream()
                .filter(row -> row.get("state").equals(STATE + "AUT")).findFirst().orElseThrow();
        assertEquals("https://w3id.org/normgraph/id/position/icann-ge-un-cyber-processes-2021-2023/"
                + "ahc-dtc-2023-09-02/article-10-bis/opposes/group-EU", austria.get("source_position"));
        assertEquals("1696", austria.get("line"));
        assertEquals("https://w3id.org/normgraph/id/document/icann-ge-un-cyber-processes-2021-2023",
                austria.get("document"));
    }

    @Test
    void offlineTheOpponentsOfArticle10bisAreCountedByUnRegion() throws IOException {
        Map<String, Set<String>> byRegion = new TreeMap<>();
        for (Map<String, String> row : select(queryFile("opposers-of-article-10-bis-by-region.rq"))) {
            Set<String> codes = new TreeSet<>(List.of(row.get("codes").split(" ")));
            assertEquals(Integer.parseInt(row.get("states")), codes.size(), row.toString());
            byRegion.put(row.get("region"), codes);
        }
        // Hand-checked against shared/data/states.csv: of the 38 opponents, Cyprus (EU), Georgia and Japan are in
        // M49 Asia; the United States, Canada, Chile and Mexico in the Americas; Australia and New Zealand in
        // Oceania; the other 29 in Europe.
        assertEquals(Set.of("CYP", "GEO", "JPN"), byRegion.get("Asia"));
        assertEquals(Set.of("CAN", "CHL", "MEX", "USA"), byRegion.get("Americas"));
        assertEquals(Set.of("AUS", "NZL"), byRegion.get("Oceania"));
        assertEquals(29, byRegion.get("Europe").size());
        assertEquals(Set.of("Asia", "Americas", "Europe", "Oceania"), byRegion.keySet());

        Map<String, Set<String>> fromTable = new TreeMap<>();
        Set<String> opponents = new TreeSet<>(namedOpponentsOf10bis());
        opponents.addAll(SharedData.members("EU"));
        opponents.forEach(code -> fromTable.computeIfAbsent(SharedData.states().get(code).get("region"),
                region -> new TreeSet<>()).add(code));
        assertEquals(fromTable, byRegion);
    }

    @Test
    void theWikidataVersionIsValidSparqlThatAsksWikidataThroughOurSameAsLinks() throws IOException {
        Query query = QueryFactory.create(queryFile("opposers-of-article-10-bis-by-continent-wikidata.rq"));
        assertTrue(query.toString().contains("SERVICE <https://query.wikidata.org/sparql>"), query.toString());
        assertTrue(query.toString().contains("owl:sameAs"), query.toString());
    }
}
