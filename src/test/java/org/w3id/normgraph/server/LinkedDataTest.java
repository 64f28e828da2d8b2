package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.SharedData;
import org.w3id.normgraph.extract.ExpectedStances;

/**
 * Linked data served by {@code normgraph serve} on a free port: the canned queries that use the derived member
 * stances and the reference data, asked with an independent SPARQL client (RDF4J); the IRIs, the ontology, the
 * dataset description and the dump, fetched with the JDK's HTTP client and read with RDF4J's parsers.
 */
class LinkedDataTest {

    private static final String STATE = "https://w3id.org/normgraph/id/state/";
    private static final String EU = "https://w3id.org/normgraph/id/group/EU";

    @TempDir
    static Path workspace;

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private static ServedCorpus served;
    private static SPARQLRepository repository;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

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

    /** How many resources of a class the endpoint serves, asked with SPARQL, to compare with the VoID counts. */
    private static long count(String type) {
        List<Map<String, String>> rows = select("PREFIX ng: <https://w3id.org/normgraph/ontology#> "
                + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a " + type + " }");
        return Long.parseLong(rows.get(0).get("n"));
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

    private static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(served.url(path)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static Model parse(HttpResponse<byte[]> response, RDFFormat format) throws IOException {
        return Rio.parse(new ByteArrayInputStream(response.body()), "http://localhost/", format);
    }

    private static IRI iri(String iri) {
        return VALUES.createIRI(iri);
    }

    @Test
    void russiaAsTurtleHasTheWikidataEntityOfTheSharedTable() throws Exception {
        HttpResponse<byte[]> response = get("/id/state/RUS", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/turtle"), contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        Model rdf = parse(response, RDFFormat.TURTLE);
        String wikidata = "http://www.wikidata.org/entity/" + SharedData.states().get("RUS").get("wikidata");
        assertTrue(rdf.contains(iri(STATE + "RUS"), OWL.SAMEAS, iri(wikidata)), wikidata);
        assertTrue(rdf.contains(iri(STATE + "RUS"), iri("https://w3id.org/normgraph/ontology#m49Code"),
                VALUES.createLiteral(SharedData.states().get("RUS").get("m49"))));
    }

    @Test
    void russiaForABrowserIsAPageWithNamesCodesLinksAndEveryStanceWithItsSource() throws Exception {
        HttpResponse<byte[]> response = get("/id/state/RUS", BROWSER);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        String page = text(response);
        assertTrue(page.contains("<h1>Russian Federation <span lang=\"zh-Hans\">俄罗斯联邦</span></h1>"), page);
        assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q159\""), page);
        assertTrue(page.contains("<td>643</td>") && page.contains("<td>Eastern Europe</td>"), page);

        // One row per stance of Russia in the hand-checked list, each with the document (a link) and the line.
        String stances = page.substring(page.indexOf("<h2>Stances</h2>"));
        stances = stances.substring(0, stances.indexOf("</table>"));
        List<String[]> expected = ExpectedStances.rows().stream().map(r -> r.split("\\|", -1))
                .filter(r -> r[4].equals("RUS")).toList();
        // The Secretary-General's report adds Russia's reply and its stances; the draft stances are the report's.
        long fromTheIcannReport = java.util.Arrays.stream(stances.split("<tr><td>", -1)).skip(1)
                .filter(row -> row.contains("/id/document/icann-ge-un-cyber-processes-2021-2023\""))
                .count();
        assertEquals(expected.size(), fromTheIcannReport, stances);
        for (String[] row : expected) {
            assertTrue(stances.contains("<a href=\"/id/document/icann-ge-un-cyber-processes-2021-2023\">")
                    && stances.contains(", line " + row[5] + "<br>"), "line " + row[5]);
        }
        assertTrue(stances.contains("<q><span lang=\"zh-Hans\">俄罗斯联邦</span></q>"), stances);
        assertTrue(stances.contains("href=\"/id/provision/ahc-dtc-2023-09-02/article-10-bis\""), stances);
    }

    @Test
    void theSameResourceInEveryMachineFormatHoldsTheSameTriples() throws Exception {
        long turtle = parse(get("/id/state/RUS", "text/turtle"), RDFFormat.TURTLE).size();
        long ntriples = parse(get("/id/state/RUS", "application/n-triples"), RDFFormat.NTRIPLES).size();
        HttpResponse<byte[]> jsonld = get("/id/state/RUS", "application/ld+json");
        assertTrue(contentType(jsonld).startsWith("application/ld+json"), contentType(jsonld));
        org.apache.jena.rdf.model.Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(text(jsonld), Lang.JSONLD).parse(fromJsonLd);
        assertTrue(turtle > 20, "RUS has names, codes, memberships and stances");
        assertEquals(turtle, ntriples);
        assertEquals(turtle, fromJsonLd.size());
    }

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() throws Exception {
        HttpResponse<byte[]> response = get("/id/state/RUS?format=nt", BROWSER);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/n-triples"), contentType(response));
        assertEquals(parse(get("/id/state/RUS", "text/turtle"), RDFFormat.TURTLE).size(),
                parse(response, RDFFormat.NTRIPLES).size());
    }

    @Test
    void anUnknownIriIsNotFoundAndAnUnservableFormatIsNotAcceptable() throws Exception {
        assertEquals(404, get("/id/state/XXX", "text/turtle").statusCode());
        assertEquals(404, get("/id/state/", BROWSER).statusCode());
        assertEquals(406, get("/id/state/RUS", "application/pdf").statusCode());
        assertEquals(406, get("/id/state/RUS?format=pdf", null).statusCode());
        assertEquals(406, get("/ontology", "image/png").statusCode());
    }

    @Test
    void aDerivedStanceIsServedWithTheGroupPositionItComesFrom() throws Exception {
        String austria = "/id/position/icann-ge-un-cyber-processes-2021-2023/ahc-dtc-2023-09-02/article-10-bis"
                + "/opposes/group-EU/member/state-AUT";
        Model rdf = parse(get(austria, "text/turtle"), RDFFormat.TURTLE);
        assertTrue(rdf.contains(iri("https://w3id.org/normgraph" + austria),
                iri("http://www.w3.org/ns/prov#wasDerivedFrom"),
                iri("https://w3id.org/normgraph/id/position/icann-ge-un-cyber-processes-2021-2023"
                        + "/ahc-dtc-2023-09-02/article-10-bis/opposes/group-EU")));
        String page = text(get(austria, BROWSER));
        assertTrue(page.contains("<title>Austria opposes Article 10 bis, as a member of European Union"), page);
    }

    @Test
    void theOntologyPageHasEveryTermOfTheOntologyFileWithLabelsAndDefinitionsInEnglishAndChinese() throws Exception {
        HttpResponse<byte[]> response = get("/ontology", BROWSER);
        assertEquals(200, response.statusCode());
        String page = text(response);
        Model ontology;
        try (var in = Files.newInputStream(Path.of("ontology", "normgraph.ttl"))) {
            ontology = Rio.parse(in, "", RDFFormat.TURTLE);
        }
        Set<String> terms = ontology.subjects().stream().map(Object::toString)
                .filter(t -> t.startsWith("https://w3id.org/normgraph/ontology#"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(terms.size() > 50, terms.toString());
        for (String term : terms) {
            for (IRI property : List.of(RDFS.LABEL, SKOS.DEFINITION)) {
                Set<String> languages = ontology.filter(iri(term), property, null).objects().stream()
                        .map(v -> ((Literal) v).getLanguage().orElse("")).collect(Collectors.toSet());
                assertTrue(languages.containsAll(Set.of("en", "zh-Hans")), term + " " + property + " " + languages);
            }
            String anchor = "<section id=\"" + term.substring(term.indexOf('#') + 1) + "\">";
            assertTrue(page.contains(anchor), term);
            String section = page.substring(page.indexOf(anchor), page.indexOf("</section>", page.indexOf(anchor)));
            assertTrue(section.contains("<p><span lang=\"en\">") && section.contains("<p><span lang=\"zh-Hans\">"),
                    section);
        }
        assertTrue(page.contains("Derived position <span lang=\"zh-Hans\">推导立场</span>"), page);
        assertTrue(page.contains("<p><span lang=\"zh-Hans\">normgraph 推导而非从原文读取的立场"), page);

        Model served = parse(get("/ontology", "text/turtle"), RDFFormat.TURTLE);
        assertEquals(ontology.size(), served.size());
    }

    @Test
    void theDatasetDescriptionCountsWhatIsServedAndSaysWhereToGetIt() throws Exception {
        HttpResponse<byte[]> response = get("/.well-known/void", null);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/turtle"), contentType(response));
        Model description = parse(response, RDFFormat.TURTLE);
        IRI dataset = iri("https://w3id.org/normgraph/dataset");
        String base = served.url("");
        assertTrue(description.contains(dataset, RDF.TYPE, iri(VOID + "Dataset")));
        assertTrue(description.contains(dataset, iri(VOID + "sparqlEndpoint"), iri(base + "/normgraph/sparql")));
        assertTrue(description.contains(dataset, iri(VOID + "dataDump"), iri(base + "/dump/normgraph.nq.gz")));
        assertTrue(description.contains(dataset, DCTERMS.LICENSE,
                iri("https://creativecommons.org/licenses/by/4.0/")));

        // 197 States, the 8 groups of groups.csv with a Wikidata ID, and Macao (participants.csv, Q14773).
        long groupsWithWikidata = SharedData.rows("groups.csv").stream().filter(r -> !r.get("wikidata").isEmpty())
                .count();
        assertEquals(8, groupsWithWikidata);
        assertEquals(197 + 8 + 1, number(description, iri("https://w3id.org/normgraph/dataset#wikidata-links"),
                "triples"));
        assertEquals(197, number(description, partition(description, "class", "State"), "entities"));
        assertEquals(count("ng:Position"), number(description, partition(description, "class", "Position"), "entities"));
        assertTrue(count("ng:Position") >= ExpectedStances.rows().size());
        assertEquals(count("ng:DerivedPosition"),
                number(description, partition(description, "class", "DerivedPosition"), "entities"));
        assertTrue(count("ng:DerivedPosition") >= 6 * 27);

        for (String file : List.of("icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt",
                "un-sg-report-ict-international-security-2022.zh-Hans.txt")) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Path.of("corpus", file))));
            IRI document = iri("https://w3id.org/normgraph/id/document/" + file.replace(".zh-Hans.txt", ""));
            assertTrue(description.contains(dataset, DCTERMS.SOURCE, document), file);
            assertTrue(description.contains(document, iri("https://w3id.org/normgraph/ontology#sha256"),
                    VALUES.createLiteral(sha256)), file);
        }

        HttpResponse<byte[]> dump = get("/dump/normgraph.nq.gz", null);
        assertEquals(200, dump.statusCode());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump.body()));
        assertTrue(description.contains(iri("https://w3id.org/normgraph/dataset#nquads-gzip-sha256"),
                iri("http://spdx.org/rdf/terms#checksumValue"),
                VALUES.createLiteral(sha256, iri("http://www.w3.org/2001/XMLSchema#hexBinary"))));
        assertEquals(sha256 + "  normgraph.nq.gz\n", text(get("/dump/normgraph.nq.gz.sha256", null)));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
            assertEquals(number(description, dataset, "triples"),
                    Rio.parse(in, "", RDFFormat.NQUADS).size());
        }
    }

    private static Resource partition(Model description, String kind, String local) {
        IRI term = iri("https://w3id.org/normgraph/ontology#" + local);
        return description.filter(null, iri(VOID + kind), term).subjects().iterator().next();
    }

    private static long number(Model description, Resource subject, String property) {
        return Models.objectLiteral(description.filter(subject, iri(VOID + property), null))
                .orElseThrow(() -> new AssertionError(subject + " has no void:" + property)).longValue();
    }
}
