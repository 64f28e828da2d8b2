package org.w3id.normgraph.server.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.normgraph.export.ExportView;

/**
 * The views: an index ({@code /views}) of the drafts (each with its stance map), their articles (each with its
 * network on its own page), the timeline of statements and the actors; and the pages of the timeline and of the
 * stance map, which their scripts ({@code assets/timeline.js}, {@code assets/stance-map.js}) draw from the live
 * SPARQL endpoint.
 */
public final class ViewsPage {

    private static final String PROVISIONS = LandingPage.PREFIXES + """
            SELECT ?draft ?provision (COUNT(DISTINCT ?position) AS ?stances) WHERE {
              ?provision a ng:DraftProvision ; ng:draftText ?draft .
              OPTIONAL { ?position a ng:Position ; ng:about ?provision }
            }
            GROUP BY ?draft ?provision
            ORDER BY ?draft ?provision""";

    private static final String ACTORS = LandingPage.PREFIXES + """
            SELECT ?actor (COUNT(DISTINCT ?position) AS ?stances) (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
              { ?position a ng:Position ; ng:holder ?actor } UNION { ?statement a ng:Statement ; ng:speaker ?actor }
            }
            GROUP BY ?actor
            ORDER BY ?actor""";

    private static final String DRAFTS = LandingPage.PREFIXES + """
            SELECT ?draft WHERE { ?draft a ng:DraftText } ORDER BY ?draft""";

    /** What the timeline draws: every dated statement with its forum, session, speaker and words. */
    private static final String TIMELINE_QUERY = """
            # The statements on the timeline: each dated statement, its forum and session, its speaker and words.
            PREFIX ng:      <https://w3id.org/normgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?date ?forum ?session ?speaker ?speaker_en ?text ?statement WHERE {
              ?statement a ng:Statement ; ng:speaker ?speaker ; dcterms:date ?date ; ng:forum ?forum .
              OPTIONAL { ?statement ng:session ?session }
              OPTIONAL { ?statement ng:text ?text }
              OPTIONAL { ?speaker rdfs:label ?speaker_en FILTER (lang(?speaker_en) = "en") }
            }
            ORDER BY ?forum ?session STR(?date) ?statement
            """;

    /** What a stance map draws for one draft (DRAFT): each stated position on its articles and their parts. */
    private static final String STANCE_MAP_QUERY = """
            # The stance map of a draft: who proposed, supported or opposed each of its articles, as the text states
            # it (the member States' stances that the build derives are ng:DerivedPosition, left out here).
            PREFIX ng:   <https://w3id.org/normgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?actor ?actor_en ?provision ?relation ?evidence ?position WHERE {
              ?provision ng:draftText <DRAFT> .
              ?position a ng:Position ; ng:about ?provision ; ng:holder ?actor ; ng:relation ?relation .
              OPTIONAL { ?position ng:evidenceText ?evidence }
              OPTIONAL { ?actor rdfs:label ?actor_en FILTER (lang(?actor_en) = "en") }
            }
            ORDER BY ?actor ?provision
            """;

    private ViewsPage() {
    }

    static String render(DatasetGraph data, Html html) {
        Model model = ModelFactory.createModelForGraph(data.getUnionGraph());
        Labels labels = new Labels(data.getUnionGraph());
        StringBuilder body = new StringBuilder("<h1>Views <span lang=\"zh-Hans\">视图</span></h1>\n");
        body.append("<h2>Statements over time <span lang=\"zh-Hans\">发言时间线</span></h2>\n<p><a href=\"")
                .append(Html.attribute(html.local(SiteServlet.TIMELINE)))
                .append("\">Timeline</a>: who spoke when, per forum and session, each statement with its words and "
                        + "its UN Web TV minute.</p>\n");

        body.append("<h2>Drafts and their articles <span lang=\"zh-Hans\">草案及条款</span></h2>\n");
        Map<String, List<QuerySolution>> byDraft = new LinkedHashMap<>();
        for (QuerySolution row : LandingPage.select(model, PROVISIONS)) {
            byDraft.computeIfAbsent(row.getResource("draft").getURI(), d -> new java.util.ArrayList<>()).add(row);
        }
        byDraft.values().forEach(rows -> rows.sort(java.util.Comparator.comparing(
                row -> naturalKey(row.getResource("provision").getURI()))));
        byDraft.forEach((draft, rows) -> {
            Node draftNode = NodeFactory.createURI(draft);
            body.append("<h3>").append(html.node(draftNode, labels)).append("</h3>\n<p><a href=\"")
                    .append(Html.attribute(stanceMapHref(html, draft)))
                    .append("\">Stance map</a> of its articles <span lang=\"zh-Hans\">立场图</span></p>\n<ul class=\"columns\">\n");
            for (QuerySolution row : rows) {
                int stances = row.getLiteral("stances").getInt();
                body.append("<li>").append(html.node(row.getResource("provision").asNode(), labels))
                        .append(" <span class=\"muted\">").append(stances)
                        .append(stances == 1 ? " stance" : " stances").append("</span></li>\n");
            }
            body.append("</ul>\n");
        });

        body.append("<h2>Actors <span lang=\"zh-Hans\">行为体</span></h2>\n<p>Every State, group, office or "
                + "report that took a stance or made a statement; its page lists its statements in time order and "
                + "its positions.</p>\n<ul class=\"columns\">\n");
        List<QuerySolution> actors = new java.util.ArrayList<>(LandingPage.select(model, ACTORS));
        actors.sort(java.util.Comparator.comparing(row -> labels.plain(row.getResource("actor").asNode())
                .toLowerCase(java.util.Locale.ROOT)));
        for (QuerySolution row : actors) {
            body.append("<li>").append(html.node(row.getResource("actor").asNode(), labels))
                    .append(" <span class=\"muted\">").append(count(row, "stances", "stance"))
                    .append(", ").append(count(row, "statements", "statement")).append("</span></li>\n");
        }
        body.append("</ul>\n");
        return html.page("Views – normgraph", body.toString());
    }

