package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them: Debian's headless Chromium, driven by Selenium through Debian's chromedriver,
 * against the bundled corpus served as {@code normgraph serve} serves it. Expected answers come from the
 * hand-checked files in src/test/resources/expected. Every page is also checked at 375 px wide and on a phone's
 * screen of 390 × 844, saved as screenshots under target/screenshots, and the browser's own log of requests must
 * show no host but the server.
 * Fails when the browser is missing: {@code scripts/install-test-tools} installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ARTICLE_10_BIS = "/id/provision/ahc-dtc-2023-09-02/article-10-bis";
    private static final String ARTICLE_15_SEPTIES = "/id/provision/ahc-dtc-2023-09-02/article-15-septies";
    private static final String SG_REPORT = "/id/document/un-sg-report-ict-international-security-2022";
    private static final String STANCE_MAP = "/views/stance-map?draft=https%3A%2F%2Fw3id.org%2Fnormgraph%2Fid%2F"
            + "draft%2Fahc-dtc-2023-09-02";
    private static final String STANCE_MAP_DRAWN = "document.querySelectorAll('#stance-map tbody tr').length > 0";
    private static final String NETWORK_DRAWN = "window.normgraphNetwork && window.normgraphNetwork.nodes('.actor')"
            + ".length > 0";
    private static final String TIMELINE_DRAWN = "document.querySelectorAll('#timeline circle').length > 100";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path workspace;

    private static ServedCorpus served;
    private static ChromeDriver browser;
    /** Every URL the browser requested, from its performance log. */
    private static final List<String> requested = new ArrayList<>();
    /** Warnings and errors from the pages' console: script errors, refused loads, missing files. */
    private static final List<String> console = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "the browser test needs "
                + CHROMIUM + " and " + CHROMEDRIVER + ": run scripts/install-test-tools (apt-get install chromium "
                + "chromium-driver fonts-wqy-microhei)");
        served = ServedCorpus.start(workspace);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--lang=en-GB", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(workspace.resolve("chromium-profile")));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    @Order(1)
    void theLandingPageDescribesTheDatasetFromTheDatabase() throws IOException {
        open("/");
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("States described (reference data)"), text);
        // The document's checksum as the corpus manifest's file has it, and the dump's as the server serves it.
        String sha256 = sha256Of(Path.of("corpus", "icann-ge-un-cyber-processes-2021-2023.zh-Hans.txt"));
        assertTrue(text.contains(sha256), text);
        String dumpChecksum = get("/dump/normgraph.nq.gz.sha256").split(" ")[0];
        assertTrue(text.contains(dumpChecksum), text);
        assertTrue(text.contains(served.url("/normgraph/sparql")), text);
        assertEquals(Set.of("Home", "Query", "Views", "Ontology", "VoID"), headerLinks());
        screenshot("landing");
        fitsAtPhoneWidth("/");
        // On the phone (where fitsAtPhoneWidth leaves the browser), each count stands on one line: 197, not 1/9/7.
        assertEquals(List.of(), js("return [...document.querySelectorAll('table.counts td.number')].filter(td => {"
                + " const r = document.createRange(); r.selectNodeContents(td);"
                + " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size !== 1; })"
                + ".map(td => td.textContent);"));
    }

    @Test
    @Order(2)
    void theEditorRunsTheArticle10BisExampleAndListsItsTwelveOpposers() throws IOException {
        open("/query");
        waitFor("document.querySelector('.yasqe .CodeMirror') !== null");
        String query = (String) js("return window.normgraphYasgui.getTab().getQuery();");
        assertEquals(Files.readString(Path.of("queries", "states-opposing-article-10-bis.rq"),
                StandardCharsets.UTF_8), query);
        long canned;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("queries"))) {
            canned = files.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(canned, browser.findElements(By.cssSelector("#examples a.example")).size());
        // The example runs as it opens: no click on the triangle.
        waitFor("document.querySelectorAll('.label-table tbody tr').length >= 12");
        Set<String> opposers = new TreeSet<>();
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table td[data-variable=actor]"))) {
            opposers.add(URI.create(cell.findElement(By.tagName("a")).getAttribute("href")).getPath());
        }
        assertEquals(expectedActors("10 bis", "opposes"), opposers);
        js("document.querySelector('.yasr').scrollIntoView();");
        screenshot("query");

        // The download links ask the endpoint for the query in the editor: CSV with a header and 12 rows.
        browser.findElement(By.id("download-csv")).click();
        String csvLink = browser.findElement(By.id("download-csv")).getAttribute("href");
        assertTrue(csvLink.startsWith(served.url("/normgraph/sparql?query=")), csvLink);
        List<String> csv = get(csvLink.substring(served.url("").length())).lines().toList();
        assertEquals(13, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("actor,label_en,label_zh"), csv.get(0));
        browser.findElement(By.id("download-tsv")).click();
        String tsvLink = browser.findElement(By.id("download-tsv")).getAttribute("href");
        assertTrue(get(tsvLink.substring(served.url("").length())).startsWith("?actor\t?label_en"), tsvLink);
        fitsAtPhoneWidth("/query");
    }

    @Test
    @Order(3)
    void theProvisionPageShowsEighteenActorsAroundArticle10Bis() throws IOException {
        open(ARTICLE_10_BIS);
        waitFor("window.normgraphNetwork && window.normgraphNetwork.nodes('.actor').length > 0");
        Map<String, Set<String>> actorsByRelation = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) js("return window.normgraphNetwork"
                + ".edges('.stance').map(e => ({relation: e.data('relation'), actor: e.data('source'), "
                + "evidence: e.data('evidence')}));");
        for (Map<String, Object> edge : edges) {
            actorsByRelation.computeIfAbsent((String) edge.get("relation"), r -> new TreeSet<>())
                    .add(URI.create((String) edge.get("actor")).getPath().replaceFirst("^/normgraph", ""));
            assertFalse(((String) edge.get("evidence")).isBlank(), "every edge carries its evidence");
        }
        long actorNodes = (Long) js("return window.normgraphNetwork.nodes('.actor').length;");
        assertEquals(18, actorNodes);
        assertEquals(Map.of("opposes", expectedActors("10 bis", "opposes"), "proposes",
                expectedActors("10 bis", "proposes")), actorsByRelation);
        assertEquals(6, actorsByRelation.get("proposes").size());
        assertEquals(12, actorsByRelation.get("opposes").size());
        screenshot("provision-article-10-bis");

        // The EU's members, through the EU, on request: 27 more actor nodes.
        browser.findElement(By.id("network-members")).click();
        waitFor("window.normgraphNetwork.nodes('.member').length > 0");
        assertEquals(27L, js("return window.normgraphNetwork.nodes('.member').length;"));
        // Laid out around their group, apart from each other: no two member dots (10 px) touch.
        double closest = ((Number) js("var p = window.normgraphNetwork.nodes('.member').map(n => n.position());"
                + " var d = Infinity; for (var i = 0; i < p.length; i++) for (var j = i + 1; j < p.length; j++)"
                + " d = Math.min(d, Math.hypot(p[i].x - p[j].x, p[i].y - p[j].y)); return d;")).doubleValue();
        assertTrue(closest >= 20, "two members of the EU stand " + closest + " px apart");
        fitsAtPhoneWidth(ARTICLE_10_BIS, NETWORK_DRAWN);

        // Article 15 septies has 31 actors: their labels are drawn at 9 px or more, the canvas taller.
        open(ARTICLE_15_SEPTIES);
        waitFor(NETWORK_DRAWN);
        assertEquals(31L, js("return window.normgraphNetwork.nodes('.actor').length;"));
        double labelPixels = 11 * ((Number) js("return window.normgraphNetwork.zoom();")).doubleValue();
        assertTrue(labelPixels >= 9, "labels drawn at " + labelPixels + " px");
        fitsAtPhoneWidth(ARTICLE_15_SEPTIES, NETWORK_DRAWN);
    }

    @Test
    @Order(4)
    void anArticlesPageDrawsTheStancesOnItsPartsThroughThem() throws IOException {
        // Article 36 itself has no stance; its paragraph 1 bis has 20 (19 supports, India opposes).
        open("/id/provision/ahc-dtc-2023-09-02/article-36");
        waitFor("window.normgraphNetwork && window.normgraphNetwork.nodes('.actor').length > 0");
        assertEquals(1L, js("return window.normgraphNetwork.nodes('.part').length;"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) js("return window.normgraphNetwork"
                + ".edges('.stance').map(e => ({relation: e.data('relation'), actor: e.data('source'), "
                + "about: e.data('target')}));");
        Map<String, Set<String>> byRelation = new TreeMap<>();
        for (Map<String, Object> edge : edges) {
            assertEquals("https://w3id.org/normgraph/id/provision/ahc-dtc-2023-09-02/article-36/1-bis",
                    edge.get("about"));
            byRelation.computeIfAbsent((String) edge.get("relation"), r -> new TreeSet<>())
                    .add(URI.create((String) edge.get("actor")).getPath().replaceFirst("^/normgraph", ""));
        }
        assertEquals(Map.of("supports", expectedActors("36", "1 bis", "supports"), "opposes",
                expectedActors("36", "1 bis", "opposes")), byRelation);
        assertEquals(20L, js("return window.normgraphNetwork.nodes('.actor').length;"));
    }

    private static Set<String> expectedActors(String article, String relation) throws IOException {
        return expectedActors(article, "", relation);
    }

    private static Set<String> expectedActors(String article, String part, String relation) throws IOException {
        Set<String> actors = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/icann-ahc-draft-stances.tsv"))) {
            String[] f = line.split("\t", -1);
            if (!line.startsWith("#") && f.length > 5 && f[0].equals("ahc-dtc-2023-09-02") && f[1].equals(article)
                    && f[2].equals(part) && f[3].equals(relation)) {
                actors.add(f[4].length() == 3 ? "/id/state/" + f[4] : "/id/group/" + f[4]);
            }
        }
        return actors;
    }

    @Test
    @Order(5)
    void theTimelineOpensAStatementByItsFirstWordsWithItsRecordingMinute() throws IOException {
        // Line 143 of the report: China, 14 December 2021, OEWG first substantive session.
        String[] expected = expectedStatement("143");
        open("/views/timeline");
        waitFor("document.querySelectorAll('#timeline circle').length > 100");
        WebElement dot = browser.findElements(By.cssSelector("#timeline circle")).stream()
                .filter(c -> c.getAttribute("data-words").startsWith(expected[6])).findFirst().orElseThrow();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", dot);
        WebElement panel = browser.findElement(By.id("statement"));
        waitFor("!document.getElementById('statement').hidden");
        String text = panel.getText();
        assertTrue(text.contains("China"), text);
        assertTrue(text.contains(expected[3]), text);
        assertTrue(panel.findElement(By.cssSelector(".words")).getText().startsWith(expected[6]), text);
        WebElement recording = panel.findElement(By.cssSelector("a.recording"));
        // Footnote 10 (line 199): https://media.un.org/en/asset/k11/k11eljcg88（从 1:50:40 开始）
        assertEquals("https://media.un.org/en/asset/k11/k11eljcg88?kalturaStartTime=6640",
                recording.getAttribute("href"));
        assertTrue(recording.getText().contains("1:50:40"), recording.getText());
        // Lanes are named in words, never by a session IRI's last step (heading-43, substantive-1).
        String lanes = String.valueOf(js("return Array.from(document.querySelectorAll('#timeline .lane-label'))"
                + ".map(function (t) { return t.textContent; }).join('|');"));
        assertTrue(lanes.contains("First substantive session 第一次实质性会议"), lanes);
        assertTrue(!lanes.matches("(?s).*(heading-|substantive-|session-)\\d.*"), lanes);
        // A reply to the Secretary-General opens a panel that says where its words are; the page does not move.
        WebElement reply = browser.findElements(By.cssSelector("#timeline circle")).stream()
                .filter(c -> c.getAttribute("data-statement").contains("/reply-")).findFirst().orElseThrow();
        js("window.scrollTo(0, 200);");
        Object before = js("return window.scrollY;");
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", reply);
        assertTrue(panel.getText().contains("A reply to the Secretary-General under A/RES/76/19"), panel.getText());
        assertEquals(String.valueOf(before), String.valueOf(js("return window.scrollY;")), "the page moved");
        screenshot("timeline");
        fitsAtPhoneWidth("/views/timeline", TIMELINE_DRAWN);
    }

    private static String[] expectedStatement(String line) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/expected/icann-statements.tsv")).stream()
                .map(l -> l.split("\t", -1)).filter(f -> f[0].equals(line)).findFirst().orElseThrow();
    }

    @Test
    @Order(6)
    void theStanceMapOfTheDraftClustersActorsThatVoteAlike() throws IOException {
        open(STANCE_MAP);
        waitFor(STANCE_MAP_DRAWN);
        browser.findElement(By.id("stance-cluster")).click();
        waitFor("document.querySelector('#stance-map table').dataset.order === 'cluster'");
        // Article 10 bis: its column holds the 6 proposers and the 12 opposers of the text.
        String column = (String) js("return [...document.querySelectorAll('#stance-map thead th')]"
                + ".findIndex(th => th.dataset.provision && th.dataset.provision.endsWith('/article-10-bis')) + '';");
        int index = Integer.parseInt(column);
        Map<String, Set<String>> byRelation = new TreeMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#stance-map tbody tr"))) {
            WebElement cell = row.findElements(By.xpath("./*")).get(index);
            String relation = cell.getAttribute("data-relation");
            if (relation != null && !relation.isEmpty()) {
                byRelation.computeIfAbsent(relation, r -> new TreeSet<>())
                        .add(URI.create(row.getAttribute("data-actor")).getPath().replaceFirst("^/normgraph", ""));
            }
        }
        assertEquals(Map.of("opposes", expectedActors("10 bis", "opposes"), "proposes",
                expectedActors("10 bis", "proposes")), byRelation);
        // Australia and the EU took the same side on the same five articles (10 bis, 10 ter, 15 septies and 21
        // against, 36 ¶1 bis for): agreement 100 %, so the clustering puts them side by side.
        List<String> order = browser.findElements(By.cssSelector("#stance-map tbody tr")).stream()
                .map(r -> URI.create(r.getAttribute("data-actor")).getPath()).toList();
        assertEquals(1, Math.abs(order.indexOf("/normgraph/id/state/AUS") - order.indexOf("/normgraph/id/group/EU")),
                order.toString());
        String alike = browser.findElement(By.cssSelector("#stance-map tr[data-actor$='/state/AUS'] td.alike"))
                .getText();
        // Australia and the EU took the same side on each of the five articles where both took one.
        assertTrue(alike.contains(": same side on 5 of 5 articles"), alike);
        // The actor column stays in view when the map scrolls sideways.
        js("document.getElementById('stance-map').scrollLeft = 400;");
        assertEquals("0", String.valueOf(js("var c = document.getElementById('stance-map').getBoundingClientRect();"
                + " var h = document.querySelector(\"#stance-map tr[data-actor$='/state/AUS'] th\").getBoundingClientRect();"
                + " return Math.round(h.left - c.left);")), "the actor column scrolled away");
        js("document.getElementById('stance-map').scrollLeft = 0;");
        screenshot("stance-map");

        // A click on the head of the 10 bis column sorts by it: its 6 proposers first, then its 12 opposers.
        browser.findElements(By.cssSelector("#stance-map thead th")).get(index).click();
        waitFor("document.querySelector('#stance-map table').dataset.order === 'column'");
        List<String> sorted = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#stance-map tbody tr"))) {
            sorted.add(row.findElements(By.xpath("./*")).get(index).getAttribute("data-relation"));
        }
        assertEquals(java.util.Collections.nCopies(6, "proposes"), sorted.subList(0, 6));
        assertEquals(java.util.Collections.nCopies(12, "opposes"), sorted.subList(6, 18));
        assertTrue(sorted.subList(18, sorted.size()).stream().allMatch(String::isEmpty), sorted.toString());
        fitsAtPhoneWidth(STANCE_MAP, STANCE_MAP_DRAWN);
    }

    @Test
    @Order(7)
    void theStatePageListsItsStatementsInTimeOrderAndItsPositions() throws IOException {
        open("/id/state/CHN");
        List<String> dates = browser.findElements(By.cssSelector("#statements tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        long expected = Files.readAllLines(Path.of("src/test/resources/expected/icann-statements.tsv")).stream()
                .filter(l -> l.split("\t", -1)[1].equals("CHN")).count();
        assertEquals(expected, dates.size());
        assertEquals(dates.stream().sorted().toList(), dates);
        screenshot("state-china");
        fitsAtPhoneWidth("/id/state/CHN");
    }

    @Test
    @Order(8)
    void theViewsIndexAndTheOntologyHoldAtPhoneWidth() throws IOException {
        open("/views");
        assertEquals(Set.of("Home", "Query", "Views", "Ontology", "VoID"), headerLinks());
        screenshot("views");
        fitsAtPhoneWidth("/views");
        fitsAtPhoneWidth("/ontology");
    }

    @Test
    @Order(9)
    void noWordOfTheWidestTablesIsBrokenAcrossLines() throws IOException {
        // On a laptop and on a tablet held sideways (a phone's screen is checked with every page, below and above).
        for (Dimension screen : List.of(new Dimension(1280, 900), new Dimension(1024, 768))) {
            for (String[] page : new String[][] {{ARTICLE_15_SEPTIES, NETWORK_DRAWN}, {SG_REPORT, "true"},
                    {STANCE_MAP, STANCE_MAP_DRAWN}, {"/views/timeline", TIMELINE_DRAWN}}) {
                viewport(screen.width, screen.height, false);
                browser.get(served.url(page[0]));
                waitFor("document.readyState === 'complete' && " + page[1]);
                // The timeline's words are in its panel: a reply to the Secretary-General opens it.
                js("var dot = document.querySelector('#timeline circle[data-statement*=\"/reply-\"]');"
                        + " if (dot) dot.dispatchEvent(new MouseEvent('click', {bubbles: true}));");
                assertNoWordBroken(page[0] + " at " + screen.width + " × " + screen.height);
                collectRequests();
            }
        }
        fitsAtPhoneWidth(SG_REPORT);
    }

    /** An edited query, as a reader might write it: it names the States of the reference data. */
    private static final String EDITED = "# The first five States, by label\nPREFIX ng: <https://w3id.org/normgraph/"
            + "ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?state ?code WHERE {\n"
            + "  ?state a ng:State ; ng:iso3166Alpha3 ?code .\n} ORDER BY ?code LIMIT 5\n";

    @Test
    @Order(11)
    void theShareLinkOfAnEditedQueryReopensItAndAReloadKeepsIt() {
        open("/query");
        js("window.normgraphYasgui.getTab().getYasqe().setValue(arguments[0]);", EDITED);
        // The edit is written to the URL and to the browser's storage once typing stops.
        waitFor("window.location.hash.indexOf('query=') >= 0");
        browser.findElement(By.id("share")).click();
        String link = browser.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.startsWith(served.url("/query#query=")), link);

        browser.get("about:blank");
        open(link.substring(served.url("").length()));
        assertEquals(EDITED, editorText());
        // A shared query runs as it opens: AFG is the first State by its ISO code.
        waitFor("document.querySelectorAll('.label-table tbody tr').length === 5");
        assertEquals("AFG", browser.findElement(By.cssSelector(".label-table td[data-variable=code]")).getText());

        browser.navigate().refresh();
        waitFor("document.readyState === 'complete' && window.normgraphYasgui");
        assertEquals(EDITED, editorText());
        // Without a query in the URL, the page opens with the last one edited here.
        open("/query");
        assertEquals(EDITED, editorText());
        // A protocol-style link (?query=) opens its query too; the stored one does not override a URL's.
        open("/query?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assertEquals("ASK {}", editorText());
        assertNoErrorShown();
    }

    @Test
    @Order(12)
    void anExampleRunsAsItOpensAndShowsLabelsNotTypedLiterals() {
        open("/query");
        browser.findElement(By.cssSelector("a.example[data-file='sg-replies.rq']")).click();
        // The comment of sg-replies.rq: the 2022 report holds the replies of 10 Governments and the European Union.
        waitFor("document.querySelectorAll('.label-table tbody tr').length === 11 && document.querySelector("
                + "'.label-table td[data-variable=actor]').textContent.indexOf('http') < 0");
        Set<String> actors = new TreeSet<>();
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table td[data-variable=actor]"))) {
            actors.add(cell.getText());
        }
        assertTrue(actors.contains("European Union"), actors.toString());
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table tbody td"))) {
            String text = cell.getText();
            assertFalse(text.contains("^^") || text.contains("\"@") || text.endsWith("\u2026"), text);
        }
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table td[data-variable=line]"))) {
            assertTrue(cell.getText().matches("[0-9]+"), cell.getText());
        }
        // The IRIs are one click away, whole.
        browser.findElement(By.id("show-iris")).click();
        waitFor("document.querySelector('.label-table td[data-variable=actor]').textContent.indexOf('https://') === 0");
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table td[data-variable=actor]"))) {
            assertTrue(cell.getText().matches("https://w3id\\.org/normgraph/id/(state|group)/[A-Z]+"), cell.getText());
        }
        browser.findElement(By.id("show-iris")).click();
        // Labels in Chinese where asked.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("label-language"))).selectByValue("zh");
        waitFor("[...document.querySelectorAll('.label-table td[data-variable=actor]')].some(td => "
                + "td.textContent === '欧洲联盟')");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("label-language"))).selectByValue("en");
        assertNoErrorShown();
    }

    @Test
    @Order(13)
    void theGalleryIsGroupedAndSearchableAndErrorsAreShownInThePage() {
        open("/query");
        assertEquals(List.of("stances", "statements", "replies", "linked-data"), browser.findElements(
                By.cssSelector("#examples .example-group")).stream().map(g -> g.getAttribute("data-group")).toList());
        for (WebElement item : browser.findElements(By.cssSelector("#examples .example-item"))) {
            assertEquals(2, item.findElements(By.cssSelector(".description")).size(), item.getText());
        }
        browser.findElement(By.id("example-search")).sendKeys("维基数据");
        List<WebElement> shown = browser.findElements(By.cssSelector("#examples .example-item")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size());

        // The Wikidata example says, before anything is sent, that this server may not call Wikidata.
        shown.get(0).findElement(By.cssSelector("a.example")).click();
        waitFor("!document.getElementById('query-notice').hidden");
        String notice = browser.findElement(By.id("query-notice")).getText();
        assertTrue(notice.contains("query.wikidata.org") && notice.contains("--allow-service"), notice);

        // A query the editor cannot read is explained in the page, not sent to fail.
        js("window.normgraphYasgui.getTab().getYasqe().setValue('SELECT * WHERE { ?s ?p }}');");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitFor("!document.getElementById('query-error').hidden");
        assertTrue(browser.findElement(By.id("query-error")).getText().contains("not valid SPARQL"));
    }

    @Test
    @Order(14)
    void onAPhoneTheEditorStartsNearTheTopAndItsButtonsCoverNoText() throws IOException {
        viewport(390, 844, true);
        browser.get(served.url("/query?example=states-opposing-article-10-bis.rq"));
        waitFor("document.readyState === 'complete' && document.querySelector('.yasqe_queryButton')");
        long top = (Long) js("return Math.round(document.querySelector('.yasqe').getBoundingClientRect().top);");
        assertTrue(top < 250, "the editor starts " + top + " px down");
        // The run button is in the first screen, whole.
        @SuppressWarnings("unchecked")
        List<Number> button = (List<Number>) js("var r = document.querySelector('.yasqe_queryButton')"
                + ".getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];");
        assertTrue(button.get(0).doubleValue() >= 0 && button.get(1).doubleValue() <= button.get(2).doubleValue(),
                "the run button stands at " + button);
        // No character of the lines in view lies under the run button.
        Object covered = js("const b = document.querySelector('.yasqe_buttons').getBoundingClientRect();"
                + "const hits = [];"
                + "for (const line of document.querySelectorAll('.CodeMirror-line')) {"
                + "  const range = document.createRange(); range.selectNodeContents(line);"
                + "  for (const r of range.getClientRects()) {"
                + "    if (r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)"
                + "      hits.push(line.textContent); } }"
                + "return hits.join(' | ');");
        assertEquals("", covered);
        screenshot("phone-query-editor");
        collectRequests();
    }

    @Test
    @Order(15)
    void aCountQueryDrawsABarChart() throws IOException {
        // The opposers of Article 10 bis counted by UN region: one bar per row of the table, as long as its count.
        open("/query?example=opposers-of-article-10-bis-by-region.rq");
        waitFor("document.querySelectorAll('.label-table tbody tr').length > 1");
        List<String> tableRegions = browser.findElements(By.cssSelector(".label-table td[data-variable=region]"))
                .stream().map(WebElement::getText).toList();
        List<Long> tableCounts = browser.findElements(By.cssSelector(".label-table td[data-variable=states]"))
                .stream().map(td -> Long.parseLong(td.getText())).toList();
        browser.findElement(By.cssSelector(".yasr .select_chart")).click();
        waitFor("window.normgraphChart && document.querySelector('#chart svg')");
        assertEquals(tableRegions, js("return window.normgraphChart.getOption().yAxis[0].data;"));
        assertEquals(tableCounts, js("return window.normgraphChart.getOption().series[0].data;"));
        assertTrue(tableRegions.contains("Europe"), tableRegions.toString());
        assertNoErrorShown();
        js("document.querySelector('.yasr').scrollIntoView();");
        screenshot("query-chart");
    }

    @Test
    @Order(16)
    void typingPartOfANameOffersOurActors() {
        open("/query");
        js("const y = window.normgraphYasgui.getTab().getYasqe(); y.setValue('SELECT ?p ?o WHERE {\\n  \\n}');"
                + "y.focus(); y.getDoc().setCursor({line: 1, ch: 2});");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys("Russ");
        waitFor("document.querySelector('.CodeMirror-hints') && document.querySelector('.CodeMirror-hints')"
                + ".textContent.indexOf('Russian Federation') === 0");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("SELECT ?p ?o WHERE {\n  <https://w3id.org/normgraph/id/state/RUS>\n}", editorText());
        assertNoErrorShown();
    }

    @Test
    @Order(17)
    void aConstructQueryShowsItsTriplesAndDownloadsAsTurtleAndJsonLd() throws IOException {
        open("/query");
        js("window.normgraphYasgui.getTab().getYasqe().setValue(arguments[0]);", "CONSTRUCT { ?s ?p ?o } WHERE {\n"
                + "  VALUES ?s { <https://w3id.org/normgraph/id/state/CHN> } ?s ?p ?o\n}");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitFor("document.querySelectorAll('.label-table td[data-variable=subject]').length > 0");
        for (WebElement subject : browser.findElements(By.cssSelector(".label-table td[data-variable=subject]"))) {
            assertEquals("China", subject.getText());
        }
        assertFalse(browser.findElement(By.id("download-csv")).isDisplayed());
        browser.findElement(By.id("download-ttl")).click();
        String turtle = get(browser.findElement(By.id("download-ttl")).getAttribute("href")
                .substring(served.url("").length()));
        assertTrue(turtle.contains("state/CHN"), turtle);
        browser.findElement(By.id("download-jsonld")).click();
        String jsonLd = get(browser.findElement(By.id("download-jsonld")).getAttribute("href")
                .substring(served.url("").length()));
        assertTrue(jsonLd.strip().startsWith("{") && jsonLd.contains("state/CHN"), jsonLd);
        assertNoErrorShown();
    }

    @Test
    @Order(18)
    void resultsThatJoinTwoIrisDrawANetwork() throws IOException {
        // The positions that the text states (a line names the actor), not those derived for a group's members.
        open("/query");
        js("window.normgraphYasgui.getTab().getYasqe().setValue(arguments[0]);", "PREFIX ng: <https://w3id.org/"
                + "normgraph/ontology#>\nSELECT ?actor ?provision WHERE {\n  ?provision a ng:DraftProvision ; "
                + "ng:articleNumber \"10 bis\" .\n  FILTER NOT EXISTS { ?provision ng:partDesignation ?part }\n"
                + "  ?position ng:holder ?actor ; ng:relation ng:opposes ; ng:about ?provision ;\n"
                + "    ng:actorLine ?line .\n}");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitFor("document.querySelectorAll('.label-table tbody tr').length > 0");
        browser.findElement(By.cssSelector(".yasr .select_network")).click();
        waitFor("window.normgraphNetworkView && window.normgraphNetworkView.edges().length > 0");
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) js("return window.normgraphNetworkView.edges()"
                + ".map(e => e.data('source'));");
        Set<String> actors = new TreeSet<>();
        sources.forEach(iri -> actors.add(URI.create(iri).getPath().replaceFirst("^/normgraph", "")));
        assertEquals(expectedActors("10 bis", "opposes"), actors);
        assertEquals(13L, js("return window.normgraphNetworkView.nodes().length;"));
        assertEquals("Australia", js("return window.normgraphNetworkView.getElementById("
                + "'https://w3id.org/normgraph/id/state/AUS').data('name');"));
        assertNoErrorShown();
        js("document.querySelector('.yasr').scrollIntoView();");
        screenshot("query-network");
    }

    @Test
    @Order(19)
    void resultsOverStatesDrawAWorldMap() throws IOException {
        open("/query?example=states-opposing-article-10-bis-with-members.rq");
        waitFor("document.querySelectorAll('.label-table tbody tr').length > 0");
        Set<String> table = new TreeSet<>();
        for (WebElement cell : browser.findElements(By.cssSelector(".label-table td[data-variable=state]"))) {
            table.add(cell.getAttribute("data-iri"));
        }
        browser.findElement(By.cssSelector(".yasr .select_map")).click();
        waitFor("window.normgraphMap && document.querySelector('#world-map svg')");
        @SuppressWarnings("unchecked")
        List<String> shaded = (List<String>) js("return window.normgraphMap.getOption().series[0].data"
                + ".map(d => d.iri);");
        // Each State on the map is a State of the table; the named opposers among them (Australia, Japan, ...).
        assertTrue(table.containsAll(shaded), shaded.toString());
        Set<String> named = new TreeSet<>();
        shaded.forEach(iri -> named.add(URI.create(iri).getPath().replaceFirst("^/normgraph", "")));
        Set<String> expectedStates = new TreeSet<>(expectedActors("10 bis", "opposes"));
        expectedStates.removeIf(actor -> !actor.startsWith("/id/state/"));
        expectedStates.remove("/id/state/LIE");
        assertTrue(named.containsAll(expectedStates), named.toString());
        assertNoErrorShown();
        js("document.querySelector('.yasr').scrollIntoView();");
        screenshot("query-map");
    }

    /** The page's own error box, where errors that no handler caught would go, is empty. */
    private static void assertNoErrorShown() {
        WebElement error = browser.findElement(By.id("query-error"));
        assertFalse(error.isDisplayed(), error.getText());
    }

    private static String editorText() {
        waitFor("window.normgraphYasgui");
        return (String) js("return window.normgraphYasgui.getTab().getYasqe().getValue();");
    }

    @Test
    @Order(98)
    void noPageAskedAnyHostButTheServer() {
        // What the last page logged since it opened.
        collectRequests();
        Set<String> hosts = new TreeSet<>();
        for (String url : requested) {
            if (url.startsWith("http")) {
                hosts.add(URI.create(url).getHost());
            }
        }
        assertTrue(requested.size() > 20, "the browser's log shows the pages' requests: " + requested);
        assertEquals(Set.of("localhost"), hosts, "requested: " + requested);
    }

    @Test
    @Order(99)
    void noPageLoggedAnErrorOrWarning() {
        assertEquals(List.of(), console);
    }

    private static final Pattern REQUEST_URL = Pattern.compile(
            "\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    private static void open(String path) {
        window(1280, 1000);
        browser.get(served.url(path));
        waitFor("document.readyState === 'complete'");
        collectRequests();
    }

    private static void collectRequests() {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                console.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(entry.getMessage());
            if (m.find()) {
                requested.add(m.group(1));
            }
        }
    }

    private static void fitsAtPhoneWidth(String path) throws IOException {
        fitsAtPhoneWidth(path, "true");
    }

    /**
     * At 375 px wide, the page is no wider than the window: nothing runs off the screen. On the issue's phone, a
     * viewport of 390 × 844 laid out as a phone lays out (the page's viewport, scroll bars over the page), the same
     * with every folded table unfolded, and no word of a table broken across lines: {@code 197} is not 1/9/7.
     */
    private static void fitsAtPhoneWidth(String path, String drawn) throws IOException {
        String name = path.equals("/") ? "landing" : path.toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("\\?draft=.*", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        window(375, 800);
        browser.get(served.url(path));
        waitFor("document.readyState === 'complete' && " + drawn);
        assertNothingWiderThanTheWindow(path);
        screenshot("phone-" + name);
        viewport(390, 844, true);
        browser.get(served.url(path));
        waitFor("document.readyState === 'complete' && " + drawn);
        screenshot("phone-390x844-" + name);
        js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        // Unfolded, every table must fit too. A phone widens its layout to a page that is wider than its screen.
        assertEquals(390L, js("return window.innerWidth;"), path + " widened the phone's layout");
        assertNothingWiderThanTheWindow(path);
        assertNoWordBroken(path + " at 390 × 844");
        collectRequests();
    }

    private static void assertNothingWiderThanTheWindow(String path) {
        long inner = (Long) js("return window.innerWidth;");
        long scroll = (Long) js("return document.documentElement.scrollWidth;");
        // The innermost elements that run past the window's right edge, to say what to mend.
        Object wide = js("var w = window.innerWidth; return Array.from(document.body.querySelectorAll('*'))"
                + ".filter(function (e) { return e.getBoundingClientRect().right > w + 0.5"
                + " && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > w + 0.5; }); })"
                + ".slice(0, 5).map(function (e) { return e.tagName + '.' + e.className + ' “'"
                + " + e.textContent.trim().substring(0, 60) + '”'; }).join('; ');");
        assertTrue(scroll <= inner, path + " at " + inner + " px wide is " + scroll + " px wide: " + wide);
    }

    /**
     * No Latin word (nor number) of a table cell is split across two lines where it would fit on one; folded tables
     * are unfolded to be looked at.
     */
    private static void assertNoWordBroken(String where) throws IOException {
        js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        assertEquals(List.of(), js(Files.readString(Path.of("src/test/resources/browser/broken-words.js"),
                StandardCharsets.UTF_8)), "words broken across lines on " + where);
    }

    /** A desktop browser's window of this size, as the test started it. */
    private static void window(int width, int height) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** A viewport of exactly {@code width} × {@code height} CSS pixels; {@code phone}: laid out as a phone does. */
    private static void viewport(int width, int height, boolean phone) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone));
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js("return !!(" + condition + ");")));
    }

    private static Set<String> headerLinks() {
        Set<String> names = new TreeSet<>();
        for (WebElement a : browser.findElements(By.cssSelector("header.site nav a"))) {
            names.add(a.getText().split(" ")[0]);
        }
        return names;
    }

    private static void screenshot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String get(String path) throws IOException {
        try (var in = URI.create(served.url(path)).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
