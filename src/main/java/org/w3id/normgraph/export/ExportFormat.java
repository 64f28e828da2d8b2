package org.w3id.normgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

/** The file formats of {@code normgraph export}, each for the tools that read it. */
public enum ExportFormat {

    /** GraphML (Gephi, Cytoscape desktop, yEd, networkx, igraph): one file, {@code NAME.graphml}. */
    GRAPHML("graphml") {
        @Override
        List<ExportFile> write(ExportGraph graph) throws IOException, XMLStreamException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphMlWriter.write(graph, out);
            return List.of(new ExportFile(".graphml", "application/graphml+xml", out.toByteArray()));
        }
    },
    /** GEXF 1.2 (Gephi, networkx, sigma.js): one file, {@code NAME.gexf}. */
    GEXF("gexf") {
        @Override
        List<ExportFile> write(ExportGraph graph) throws IOException, XMLStreamException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GexfWriter.write(graph, out);
            return List.of(new ExportFile(".gexf", "application/gexf+xml", out.toByteArray()));
        }
    },
    /** Cytoscape.js elements JSON (Cytoscape.js, Cytoscape desktop's {@code .cyjs} import): {@code NAME.cyjs}. */
    CYJS("cyjs") {
        @Override
        List<ExportFile> write(ExportGraph graph) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CytoscapeJsonWriter.write(graph, out);
            return List.of(new ExportFile(".cyjs", "application/json", out.toByteArray()));
        }
    },
    /**
     * A node list and an edge list (Kumu, Flourish, Gephi's spreadsheet import, any spreadsheet):
     * {@code NAME-nodes.csv} and {@code NAME-edges.csv}.
     */
    CSV("csv") {
        @Override
        List<ExportFile> write(ExportGraph graph) throws IOException {
            return CsvWriter.write(graph);
        }
    };

    final String name;

    ExportFormat(String name) {
        this.name = name;
    }

    public String label() {
        return name;
    }

    abstract List<ExportFile> write(ExportGraph graph) throws IOException, XMLStreamException;

    /** The graph in this format, as the files that it makes. */
    public List<ExportFile> files(ExportGraph graph) {
        try {
            return write(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name + ": " + e.getMessage(), e);
        }
    }

    /** The format named {@code name}, or an error that lists the known formats. */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.name.equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; known formats: " + known());
    }

    public static String known() {
        return Arrays.stream(values()).map(format -> format.name).collect(Collectors.joining(", "));
    }
}
