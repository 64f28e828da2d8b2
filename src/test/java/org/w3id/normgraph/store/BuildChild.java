package org.w3id.normgraph.store;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.vocabulary.NG;

/**
 * A build in a JVM of its own, for tests that kill it: writes a generated dataset of {@code size} statements into
 * the database {@code DB} with {@link GraphDatabase#replace}, and, if a step is named, says so on standard output
 * when it reaches that step and waits there to be killed.
 *
 * <pre>java … BuildChild DB SIZE WORD [STEP]</pre>
 */
public final class BuildChild {

    private BuildChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        String word = args[2];
        if (args.length > 3) {
            GraphDatabase.Step pauseAt = GraphDatabase.Step.valueOf(args[3]);
            GraphDatabase.onStep(step -> {
                if (step == pauseAt) {
                    System.out.println("AT " + step);
                    System.out.flush();
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        System.out.println("BUILDING");
        System.out.flush();
        GraphDatabase.replace(db, generated(size, word));
        System.out.println("DONE");
    }

    /**
     * {@code size} statements, each with a text holding {@code word}, in one named graph: a version of the store
     * is recognised by its count of statements, and the same count must come from the text index.
     */
    public static Dataset generated(int size, String word) {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        Node graph = NodeFactory.createURI("urn:test:graph");
        for (int i = 0; i < size; i++) {
            Node s = NodeFactory.createURI("urn:test:statement/" + i);
            dsg.add(graph, s, NodeFactory.createURI(NG.text.getURI()), NodeFactory.createLiteralString(word
                    + " statement number " + i + " about critical infrastructure"));
            dsg.add(graph, s, NodeFactory.createURI("urn:test:index"), NodeFactory.createLiteralString(
                    Integer.toString(i)));
        }
        return DatasetFactory.wrap(dsg);
    }
}
