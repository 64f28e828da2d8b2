package org.w3id.normgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The limits are read from the project's Fuseki configuration, and a changed value there changes the server. */
public class ServerLimitsTest {

    private static Model config(String text) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(text), "file:///config.ttl", "TTL");
        return model;
    }

    private static String projectConfig() throws IOException {
        return Files.readString(Path.of("fuseki-config", "normgraph.ttl"), StandardCharsets.UTF_8);
    }

    @Test
    void theProjectConfigurationStatesEveryLimit() throws IOException {
        ServerLimits limits = ServerLimits.fromConfig(config(projectConfig()));
        assertEquals(new ServerLimits(30, 100_000, 16_777_216, 8, 32, 10, 131_072, 20, List.of(), true, 67_108_864),
                limits);
        List<String> printed = limits.describe();
        assertTrue(printed.contains("query timeout 30 s (a query still running 31 s later is answered 503 and"
                + " stopped)"), printed.toString());
        assertTrue(printed.contains("SERVICE refused (no endpoint allowed)"), printed.toString());
    }

    @Test
    void valuesChangedInTheConfigurationAreTheOnesUsed() throws IOException {
        String changed = projectConfig().replace("\"30000\"", "\"5000\"")
                .replace("ngs:maxResultRows 100000", "ngs:maxResultRows 50")
                .replace("ngs:cors true", "ngs:allowServiceHost \"query.wikidata.org\" ; ngs:cors false");
        ServerLimits limits = ServerLimits.fromConfig(config(changed));
        assertEquals(5, limits.timeoutSeconds());
        assertEquals(50, limits.maxResultRows());
        assertEquals(List.of("query.wikidata.org"), limits.allowedServiceHosts());
        assertEquals(false, limits.cors());
        assertEquals(7, limits.withTimeoutSeconds(7).timeoutSeconds());
    }

    @Test
    void anAllowedServiceEndpointIsReadByHostPortAndScheme() {
        assertEquals("example.org", OutboundServices.Allowed.parse("Example.org").toString());
        assertEquals("127.0.0.1:8890", OutboundServices.Allowed.parse("127.0.0.1:8890").toString());
        assertEquals("https://query.wikidata.org", OutboundServices.Allowed.parse("https://query.wikidata.org")
                .toString());
        for (String wrong : List.of("ftp://example.org", "http://example.org/sparql", "", "http://")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServerLimits.DEFAULTS.withAllowedServiceHosts(List.of(wrong)), wrong);
            assertTrue(e.getMessage().contains("expected HOST, HOST:PORT or http(s)://HOST[:PORT]"), e.getMessage());
        }
    }

    @Test
    void aLimitThatMakesNoSenseIsRefusedWithItsName() throws IOException {
        String broken = projectConfig().replace("ngs:maxConcurrentQueries 8", "ngs:maxConcurrentQueries 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerLimits.fromConfig(config(broken)));
        assertTrue(e.getMessage().contains("ngs:maxConcurrentQueries"), e.getMessage());
    }
}
