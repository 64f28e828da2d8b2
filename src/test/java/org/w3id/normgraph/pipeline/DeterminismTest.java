package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The same corpus gives the same graph: the same quads, with no blank nodes whose labels could differ. */
class DeterminismTest {

    private static String sortedNQuads(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void twoBuildsGiveIdenticalSortedNQuads() {
        String first = sortedNQuads(GraphBuild.fromCorpus(Path.of("corpus"), m -> { }));
        String second = sortedNQuads(GraphBuild.fromCorpus(Path.of("corpus"), m -> { }));
        assertEquals(first, second);
        assertTrue(!first.contains("_:"), "the graph must mint IRIs, not blank nodes");
    }
}
