package org.w3id.normgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.export.ExportFile;
import org.w3id.normgraph.export.ExportFormat;
import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.export.GraphExport;
import org.w3id.normgraph.pipeline.GraphBuild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * The notebooks of {@code notebooks/}, executed headless with Debian's Jupyter against the bundled corpus served on
 * a free port, as a researcher would run them against {@code normgraph serve}: every cell must run, and every
 * number that a notebook asserts must hold. The executed copies and their figures are kept in
 * {@code target/notebooks/}. Also the exports served at {@code /export/…}, which the notebooks read: the same bytes
 * as an export of a second build of the same corpus.
 */
class NotebooksTest {

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final Path EXECUTED = Path.of("target", "notebooks");
    private static final Path EXPECTED_FACTS = Path.of("src", "test", "resources", "expected");
    private static final List<String> EXPECTED = List.of("article-10-bis.ipynb", "draft-convention-stances.ipynb",
            "sg-replies-2022.ipynb", "statements-timeline.ipynb");

    @TempDir
    static Path workspace;

    private static ServedCorpus served;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCorpus.start(workspace);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndItsNumbersHold() throws IOException {
        assertTrue(Files.isExecutable(JUPYTER) && Files.isExecutable(PYTHON), JUPYTER + " and " + PYTHON
                + " are needed (Debian packages jupyter-core, jupyter-nbconvert, python3-nbconvert, python3-ipykernel …):"
                + " run scripts/install-test-tools");
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.stream().map(file -> file.getFileName().toString()).toList().containsAll(EXPECTED),
                notebooks.toString());
        for (Path notebook : notebooks) {
            assertCommittedWithoutOutputs(notebook);
        }
        Files.createDirectories(EXECUTED.resolve("figures"));
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(),
                () -> execute(notebook)));
    }

    private static void assertCommittedWithoutOutputs(Path notebook) throws IOException {
        JsonObject json = JSON.parse(Files.readString(notebook, StandardCharsets.UTF_8));
        for (JsonValue cell : json.get("cells").getAsArray()) {
            JsonObject object = cell.getAsObject();
            if (object.get("cell_type").getAsString().value().equals("code")) {
                assertEquals(0, object.get("outputs").getAsArray().size(), notebook + " is committed with outputs");
                assertTrue(object.get("execution_count").isNull(), notebook + " is committed with execution counts");
            }
        }
    }

    private static void execute(Path notebook) throws IOException, InterruptedException {
        Path log = EXECUTED.resolve(notebook.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook",
                "--execute", "--ExecutePreprocessor.kernel_name=python3", "--ExecutePreprocessor.timeout=300",
                "--output-dir", EXECUTED.toAbsolutePath().toString(), notebook.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("NORMGRAPH_ENDPOINT", served.url("/normgraph/sparql"));
        environment.put("NORMGRAPH_FIGURES", EXECUTED.resolve("figures").toAbsolutePath().toString());
        // The hand-checked facts that the notebooks check the graph's answers against (the project's own files).
        environment.put("NORMGRAPH_EXPECTED", EXPECTED_FACTS.toAbsolutePath().toString());
        // The kernel must be Debian's Python, which has the notebooks' libraries, not a python3 found first on PATH.
        environment.put("PATH", "/usr/bin:/bin:" + environment.getOrDefault("PATH", ""));
        environment.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(notebook + " did not finish in 600 s; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(notebook + " failed (exit " + process.exitValue() + "):\n" + tail(output));
        }
        Path executed = EXECUTED.resolve(notebook.getFileName());
        JsonObject json = JSON.parse(Files.readString(executed, StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        for (JsonValue cell : json.get("cells").getAsArray()) {
            JsonObject object = cell.getAsObject();
            if (!object.get("cell_type").getAsString().value().equals("code")) {
                continue;
            }
            for (JsonValue out : object.get("outputs").getAsArray()) {
                String type = out.getAsObject().get("output_type").getAsString().value();
                assertTrue(!type.equals("error"), notebook + " has an error output");
                if (out.getAsObject().hasKey("text")) {
                    texts.add(JSON.toStringFlat(out.getAsObject().get("text")));
                }
            }
        }
        String printed = String.join("\n", texts);
        assertTrue(printed.contains("at /usr/bin/python3"), notebook + " ran on another Python: " + printed);
        // The notebook states the dump it ran against: the one this server serves.
        String sha256 = new String(get("/dump/normgraph.nq.gz.sha256").body(), StandardCharsets.UTF_8).split(" ")[0];
        assertTrue(printed.contains("SHA-256 " + sha256), notebook + " does not state the dump " + sha256);
        // No hash of an earlier build to compare with: a fresh build of the same corpus passes without a warning.
        assertTrue(!printed.contains("not the dump"), notebook + " warns of another dump: " + printed);
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }

    @Test
    void servedExportsAreTheBytesOfAnExportOfAnotherBuild() throws IOException, InterruptedException {
        Path other = workspace.resolve("other-tdb2");
        GraphDatabase.replace(other, GraphBuild.fromCorpus(Path.of("corpus"), message -> { }));
        Dataset dataset = GraphDatabase.open(other);
        try {
            for (ExportView view : ExportView.values()) {
                for (ExportFormat format : ExportFormat.values()) {
                    for (ExportFile file : GraphExport.files(dataset.asDatasetGraph(), view, format)) {
                        HttpResponse<byte[]> response = get("/export/" + view.label() + file.suffix());
                        assertEquals(200, response.statusCode());
                        assertEquals(file.mediaType(), response.headers().firstValue("Content-Type").orElseThrow()
                                .replace(";charset=", "; charset=").toLowerCase());
                        assertArrayEquals(file.bytes(), response.body(), view.label() + file.suffix());
                    }
                }
            }
        } finally {
            GraphDatabase.close(dataset);
        }
    }

    @Test
    void anUnknownExportIsNotFoundWithTheKnownOnes() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/export/votes.pajek");
        assertEquals(404, response.statusCode());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("stances, agreement, speakers-topics") && text.contains("VIEW-edges.csv"), text);
        String listing = new String(get("/export/").body(), StandardCharsets.UTF_8);
        assertEquals(15, listing.lines().count(), listing);
        assertTrue(listing.contains("/export/speakers-topics-nodes.csv"), listing);
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