    /** Numbers padded, so that article-2 sorts before article-10-bis. */
    static String naturalKey(String iri) {
        return java.util.regex.Pattern.compile("\\d+").matcher(iri).replaceAll(m -> "%09d".formatted(
                Long.parseLong(m.group())));
    }

    private static String count(QuerySolution row, String variable, String noun) {
        int n = row.getLiteral(variable).getInt();
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String stanceMapHref(Html html, String draft) {
        return html.local(SiteServlet.STANCE_MAP) + "?draft=" + java.net.URLEncoder.encode(draft,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static String timeline(Html html) {
        String body = """
                <h1>Timeline of statements <span lang="zh-Hans">发言时间线</span></h1>
                <p>Each dot is a statement, placed by its date, one row per forum and session. Click a dot for the
                words, the speaker and the minute of the UN Web TV recording where they begin.</p>
                <p><label>Forum <span lang="zh-Hans">论坛</span> <select id="timeline-forum"><option value="">all
                </option></select></label></p>
                <p class="legend"><span class="dot state"></span> a State <span class="dot group"></span> a group
                <span class="dot other"></span> an office, organization or report · <span class="dot hollow"></span>
                dated to the month or year only</p>
                <div id="statement" class="statement" aria-live="polite" hidden></div>
                <div id="timeline" class="timeline"><p class="muted">Loading…</p></div>
                """ + DataLinks.of(html, TIMELINE_QUERY, ExportView.SPEAKERS_TOPICS);
        return html.page("Timeline – normgraph", body, "sparql.js", "timeline.js");
    }

    static String stanceMap(DatasetGraph data, Html html, String draft) {
        Model model = ModelFactory.createModelForGraph(data.getUnionGraph());
        Labels labels = new Labels(data.getUnionGraph());
        List<String> drafts = LandingPage.select(model, DRAFTS).stream().map(r -> r.getResource("draft").getURI())
                .toList();
        Optional<String> chosen = drafts.contains(draft) ? Optional.of(draft) : Optional.empty();
        StringBuilder body = new StringBuilder("<h1>Stance map <span lang=\"zh-Hans\">立场图</span></h1>\n");
        body.append("<p>Drafts: ");
        body.append(String.join(" · ", drafts.stream().map(d -> "<a href=\"" + Html.attribute(stanceMapHref(html, d))
                + "\">" + labels.html(NodeFactory.createURI(d)) + "</a>").toList()));
        body.append("</p>\n");
        if (chosen.isEmpty()) {
            body.append("<p>Pick a draft.</p>\n");
            return html.page("Stance map – normgraph", body.toString());
        }
        body.append("<h2>").append(html.node(NodeFactory.createURI(chosen.get()), labels)).append("</h2>\n")
                .append("""
                        <p>One row per actor, one column per article: <span class="cell proposes">P</span> proposes,
                        <span class="cell supports">S</span> supports, <span class="cell opposes">O</span> opposes,
                        as the text states it. Click a column head to sort by it. <em>Cluster</em> orders the actors
                        so that those that vote alike stand together (agreement of two actors = the share of the
                        articles on which both took a side where they took the same side).</p>
                        <p><button type="button" id="stance-cluster">Cluster actors that vote alike</button>
                        <button type="button" id="stance-alphabetical">A–Z</button>
                        <label><input type="checkbox" id="stance-members"> members of a group through the group</label></p>
                        """)
                .append("<div id=\"stance-map\" class=\"scroll\" data-draft=\"").append(Html.attribute(chosen.get()))
                .append("\"><p class=\"muted\">Loading…</p></div>\n")
                .append(DataLinks.of(html, STANCE_MAP_QUERY.replace("DRAFT", chosen.get()), ExportView.STANCES,
                        ExportView.AGREEMENT));
        return html.page("Stance map – normgraph", body.toString(), "sparql.js", "stance-map.js");
    }
}
