package org.w3id.normgraph.server;

import org.w3id.normgraph.server.limits.AnswerCache;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.store.BuildChild;
import org.w3id.normgraph.store.GraphDatabase;

/**
 * A build while the server serves: clients query throughout, each answer counting the statements in the store and
 * what the text index finds for the old and the new version's word. Every answer must be whole and from one
 * version (store and index agreeing), each client must see the old version and then only the new one, and the
 * old version must stay on disk while it is served, and go at the next build once the server has let go.
 */
class RebuildWhileServingTest {

    private static final String OLD_WORD = "wordold";
    private static final String NEW_WORD = "wordnew";
    private static final String QUERY = """
            PREFIX ng: <https://w3id.org/normgraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?plain ?oldText ?newText {
              { SELECT (COUNT(*) AS ?plain) { ?s ng:text ?t } }
              { SELECT (COUNT(*) AS ?oldText) { ?s text:query (ng:text "%s" 1000000) } }
              { SELECT (COUNT(*) AS ?newText) { ?s text:query (ng:text "%s" 1000000) } }
            }""".formatted(OLD_WORD, NEW_WORD);

    @TempDir
    Path workspace;

    @Test
    void clientsSeeTheOldVersionWholeThenTheNewOneWhole() throws Exception {
        Path db = workspace.resolve("db");
        GraphDatabase.replace(db, BuildChild.generated(2000, OLD_WORD));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NormgraphServer.Running server = NormgraphServer.start(Path.of("fuseki-config", "normgraph.ttl"), db, port,
                UnaryOperator.identity());
        Path oldVersion = server.version();
        String oldAnswer = "2000 2000 0";
        String newAnswer = "2500 0 2500";
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/normgraph/sparql?query="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        AtomicBoolean querying = new AtomicBoolean(true);
        AtomicInteger oldHits = new AtomicInteger();
        AtomicInteger newHits = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> seen = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                seen.add(clients.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    while (querying.get()) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                                .header("Accept", "text/tab-separated-values").build(),
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(response.statusCode() == 200 ? summary(response.body())
                                : response.statusCode() + " " + response.body());
                        if (response.headers().firstValue(AnswerCache.HEADER).orElse("").equals("HIT")) {
                            (summary(response.body()).equals(oldAnswer) ? oldHits : newHits).incrementAndGet();
                        }
                    }
                    return answers;
                }));
            }
            Thread.sleep(1000);
            GraphDatabase.replace(db, BuildChild.generated(2500, NEW_WORD));
            assertTrue(Files.isDirectory(oldVersion), "a build deleted the version being served");
            Thread.sleep(500);
            assertTrue(server.reload());
            Thread.sleep(1000);
            querying.set(false);
            int total = 0;
            for (Future<List<String>> future : seen) {
                List<String> answers = future.get();
                total += answers.size();
                int firstNew = answers.indexOf(newAnswer);
                assertTrue(firstNew > 0, "a client saw no switch: " + answers.size() + " answers");
                assertEquals(Collections.nCopies(firstNew, oldAnswer), answers.subList(0, firstNew));
                assertEquals(Collections.nCopies(answers.size() - firstNew, newAnswer),
                        answers.subList(firstNew, answers.size()));
            }
            // Most answers came from the answer cache, which the switch emptied: none of the old version after it.
            assertTrue(oldHits.get() > 0 && newHits.get() > 0, "cached answers: " + oldHits + " old, " + newHits
                    + " new");
            System.out.printf("rebuild while serving: %d answers by 4 clients (%d old and %d new from the answer"
                    + " cache), each the old version whole, then the new one whole%n", total, oldHits.get(),
                    newHits.get());
        } finally {
            clients.shutdownNow();
            server.shutdown();
        }
        GraphDatabase.replace(db, BuildChild.generated(10, "wordlast"));
        assertFalse(Files.exists(oldVersion), "the version no longer served survived the next build");
        assertEquals(1, GraphDatabase.versions(db).size());
    }

    private static String summary(String tsv) {
        String[] lines = tsv.strip().split("\n");
        return String.join(" ", lines[1].split("\t")).replaceAll("\"?(\\d+)\"?(\\^\\^\\S+)?", "$1");
    }
}
