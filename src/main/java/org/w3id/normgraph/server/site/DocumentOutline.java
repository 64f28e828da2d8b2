package org.w3id.normgraph.server.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The parts of a long source document, as its headings cut it (sections, the replies in a compilation and their
 * own sections), each with where it starts in the source and what the graph reads in it: a summary that a
 * document's page shows before its rows, and the groups under which it folds them. A part runs from its heading's
 * line to the next heading of the same or a higher level.
 */
final class DocumentOutline {

    private static final String PARTS = """
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?part ?parent ?line ?heading ?speaker ?date WHERE {
              ?part dcterms:isPartOf+ ?entity ; dcterms:isPartOf ?parent ; ng:evidenceStartLine ?line .
              { ?part a ng:Section } UNION { ?part a ng:Statement }
              OPTIONAL { ?part ng:heading ?heading }
              OPTIONAL { ?part ng:speaker ?speaker }
              OPTIONAL { ?part dcterms:date ?date }
            }
            ORDER BY ?line ?part""";

    /** What the summary counts besides the rows of the page's tables: speakers' statements and paragraphs. */
    private static final String WRITING = """
            PREFIX ng:   <https://w3id.org/normgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?item ?kind ?line WHERE {
              { ?item a ng:Statement ; ng:speaker ?speaker . BIND ("statements" AS ?kind) }
              UNION { ?item a ng:Paragraph . BIND ("paragraphs" AS ?kind) }
              ?item prov:wasDerivedFrom ?entity ; ng:evidenceStartLine ?line .
              FILTER NOT EXISTS { ?item <http://purl.org/dc/terms/hasPart> ?inner }
            }""";

    private static final Map<String, String> CHINESE = Map.of("statements", "发言", "paragraphs", "段落",
            "stances", "立场", "mentions", "提及");

    /** One part: its node, its depth (1 under the document), the line of its heading and where the next begins. */
    record Part(Node node, int depth, int line, int end, String name, String title, String date) {
        boolean holds(int at) {
            return at >= line && at < end;
        }
    }

    /** A part's heading as the graph gives it: its line, the part it stands in, its name (linked, and plain). */
    private record Heading(int line, Node parent, String name, String title, String date) {
    }

    /** What is counted in a part: per table, per kind of row (a stance's relation), the lines of the rows. */
    private record Item(String table, String kind, int line) {
    }

    private final String document;
    private final List<Part> parts;
    private final List<Item> items = new ArrayList<>();

    private DocumentOutline(String document, List<Part> parts) {
        this.document = document;
        this.parts = parts;
    }

    /** The outline of {@code entity}, where it is a source document cut into two parts or more. */
    static Optional<DocumentOutline> of(Model model, Node entity, Html html, Labels labels) {
        if (!model.getGraph().contains(entity, RDF.type.asNode(), NG.SourceDocument.asNode())) {
            return Optional.empty();
        }
        Map<Node, Heading> headings = new LinkedHashMap<>();
        for (QuerySolution row : EntityQuery.select(model, entity, PARTS)) {
            Node part = row.getResource("part").asNode();
            Node named = row.contains("speaker") ? row.getResource("speaker").asNode()
                    : row.contains("heading") ? row.getLiteral("heading").asNode() : part;
            String name = html.node(named, labels);
            headings.putIfAbsent(part, new Heading(row.getLiteral("line").getInt(),
                    row.getResource("parent").asNode(), name, named.isLiteral() ? name : labels.html(named),
                    row.contains("date") ? Html.text(row.getLiteral("date").getLexicalForm()) : ""));
        }
        List<Node> order = new ArrayList<>(headings.keySet());
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int depth = depth(order.get(i), headings);
            int end = Integer.MAX_VALUE;
            for (int j = i + 1; j < order.size() && end == Integer.MAX_VALUE; j++) {
                if (depth(order.get(j), headings) <= depth) {
                    end = headings.get(order.get(j)).line();
                }
            }
            Heading heading = headings.get(order.get(i));
            parts.add(new Part(order.get(i), depth, heading.line(), end, heading.name(), heading.title(),
                    heading.date()));
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        DocumentOutline outline = new DocumentOutline(entity.getURI(), parts);
        for (QuerySolution row : EntityQuery.select(model, entity, WRITING)) {
            outline.count(row.getLiteral("kind").getString(), "", row.getLiteral("line").getInt());
        }
        return Optional.of(outline);
    }

    /** 1 for a part of the document itself, 2 for a part of such a part, and so on. */
    private static int depth(Node part, Map<Node, Heading> headings) {
        int depth = 1;
        for (Node up = headings.get(part).parent(); headings.containsKey(up) && depth <= headings.size();
                up = headings.get(up).parent()) {
            depth++;
        }
        return depth;
    }

    /** A row of {@code table} (of this {@code kind}, such as a stance's relation) read at {@code line}. */
    void count(String table, String kind, int line) {
        items.add(new Item(table, kind, line));
    }

    /** The innermost part that holds {@code line}; none before the first heading. */
    Optional<Part> at(int line) {
        Part innermost = null;
        for (Part part : parts) {
            if (part.holds(line) && (innermost == null || part.depth() > innermost.depth())) {
                innermost = part;
            }
        }
        return Optional.ofNullable(innermost);
    }

