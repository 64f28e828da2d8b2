package org.w3id.normgraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The build steps that join the graphs of one build, once every document has been read and before the whole is
 * validated: every actor that an extractor names must be described in the reference graph, and the stances that
 * groups take together with their member States are passed on to the members, in a graph of their own.
 *
 * <pre>{@code
 * Linking.apply(dataset); // throws BuildException naming the actor and the document, or adds the derived graph
 * }</pre>
 */
public final class Linking {

    private static final Set<String> STANCE_EDGES = Set.of(NG.stance.getURI(), NG.proposes.getURI(),
            NG.supports.getURI(), NG.opposes.getURI());

    private Linking() {
    }

    public static void apply(Dataset dataset) {
        requireDescribedActors(dataset);
        dataset.addNamedModel(Iris.MEMBER_STANCES_GRAPH, MemberStances.derive(dataset));
    }

    /**
     * Fails unless every actor of every extracted graph has a type in the reference graph. The gazetteer only
     * knows actors of the reference data, so this guards against extractors that mint actor IRIs some other way.
     */
    static void requireDescribedActors(Dataset dataset) {
        Model reference = dataset.getNamedModel(Iris.REFERENCE_GRAPH);
        List<String> problems = new ArrayList<>();
        for (String graph : extractedGraphs(dataset)) {
            problems.addAll(undescribedActors(graph, dataset.getNamedModel(graph), reference));
        }
        fail(problems);
    }

    /** The same check for the facts of one document, before they are stored. */
    static void requireDescribedActors(String graph, Model facts, Model reference) {
        fail(undescribedActors(graph, facts, reference));
    }

    private static List<String> undescribedActors(String graph, Model facts, Model reference) {
        List<String> problems = new ArrayList<>();
        for (String actor : actorsNamedIn(facts)) {
            if (!reference.contains(reference.createResource(actor), RDF.type)) {
                problems.add("document " + graph.substring(Iris.EXTRACTED_GRAPHS.length()) + " names the actor <"
                        + actor + ">" + firstLine(facts, actor) + ", which the reference graph does not describe");
            }
        }
        return problems;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new BuildException(String.join("; ", problems) + "; add every actor to src/main/resources/reference/"
                    + " (states.csv, groups.csv or participants.csv), or correct the extractor that named it");
        }
    }

    private static SortedSet<String> extractedGraphs(Dataset dataset) {
        SortedSet<String> graphs = new TreeSet<>();
        dataset.listModelNames().forEachRemaining(name -> {
            if (name.getURI().startsWith(Iris.EXTRACTED_GRAPHS)) {
                graphs.add(name.getURI());
            }
        });
        return graphs;
    }

    /** Every IRI in an actor namespace, and whatever holds a position or a stance edge, whatever its IRI. */
    private static SortedSet<String> actorsNamedIn(Model facts) {
        SortedSet<String> actors = new TreeSet<>();
        for (Statement s : facts.listStatements().toList()) {
            if (isActorIri(s.getSubject()) || STANCE_EDGES.contains(s.getPredicate().getURI())) {
                actors.add(s.getSubject().toString());
            }
            RDFNode object = s.getObject();
            if (object.isURIResource() && (isActorIri(object.asResource()) || s.getPredicate().equals(NG.holder)
                    || s.getPredicate().equals(NG.speaker))) {
                actors.add(object.asResource().getURI());
            }
        }
        return actors;
    }

    private static boolean isActorIri(Resource r) {
        return r.isURIResource() && Arrays.stream(ActorKind.values())
                .anyMatch(kind -> r.getURI().startsWith(Iris.ID + kind.pathSegment() + "/"));
    }

    private static String firstLine(Model facts, String actor) {
        OptionalInt line = facts.listResourcesWithProperty(NG.holder, facts.createResource(actor)).toList().stream()
                .filter(position -> position.hasProperty(NG.actorLine))
                .mapToInt(position -> position.getProperty(NG.actorLine).getInt()).min();
        return line.isPresent() ? " on line " + line.getAsInt() : "";
    }
}
