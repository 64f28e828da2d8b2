package org.w3id.normgraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.export.ExportGraph.Attribute;
import org.w3id.normgraph.export.ExportGraph.Edge;
import org.w3id.normgraph.export.ExportGraph.Type;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The networks that {@code normgraph export} writes, each read from the database with SPARQL. Only stances that a
 * sentence states ({@code ng:Position}) count: the member-State stances that the build derives from a group's
 * stance are left out, as they would make every member of a group agree with every other by construction.
 */
public enum ExportView {

    /**
     * Actors and the draft provisions they proposed, supported or opposed: one directed edge per stated position,
     * actor to provision, typed by the relation, with the line where the source names the actor, the sentence, the
     * document, the rule (cue) and the position's IRI.
     */
    STANCES("stances") {
        @Override
        ExportGraph read(DatasetGraph data) {
            List<Edge> edges = new ArrayList<>();
            Set<String> nodes = new TreeSet<>();
            for (DraftStance stance : draftStances(data)) {
                Map<String, Object> values = new HashMap<>();
                if (stance.line != null) {
                    values.put("line", Integer.valueOf(stance.line));
                }
                putIfPresent(values, "evidence", stance.evidence);
                putIfPresent(values, "document", stance.document == null ? null : NodeIds.of(stance.document));
                putIfPresent(values, "cue", stance.cue);
                values.put("position", stance.position);
                edges.add(new Edge(NodeIds.of(stance.position), NodeIds.of(stance.actor), NodeIds.of(stance.provision),
                        stance.relation, 1, values));
                nodes.add(stance.actor);
                nodes.add(stance.provision);
            }
            return new ExportGraph(name, true, NodeDescriptions.ATTRIBUTES, List.of(
                    new Attribute("line", Type.INTEGER), new Attribute("evidence", Type.STRING),
                    new Attribute("document", Type.STRING), new Attribute("cue", Type.STRING),
                    new Attribute("position", Type.STRING)),
                    NodeDescriptions.describe(data, nodes), edges);
        }
    },

    /**
     * Actors linked by the draft provisions on which both stated a stance: {@code same_side} counts those where both
     * were for it (proposes or supports) or both against (opposes), {@code opposite_sides} those where one was for
     * and the other against; the provisions themselves are listed. The weight is {@code same_side}.
     */
    AGREEMENT("agreement") {
        @Override
        ExportGraph read(DatasetGraph data) {
            Map<String, Map<String, Boolean>> sidesByProvision = new TreeMap<>();
            for (DraftStance stance : draftStances(data)) {
                boolean favours = !stance.relation.equals("opposes");
                sidesByProvision.computeIfAbsent(stance.provision, p -> new TreeMap<>()).put(stance.actor, favours);
            }
            Map<List<String>, List<List<String>>> pairs = new TreeMap<>((a, b) -> {
                int first = a.get(0).compareTo(b.get(0));
                return first != 0 ? first : a.get(1).compareTo(b.get(1));
            });
            sidesByProvision.forEach((provision, sides) -> {
                List<String> actors = new ArrayList<>(sides.keySet());
                for (int i = 0; i < actors.size(); i++) {
                    for (int j = i + 1; j < actors.size(); j++) {
                        List<List<String>> onSides = pairs.computeIfAbsent(List.of(actors.get(i), actors.get(j)),
                                pair -> List.of(new ArrayList<>(), new ArrayList<>()));
                        boolean same = sides.get(actors.get(i)).equals(sides.get(actors.get(j)));
                        onSides.get(same ? 0 : 1).add(NodeIds.of(provision));
                    }
                }
            });
            List<Edge> edges = new ArrayList<>();
            Set<String> nodes = new TreeSet<>();
            pairs.forEach((pair, onSides) -> {
                List<String> same = onSides.get(0);
                List<String> opposite = onSides.get(1);
                String source = NodeIds.of(pair.get(0));
                String target = NodeIds.of(pair.get(1));
                Map<String, Object> values = new HashMap<>();
                values.put("same_side", same.size());
                values.put("opposite_sides", opposite.size());
                putIfPresent(values, "same_side_on", same.isEmpty() ? null : String.join(" ", same));
                putIfPresent(values, "opposite_sides_on", opposite.isEmpty() ? null : String.join(" ", opposite));
                edges.add(new Edge(source + "--" + target, source, target, "agreement", same.size(), values));
                nodes.addAll(pair);
            });
            return new ExportGraph(name, false, NodeDescriptions.ATTRIBUTES, List.of(
                    new Attribute("same_side", Type.INTEGER), new Attribute("opposite_sides", Type.INTEGER),
                    new Attribute("same_side_on", Type.STRING), new Attribute("opposite_sides_on", Type.STRING)),
                    NodeDescriptions.describe(data, nodes), edges);
        }
    },

