package org.w3id.normgraph.server;

import org.w3id.normgraph.server.site.AssetServlet;
import org.w3id.normgraph.server.site.CannedQueries;
import org.w3id.normgraph.server.site.ExampleGallery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's pages over HTTP: the same header on each, no inline script or event handler (so that a
 * Content-Security-Policy of script-src 'self' holds), every script and style sheet served by this server, the
 * landing page's counts equal to the hand-checked files, and every canned query offered in the editor.
 */
class SiteTest {

    private static final List<String> PAGES = List.of("/", "/query", "/views", "/views/timeline",
            "/views/stance-map?draft=https%3A%2F%2Fw3id.org%2Fnormgraph%2Fid%2Fdraft%2Fahc-dtc-2023-09-02",
            "/ontology", "/id/state/CHN", "/id/provision/ahc-dtc-2023-09-02/article-10-bis", "/id/group/EU");

    @TempDir
    static Path workspace;

    private static ServedCorpus served;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        served = ServedCorpus.start(workspace);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyPageHasTheHeaderAndLoadsOnlyItsOwnScriptsAndStyles() throws Exception {
        Pattern reference = Pattern.compile("<(?:script|link)[^>]*?(?:src|href)=\"([^\"]*)\"");
        for (String path : PAGES) {
            HttpResponse<String> page = get(path, "text/html");
            assertEquals(200, page.statusCode(), path);
            String html = page.body();
            for (String link : List.of("href=\"/\"", "href=\"/query\"", "href=\"/views\"", "href=\"/ontology\"",
                    "href=\"/.well-known/void\"")) {
                assertTrue(html.substring(0, html.indexOf("<main>")).contains(link), path + " header has " + link);
            }
            assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), path + " has inline script");
            assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                    path + " has an inline event handler");
            Matcher m = reference.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                assertTrue(target.startsWith("/assets/"), path + " loads " + target);
                HttpResponse<String> asset = get(target, "*/*");
                assertEquals(200, asset.statusCode(), target);
                String type = asset.headers().firstValue("Content-Type").orElse("");
                String expected = target.endsWith(".js") ? "text/javascript" : target.endsWith(".css") ? "text/css"
                        : "image/svg+xml";
                assertTrue(type.startsWith(expected), target + " " + type);
            }
        }
    }

    @Test
    void theLandingPageCountsWhatTheHandCheckedFilesCount() throws Exception {
        String html = get("/", "text/html").body();
        long statements = dataRows("icann-statements.tsv") + dataRows("sg-replies.tsv");
        assertTrue(html.contains("<th>statements <span lang=\"zh-Hans\">发言</span></th><td class=\"number\">"
                + statements + "</td>"), html);
        // The other counts against the endpoint, asked through RDF4J's client.
        assertTrue(html.contains("<th>draft provisions (articles and their parts) <span lang=\"zh-Hans\">草案条款</span>"
                + "</th><td class=\"number\">" + count("?x a ng:DraftProvision") + "</td>"), html);
        assertTrue(html.contains("<td class=\"number\">" + count("?x a ng:Position") + "</td>"), html);
        assertTrue(html.contains(get("/dump/normgraph.nq.gz.sha256", "*/*").body().split(" ")[0]), html);
    }

    /** Each provision page opens with what the corpus quotes of it (expected/icann-provision-quotations.tsv). */
    @Test
    void aProvisionPageOpensWithItsQuotedTitleAndText() throws Exception {
        String tenBis = get("/id/provision/ahc-dtc-2023-09-02/article-10-bis", "text/html").body();
        assertTrue(tenBis.contains("<p class=\"provision-title\" lang=\"zh-Hans\">非法干扰关键信息基础设施</p>"), tenBis);
        assertTrue(tenBis.contains("<blockquote class=\"provision-text\" lang=\"zh-Hans\">1.各缔约国应采取必要的"),
                tenBis);
        assertTrue(tenBis.contains(", lines 1678–1692.</p>"), tenBis);
        String twentySix = get("/id/provision/ahc-dtc-2023-09-02/article-26", "text/html").body();
        assertTrue(twentySix.contains(">流量数据的快速存留和部分披露</p>"), twentySix);
        assertTrue(twentySix.contains(", lines 1801–1809.</p>"), twentySix);
    }

    /**
     * The SG report's page opens with its contents: each part of the report (expected/sg-report-outline.tsv, its
     * headings, hand-counted paragraphs and stances), each count leading to the part's folded rows.
     */
    @Test
    void theSgReportsPageSummarisesItsPartsBeforeItsRows() throws Exception {
        String html = get("/id/document/un-sg-report-ict-international-security-2022", "text/html").body();
        assertTrue(html.indexOf("<h2>Contents") < html.indexOf("<h2>Stances"), "the contents come first");
        Matcher row = Pattern.compile("<tr class=\"depth-(\\d)\"><td>(.*?)</td><td class=\"number\">"
                + "(\\d+)</td><td class=\"number\">(\\d*)</td><td class=\"number\">(.*?)</td>").matcher(html);
        List<String> shown = new ArrayList<>();
        while (row.find()) {
            String stances = row.group(5).replaceAll("<[^>]*>", "").replaceFirst(" .*", "");
            shown.add(row.group(1) + "\t" + row.group(3) + "\t" + row.group(2).replaceAll("<[^>]*>", "") + "\t"
                    + row.group(4) + "\t" + (stances.isEmpty() ? "0" : stances));
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/sg-report-outline.tsv"))) {
            if (!line.startsWith("#") && !line.startsWith("depth")) {
                expected.add(line);
            }
        }
        assertEquals(expected.size(), shown.size(), String.join("\n", shown));
        for (int i = 0; i < expected.size(); i++) {
            String[] want = expected.get(i).split("\t", -1);
            String[] got = shown.get(i).split("\t", -1);
            assertEquals(want[0] + " " + want[1], got[0] + " " + got[1], shown.get(i));
            assertTrue(got[2].contains(want[2]), got[2] + " names " + want[2]);
            if (!want[3].isEmpty()) {
                assertEquals(want[3], got[3], "paragraphs of " + want[2] + " (line " + want[1] + ")");
            }
            assertEquals(want[4], got[4], "stances of " + want[2] + " (line " + want[1] + ")");
        }
        // Each count leads to a fold of the page that holds the part's rows: Cuba's five stances (lines 381-435).
        Matcher link = Pattern.compile("<a href=\"#([^\"]+)\">").matcher(html.substring(html.indexOf("<h2>Contents"),
                html.indexOf("<h2>Stances")));
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(html.contains("<table id=\"" + link.group(1) + "\">"), link.group(1));
        }
        assertTrue(links > 40, links + " links");
        String cuba = html.substring(html.indexOf("<table id=\"stances-reply-CUB\">"));
        cuba = cuba.substring(0, cuba.indexOf("</table>"));
        assertEquals(5, cuba.split("<tr><td>", -1).length - 1, cuba);
        // Folded: the rows of all 50 stances are under the folds, the page itself short.
        assertTrue(html.contains("<details class=\"by-part\"><summary>All 50 rows"), html);
    }

    /**
     * The ICANN report's page counts the statements of each of its chapters as expected/icann-statements.tsv holds
     * them. The chapters' headings: 简介 (line 1), OEWG 最新动态 (45), the AHC (1140), 《全球数字契约》和未来峰会
     * (1955), 其他联合国举措 (2366), 结语 (2488).
     */
    @Test
    void theIcannReportsPageCountsTheStatementsOfEachChapter() throws Exception {
        List<Integer> chapters = List.of(1, 45, 1140, 1955, 2366, 2488, Integer.MAX_VALUE);
        int[] expected = new int[chapters.size() - 1];
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/icann-statements.tsv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("line\t")) {
                continue;
            }
            int at = Integer.parseInt(line.split("\t")[0]);
            for (int i = 0; i < expected.length; i++) {
                expected[i] += at >= chapters.get(i) && at < chapters.get(i + 1) ? 1 : 0;
            }
        }
        String html = get("/id/document/icann-ge-un-cyber-processes-2021-2023", "text/html").body();
        Matcher chapter = Pattern.compile("<tr class=\"depth-1\"><td>.*?</td><td class=\"number\">(\\d+)"
                + "</td><td class=\"number\">(\\d*)</td>").matcher(html);
        List<String> shown = new ArrayList<>();
        while (chapter.find()) {
            shown.add(chapter.group(1) + ":" + (chapter.group(2).isEmpty() ? "0" : chapter.group(2)));
        }
        List<String> want = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            want.add(chapters.get(i) + ":" + expected[i]);
        }
        assertEquals(want, shown);
    }

    /** The exports and the dataset's description are pages for a browser and data for a machine. */
    @Test
    void theExportsAndTheDatasetDescriptionAreAPageForABrowserAndDataForAMachine() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> exportsPage = get("/export/", browser);
        assertTrue(exportsPage.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(exportsPage.body().contains("href=\"/export/stances.graphml\" download>GraphML"), exportsPage.body());
        HttpResponse<String> exportsList = get("/export/", "*/*");
        assertTrue(exportsList.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(exportsList.body().lines().anyMatch("/export/agreement-edges.csv"::equals), exportsList.body());
        HttpResponse<String> voidPage = get("/.well-known/void", browser);
        assertEquals(200, voidPage.statusCode());
        assertTrue(voidPage.body().contains("<h2>Named graphs"), voidPage.body());
        assertTrue(voidPage.body().contains("/graph/derived/member-stances</code>"), voidPage.body());
        HttpResponse<String> voidData = get("/.well-known/void", "*/*");
        assertTrue(voidData.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
                voidData.headers().toString());
    }

    /** Each view and provision page leads to its data: the query behind it, in the query page, and its exports. */
    @Test
    void eachViewLinksItsQueryAndItsExports() throws Exception {
        String tenBis = get("/id/provision/ahc-dtc-2023-09-02/article-10-bis", "text/html").body();
        java.util.regex.Matcher query = java.util.regex.Pattern.compile("href=\"/query#query=([^\"]+)\"").matcher(tenBis);
        assertTrue(query.find(), tenBis);
        String asked = java.net.URLDecoder.decode(query.group(1).replace("&#43;", "+"), StandardCharsets.UTF_8);
        assertTrue(asked.contains("VALUES ?article { \"10 bis\" }"), asked);
        assertTrue(tenBis.contains("href=\"/export/stances.graphml\""), tenBis);
        String timeline = get("/views/timeline", "text/html").body();
        assertTrue(timeline.contains("href=\"/query#query=") && timeline.contains("/export/speakers-topics.gexf"),
                timeline);
        String map = get("/views/stance-map?draft=https%3A%2F%2Fw3id.org%2Fnormgraph%2Fid%2Fdraft%2Fahc-dtc-2023-09-02",
                "text/html").body();
        assertTrue(map.contains("/export/agreement-edges.csv") && map.contains("ahc-dtc-2023-09-02%3E"), map);
    }

    private static long dataRows(String file) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/expected", file))) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
        }
    }

    private static int count(String pattern) {
        try (RepositoryConnection connection = served.repository().getConnection();
                TupleQueryResult result = connection.prepareTupleQuery("PREFIX ng: <https://w3id.org/normgraph/"
                        + "ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }").evaluate()) {
            return Integer.parseInt(result.next().getValue("n").stringValue());
        }
    }

    @Test
    void theEditorOffersEveryCannedQueryTitledByItsQuestion() throws Exception {
        String html = get("/query", "text/html").body();
        List<String> files = new ArrayList<>();
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            queries.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty());
        assertEquals(files.size(), html.split("class=\"example\"", -1).length - 1);
        for (String file : files) {
            assertTrue(html.contains("data-file=\"" + file + "\""), file);
        }
        assertTrue(html.contains(">Which States (and groups) opposed draft Article 10 bis of the UN cybercrime "
                + "convention, according to the text?</a>"), html);
        assertTrue(html.contains("data-first=\"states-opposing-article-10-bis.rq\""), html);
    }

    @Test
    void everyCannedQueryHasItsLinesInEnglishAndChineseInTheGallery() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            queries.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().forEach(files::add);
        }
        assertEquals(files, ExampleGallery.entries().keySet().stream().sorted().toList(),
                "queries/ and " + ExampleGallery.RESOURCE + " name the same files");
    }

    @Test
    void aQuerysTitleIsTheFirstQuestionOfItsOpeningComment() throws IOException {
        assertEquals("Where in the world are the States that opposed draft Article 10 bis of the UN cybercrime "
                + "convention, counting the member States of a group named \"with its member States\"?",
                CannedQueries.title(Files.readString(Path.of("queries",
                        "opposers-of-article-10-bis-by-continent-wikidata.rq"))));
        assertEquals("A forum's timeline: its sessions and, in date order, who spoke, with the opening words of "
                + "each statement.", CannedQueries.title(Files.readString(Path.of("queries", "forum-timeline.rq"))));
        assertEquals("", CannedQueries.title("SELECT * { ?s ?p ?o }"));
    }

    @Test
    void assetsComeFromTheClassPathAndNothingOutsideIt() throws Exception {
        assertEquals(200, get("/assets/vendor/yasgui/build/yasgui.min.js", "*/*").statusCode());
        assertEquals(200, get("/assets/vendor/cytoscape/dist/cytoscape.min.js", "*/*").statusCode());
        assertEquals(200, get("/assets/vendor/cytoscape/LICENSE", "*/*").statusCode());
        assertTrue(get("/assets/vendor/LICENSES.md", "*/*").body().contains("MIT"));
        assertEquals(404, get("/assets/nothing.js", "*/*").statusCode());
        assertEquals(404, get("/assets/vendor/unknown/x.js", "*/*").statusCode());
        AssetServlet assets = new AssetServlet();
        assertTrue(assets.resource("../org/w3id/normgraph/server/Site.class").isEmpty());
        assertTrue(assets.resource("vendor/yasgui/../../../META-INF/MANIFEST.MF").isEmpty());
        assertEquals(404, get("/no-such-page", "text/html").statusCode());
        assertEquals(404, get("/views/no-such-view", "text/html").statusCode());
    }
}
