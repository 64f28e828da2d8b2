package org.w3id.normgraph.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Edge;
import org.w3id.normgraph.export.ExportGraph.Node;

/**
 * A node list and an edge list in RFC 4180 CSV (UTF-8, CRLF). Column names follow Kumu, which Flourish and
 * spreadsheets read as well: nodes {@code ID,Label,Type} (Type is the node's kind) then the view's attributes, edges
 * {@code From,To,Type,Weight,ID} (From and To are node IDs) then the view's attributes. A missing value is empty.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static List<ExportFile> write(ExportGraph graph) throws IOException {
        StringWriter nodes = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(nodes, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("ID", "Label", "Type"));
            graph.nodeAttributes().stream().map(Attribute::name).filter(name -> !name.equals("kind"))
                    .forEach(header::add);
            printer.printRecord(header);
            for (Node node : graph.nodes()) {
                List<String> record = new ArrayList<>(List.of(node.id(), node.label(),
                        String.valueOf(node.values().getOrDefault("kind", ""))));
                for (Attribute attribute : graph.nodeAttributes()) {
                    if (!attribute.name().equals("kind")) {
                        record.add(String.valueOf(node.values().getOrDefault(attribute.name(), "")));
                    }
                }
                printer.printRecord(record);
            }
        }
        StringWriter edges = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(edges, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("From", "To", "Type", "Weight", "ID"));
            graph.edgeAttributes().stream().map(Attribute::name).forEach(header::add);
            printer.printRecord(header);
            for (Edge edge : graph.edges()) {
                List<String> record = new ArrayList<>(List.of(edge.source(), edge.target(), edge.type(),
                        Integer.toString(edge.weight()), edge.id()));
                for (Attribute attribute : graph.edgeAttributes()) {
                    record.add(String.valueOf(edge.values().getOrDefault(attribute.name(), "")));
                }
                printer.printRecord(record);
            }
        }
        return List.of(new ExportFile("-nodes.csv", "text/csv; charset=utf-8",
                        nodes.toString().getBytes(StandardCharsets.UTF_8)),
                new ExportFile("-edges.csv", "text/csv; charset=utf-8",
                        edges.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
