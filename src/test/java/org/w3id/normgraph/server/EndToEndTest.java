package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.JsonResultsWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.extract.ExpectedStances;

/**
 * Builds the graph from the bundled corpus, serves it with the project's Fuseki configuration on a free port, and
 * asks the canned questions (README.md, docs/data-model.md) over HTTP with an independent client (RDF4J's SPARQL
 * repository).
 */
public class EndToEndTest {

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
                StringBuilder out = new StringBuilder();
                for (String variable : variables) {
                    out.append(out.length() == 0 ? "" : "|")
                            .append(row.hasBinding(variable) ? row.getValue(variable).stringValue() : "");
                }
                rows.add(out.toString());
            }
            return rows;
        }
    }

    private static String queryFile(String name) throws IOException {
        return Files.readString(Path.of("queries", name), StandardCharsets.UTF_8);
    }

    private static Set<String> expectedActors(String article, String relation) {
        return ExpectedStances.rows().stream().map(r -> r.split("\\|", -1))
                .filter(r -> r[1].equals(article) && r[2].isEmpty() && r[3].equals(relation))
                .map(r -> (r[4].length() == 3 ? "https://w3id.org/normgraph/id/state/"
                        : "https://w3id.org/normgraph/id/group/") + r[4])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCannedQueryNamesTheTwelveOpponentsOfArticle10bis() throws IOException {
        Set<String> actors = select(queryFile("states-opposing-article-10-bis.rq"), "actor");
        assertEquals(12, actors.size());
        assertEquals(expectedActors("10 bis", "opposes"), actors);
    }

    @Test
    void everyOpponentComesWithItsSourceSentence() throws IOException {
        Set<String> rows = select(queryFile("states-opposing-article-10-bis.rq"), "label_en", "evidence", "line");
        assertEquals(12, rows.size());
        for (String row : rows) {
            String[] cells = row.split("\\|");
            assertTrue(cells[1].contains("反对将该条款纳入公约"), row);
            assertTrue(Set.of("1696", "1697").contains(cells[2]), row);
        }
    }

    @Test
    void theGraphHoldsTheSixProposersOfArticle10bis() throws IOException {
        Set<String> actors = select(queryFile("states-proposing-article-10-bis.rq"), "actor");
        assertEquals(6, actors.size());
        assertEquals(expectedActors("10 bis", "proposes"), actors);
    }

    @Test
    void everyDraftStanceOfTheReportIsServed() {
        Set<String> served = select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?draft ?article ?part ?relation ?code ?line ?name WHERE {
                  ?position a ng:Position ; ng:holder ?actor ; ng:relation ?rel ; ng:about ?provision ;
                            ng:actorLine ?line ; ng:actorText ?name .
                  ?actor ?rel ?provision .
                  ?provision ng:articleNumber ?article ; ng:draftText ?d .
                  OPTIONAL { ?provision ng:partDesignation ?p }
                  BIND(COALESCE(?p, "") AS ?part)
                  BIND(STRAFTER(STR(?d), "/id/draft/") AS ?draft)
                  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
                  BIND(REPLACE(STR(?actor), "^.*/", "") AS ?code)
                }""", "draft", "article", "part", "relation", "code", "line", "name");
        assertEquals(ExpectedStances.rows(), served);
    }

    @Test
    void chineseFullTextSearchFindsEveryStatementThatUsesTheTerm() throws IOException {
        Set<String> found = select(queryFile("full-text-search.rq"), "statement");
        Set<String> containing = select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                SELECT ?statement WHERE { ?statement a ng:Statement ; ng:text ?text
                                          FILTER (CONTAINS(?text, "关键基础设施")) }
                """, "statement");
        assertTrue(containing.size() >= 10, "the ICANN report quotes at least ten statements on critical infrastructure");
        assertEquals(containing, found);
    }

    @Test
    void statementsAreServedWithSpeakerDateAndSource() {
        Set<String> rows = select("""
                PREFIX ng: <https://w3id.org/normgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?date ?offset WHERE {
                  ?s ng:speaker <https://w3id.org/normgraph/id/state/PRT> ; dcterms:date ?date ;
                     ng:footnote/ng:offsetSeconds ?offset }
                """, "date", "offset");
        // ICANN report line 135 (Portugal, 14 December 2021) and footnote 9: "（从 1:14:20 开始）"
        assertTrue(rows.contains("2021-12-14|4460"), rows.toString());
    }

    @Test
    void theEndpointIsReadOnly() {
        try (RepositoryConnection connection = repository.getConnection()) {
            boolean refused;
            try {
                connection.prepareUpdate("INSERT DATA { <urn:x> <urn:y> <urn:z> }").execute();
                refused = false;
            } catch (RuntimeException e) {
                refused = true;
            }
            assertTrue(refused, "an update must be refused");
        }
    }

    /**
     * Every canned query that needs no other endpoint, asked over HTTP for JSON results, gets the bytes that Jena's
     * own JSON writer writes for the same query run on the served dataset: the server's faster writer
     * ({@link JsonResultsWriter}) changes nothing a client can see.
     */
    @Test
    void jsonAnswersAreTheBytesOfJenasOwnWriter() throws Exception {
        DatasetGraph dataset = served.dataset();
        HttpClient client = HttpClient.newHttpClient();
        List<Path> files;
        try (var listing = Files.list(Path.of("queries"))) {
            files = listing.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            String query = Files.readString(file, StandardCharsets.UTF_8);
            if (query.contains("SERVICE")) {
                continue;
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            Txn.executeRead(dataset, () -> {
                try (QueryExec execution = QueryExec.dataset(dataset).query(query).build()) {
                    RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(expected, execution.select(), null);
                }
            });
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(served.url(
                    "/normgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                    .header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), file.toString());
            assertEquals(expected.toString(StandardCharsets.UTF_8), new String(answer.body(), StandardCharsets.UTF_8),
                    file.toString());
            // The bundled corpus holds one edition of each report: nothing to disagree on (ReportEditionsTest asks
            // this query of two editions that do).
            if (!file.endsWith("edition-discrepancies.rq")) {
                assertTrue(expected.size() > 200, file + " answers something");
            }
            compared++;
        }
        assertEquals(16, compared, "the canned queries that need no other endpoint");
    }
}
