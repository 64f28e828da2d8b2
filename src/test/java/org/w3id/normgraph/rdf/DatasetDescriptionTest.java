package org.w3id.normgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.pipeline.GraphBuild;

/** The description depends on the data and the addresses only: two builds give the same bytes, and no blank node. */
class DatasetDescriptionTest {

    private static final DatasetDescription.Access ACCESS = new DatasetDescription.Access(
            "http://localhost:3030/normgraph/sparql", "http://localhost:3030/dump/normgraph.nq.gz",
            "0".repeat(64), 1);

    private static String turtle(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoBuildsAreDescribedByTheSameBytes() {
        String first = turtle(DatasetDescription.of(
                GraphBuild.fromCorpus(Path.of("corpus"), m -> { }).asDatasetGraph(), ACCESS));
        String second = turtle(DatasetDescription.of(
                GraphBuild.fromCorpus(Path.of("corpus"), m -> { }).asDatasetGraph(), ACCESS));
        assertEquals(first, second);
        assertFalse(first.contains("_:") || first.contains("[ "), "the description must mint IRIs, not blank nodes");
    }
}