    /**
     * Speakers linked to the topics and GGE 2015 norms ({@code ontology/concepts.ttl}) of their statements: a
     * statement is on a concept when it or one of its parts (a reply's sections, paragraphs, footnotes) has it as
     * {@code dcterms:subject}. The weight, also {@code statements}, is the number of such statements.
     */
    SPEAKERS_TOPICS("speakers-topics") {
        @Override
        ExportGraph read(DatasetGraph data) {
            List<Map<String, Node>> rows = Sparql.select(data, """
                    SELECT ?speaker ?concept (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                      ?statement a ng:Statement ; ng:speaker ?speaker .
                      { ?statement dcterms:subject ?concept }
                      UNION { ?statement dcterms:hasPart+ ?part . ?part dcterms:subject ?concept }
                    }
                    GROUP BY ?speaker ?concept
                    """);
            List<Edge> edges = new ArrayList<>();
            Set<String> nodes = new TreeSet<>();
            for (Map<String, Node> row : rows) {
                String speaker = row.get("speaker").getURI();
                String concept = row.get("concept").getURI();
                int statements = Integer.parseInt(row.get("statements").getLiteralLexicalForm());
                String source = NodeIds.of(speaker);
                String target = NodeIds.of(concept);
                edges.add(new Edge(source + "--" + target, source, target, "speaks-on", statements,
                        Map.of("statements", statements)));
                nodes.add(speaker);
                nodes.add(concept);
            }
            return new ExportGraph(name, true, NodeDescriptions.ATTRIBUTES,
                    List.of(new Attribute("statements", Type.INTEGER)), NodeDescriptions.describe(data, nodes), edges);
        }
    };

    private static final String STANCE_RELATIONS = "proposes supports opposes";

    final String name;

    ExportView(String name) {
        this.name = name;
    }

    public String label() {
        return name;
    }

    /** Reads the view's network; call inside a read transaction on {@code data}. */
    abstract ExportGraph read(DatasetGraph data);

    /** The view named {@code name}, or an error that lists the known views. */
    public static ExportView named(String name) {
        for (ExportView view : values()) {
            if (view.name.equals(name)) {
                return view;
            }
        }
        throw new IllegalArgumentException("unknown view '" + name + "'; known views: " + known());
    }

    public static String known() {
        return Arrays.stream(values()).map(view -> view.name).collect(Collectors.joining(", "));
    }

    private record DraftStance(String position, String actor, String relation, String provision, String line,
            String evidence, String document, String cue) {
    }

    /** One row per position; where the graph gives a position two values of a property, the smallest. */
    private static List<DraftStance> draftStances(DatasetGraph data) {
        List<DraftStance> stances = new ArrayList<>();
        for (Map<String, Node> row : Sparql.select(data, """
                SELECT ?position ?actor ?relation ?provision (MIN(?actorLine) AS ?line) (MIN(?text) AS ?evidence)
                       (MIN(?source) AS ?document) (MIN(?rule) AS ?cue)
                WHERE {
                  ?position a ng:Position ; ng:holder ?actor ; ng:relation ?relation ; ng:about ?provision .
                  ?provision a ng:DraftProvision .
                  OPTIONAL { ?position ng:actorLine ?actorLine }
                  OPTIONAL { ?position ng:evidenceText ?text }
                  OPTIONAL { ?position prov:wasDerivedFrom ?source }
                  OPTIONAL { ?position ng:cue ?rule }
                }
                GROUP BY ?position ?actor ?relation ?provision
                """)) {
            String relation = row.get("relation").getURI();
            String local = relation.startsWith(NG.NS) ? relation.substring(NG.NS.length()) : relation;
            if (!Arrays.asList(STANCE_RELATIONS.split(" ")).contains(local)) {
                throw new IllegalStateException("position " + row.get("position").getURI() + " has relation "
                        + relation + "; expected one of ng:" + STANCE_RELATIONS.replace(" ", ", ng:"));
            }
            stances.add(new DraftStance(row.get("position").getURI(), row.get("actor").getURI(), local,
                    row.get("provision").getURI(), text(row.get("line")), text(row.get("evidence")),
                    text(row.get("document")), text(row.get("cue"))));
        }
        return stances;
    }

    private static String text(Node node) {
        return node == null ? null : NodeDescriptions.text(node);
    }

    private static void putIfPresent(Map<String, Object> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
