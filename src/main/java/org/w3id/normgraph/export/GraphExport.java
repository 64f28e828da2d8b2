package org.w3id.normgraph.export;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Exports a view of the database in a format: {@code GraphExport.files(data, ExportView.STANCES,
 * ExportFormat.GRAPHML)}. The same database gives the same bytes.
 */
public final class GraphExport {

    private GraphExport() {
    }

    public static ExportGraph read(DatasetGraph data, ExportView view) {
        return Txn.calculateRead(data, () -> view.read(data));
    }

    public static List<ExportFile> files(DatasetGraph data, ExportView view, ExportFormat format) {
        return format.files(read(data, view));
    }
}