    /** The id of the folded rows of {@code table} in {@code part}: {@code stances-reply-AUS-part-7}. */
    String anchor(String table, Optional<Part> part) {
        String local = document.substring(document.lastIndexOf('/'));
        String name = part.map(p -> p.node().getURI()).map(iri -> iri.contains(local + "/")
                ? iri.substring(iri.indexOf(local + "/") + local.length() + 1) : iri.substring(iri.indexOf("/id/") + 4))
                .orElse("before-the-first-heading");
        return table + "-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /**
     * The rows of {@code table} (its header row {@code head}), folded by the innermost part that each row's line
     * stands in, in the order of the parts, all under one fold: a part's fold has the id that its count in
     * {@link #contents} leads to (a browser unfolds both on the way).
     */
    String fold(String table, String head, List<Map.Entry<Integer, String>> rows) {
        Map<Integer, List<String>> byPart = new TreeMap<>();
        for (Map.Entry<Integer, String> row : rows) {
            byPart.computeIfAbsent(row.getKey() == null ? -1 : at(row.getKey()).map(parts::indexOf).orElse(-1),
                    k -> new ArrayList<>()).add(row.getValue());
        }
        StringBuilder folds = new StringBuilder("<details class=\"by-part\"><summary>All " + rows.size()
                + " rows, each with its source, by part of the document</summary>\n");
        byPart.forEach((index, inPart) -> {
            Optional<Part> part = index < 0 ? Optional.empty() : Optional.of(parts.get(index));
            folds.append("<details><summary>").append(path(part)).append(": ").append(inPart.size())
                    .append(inPart.size() == 1 ? " row" : " rows").append("</summary>\n<table id=\"")
                    .append(Html.attribute(anchor(table, part))).append("\">\n").append(head)
                    .append(String.join("", inPart)).append("</table>\n</details>\n");
        });
        return folds.append("</details>\n").toString();
    }

    /** The part's name after the names of the parts it stands in: {@code Australia › 国际法}. */
    String path(Optional<Part> part) {
        if (part.isEmpty()) {
            return "Before the first heading, or at no line";
        }
        List<String> names = new ArrayList<>();
        for (Part outer : parts) {
            if (outer.depth() < part.get().depth() && outer.holds(part.get().line())) {
                names.add(outer.title());
            }
        }
        names.add(part.get().title());
        return String.join(" › ", names);
    }

    /**
     * The summary table: one row per part, indented by its depth, with its date (a reply's, beside its author's
     * name, so that a phone's screen holds the counts too), its first line, and the number of
     * statements, paragraphs, stances (by relation) and rows of the other tables in it and its own parts; a number
     * leads to the part's own folded rows below.
     */
    String contents(List<String> tables) {
        List<String> columns = new ArrayList<>();
        for (String kind : List.of("statements", "paragraphs")) {
            if (items.stream().anyMatch(i -> i.table().equals(kind))) {
                columns.add(kind);
            }
        }
        columns.addAll(tables);
        StringBuilder table = new StringBuilder("<h2>Contents <span lang=\"zh-Hans\">目录</span></h2>\n<p>"
                + parts.size() + " parts, as the document's headings cut it; a number leads to the part's rows,"
                + " folded below.</p>\n<div class=\"scroll\"><table class=\"outline\">\n<tr><th>part <span "
                + "lang=\"zh-Hans\">部分</span></th><th>line <span lang=\"zh-Hans\">行</span></th>");
        columns.forEach(c -> table.append("<th>").append(c).append(" <span lang=\"zh-Hans\">")
                .append(CHINESE.getOrDefault(c, "")).append("</span></th>"));
        table.append("</tr>\n");
        for (Part part : parts) {
            table.append("<tr class=\"depth-").append(Math.min(part.depth(), 4)).append("\"><td>").append(part.name())
                    .append(part.date().isEmpty() ? "" : " <span class=\"date\">" + part.date() + "</span>")
                    .append("</td><td class=\"number\">").append(part.line()).append("</td>");
            for (String column : columns) {
                table.append("<td class=\"number\">").append(cell(column, part, tables.contains(column)))
                        .append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table></div>\n").toString();
    }

    private String cell(String table, Part part, boolean folded) {
        Map<String, Integer> kinds = new TreeMap<>();
        int all = 0;
        boolean own = false;
        for (Item item : items) {
            if (item.table().equals(table) && part.holds(item.line())) {
                all++;
                if (!item.kind().isEmpty()) {
                    kinds.merge(item.kind(), 1, Integer::sum);
                }
                own |= at(item.line()).map(part::equals).orElse(false);
            }
        }
        if (all == 0) {
            return "";
        }
        String count = folded && own ? "<a href=\"#" + anchor(table, Optional.of(part)) + "\">" + all + "</a>"
                : String.valueOf(all);
        // "6 (1 opposes, 5 support)": a relation's name agrees with its count.
        return kinds.isEmpty() ? count : count + " <span class=\"muted\">(" + String.join(", ", kinds.entrySet()
                .stream().map(e -> e.getValue() + " " + (e.getValue() == 1 ? e.getKey()
                        : e.getKey().replaceFirst("s$", ""))).toList()) + ")</span>";
    }
}
