package org.w3id.normgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.pipeline.GraphBuild;

/** What normgraph publishes must parse with a second, independent RDF parser (RDF4J Rio), not only with Jena. */
class IndependentParserTest {

    private static Model parse(InputStream in, RDFFormat format) throws IOException {
        return Rio.parse(in, "https://w3id.org/normgraph/", format);
    }

    @Test
    void ontologyAndShapesParse() throws IOException {
        for (String file : new String[] {"ontology/normgraph.ttl", "ontology/shapes.ttl", "ontology/concepts.ttl", "corpus/manifest.ttl",
                "fuseki-config/normgraph.ttl"}) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                assertTrue(parse(in, RDFFormat.TURTLE).size() > 10, file);
            }
        }
    }

    @Test
    void aDumpOfTheWholeGraphParsesToTheSameNumberOfQuads() throws IOException {
        Dataset dataset = GraphBuild.fromCorpus(Path.of("corpus"), message -> { });
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, dataset, Lang.NQUADS);
        Model model = parse(new ByteArrayInputStream(nquads.toByteArray()), RDFFormat.NQUADS);
        assertEquals(dataset.asDatasetGraph().stream().count(), model.size());

        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RDFDataMgr.write(trig, dataset, Lang.TRIG);
        assertEquals(model.size(), parse(new ByteArrayInputStream(trig.toByteArray()), RDFFormat.TRIG).size());
    }
}
