package org.w3id.normgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.w3id.normgraph.export.ExportFile;
import org.w3id.normgraph.export.ExportFormat;
import org.w3id.normgraph.export.ExportView;
import org.w3id.normgraph.export.GraphExport;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a network of the database for visualization tools: graphml and gexf (Gephi, Cytoscape,"
                + " networkx), cyjs (Cytoscape.js) or csv (FILE-nodes.csv and FILE-edges.csv, for Kumu and"
                + " Flourish). The same database always gives the same bytes.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the file to write; for csv, FILE without .csv is the base of FILE-nodes.csv and"
                    + " FILE-edges.csv")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, cyjs or csv")
    String format;

    @Option(names = "--view", paramLabel = "VIEW",
            description = "stances (actors and draft provisions), agreement (actors by provisions on which they took"
                    + " the same or opposite sides) or speakers-topics (default: ${DEFAULT-VALUE})")
    String view = "stances";

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = ExportFormat.named(format);
        ExportView exportView = ExportView.named(view);
        Dataset dataset = GraphDatabase.open(database);
        List<ExportFile> files;
        try {
            files = GraphExport.files(dataset.asDatasetGraph(), exportView, exportFormat);
        } finally {
            GraphDatabase.close(dataset);
        }
        String name = file.getFileName().toString();
        if (exportFormat == ExportFormat.CSV && name.endsWith(".csv")) {
            name = name.substring(0, name.length() - ".csv".length());
        }
        for (ExportFile exported : files) {
            Path target = files.size() == 1 ? file : file.resolveSibling(name + exported.suffix());
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, exported.bytes());
            System.err.printf("normgraph: wrote the %s view as %s to %s (%d bytes)%n", exportView.label(),
                    exportFormat.label(), target, exported.bytes().length);
        }
        return 0;
    }
}
