package org.w3id.normgraph.store;

import org.apache.jena.query.text.DatasetGraphText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 database that {@code serve} and {@code query} read. A build writes a complete new database beside the
 * old one and only then puts it in place, so a failed build leaves the served graph as it was.
 */
public final class GraphDatabase {

    public static final Path DEFAULT_LOCATION = Path.of("var", "tdb2");

    private GraphDatabase() {
    }

    public static boolean exists(Path location) {
        return Files.isDirectory(location) && Files.exists(location.resolve("Data-0001"));
    }

    /** Writes {@code data} to a fresh database and moves it to {@code location}, replacing what was there. */
    public static void replace(Path location, Dataset data) {
        Path target = location.toAbsolutePath().normalize();
        Path staging = target.resolveSibling(target.getFileName() + ".staging-" + ProcessHandle.current().pid());
        Path previous = target.resolveSibling(target.getFileName() + ".previous-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            deleteIfPresent(staging);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(staging.toString());
            DatasetGraphText indexed = (DatasetGraphText) TextIndex.over(tdb, staging);
            try {
                Txn.executeWrite(indexed, () -> data.asDatasetGraph().find().forEachRemaining(indexed::add));
            } finally {
                indexed.getTextIndex().close();
                TDBInternal.expel(tdb);
            }
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteIfPresent(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the database at " + target, e);
        } finally {
            try {
                deleteIfPresent(staging);
            } catch (IOException e) {
                // The staging copy is only litter; the served database is intact either way.
            }
        }
    }

    /** Opens the database for reading, with the union of all named graphs as its default graph. */
    public static Dataset open(Path location) {
        if (!exists(location)) {
            throw new IllegalStateException("no database at " + location.toAbsolutePath()
                    + "; run `java -jar target/normgraph.jar build` first");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toAbsolutePath().toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(TextIndex.over(dsg, location.toAbsolutePath()));
    }

    public static void close(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dsg instanceof DatasetGraphText indexed) {
            indexed.getTextIndex().close();
            dsg = indexed.getWrapped();
        }
        TDBInternal.expel(dsg);
    }

    private static void deleteIfPresent(Path path) throws IOException {
        if (Files.exists(path)) {
            PathUtils.deleteDirectory(path);
        }
    }
}
