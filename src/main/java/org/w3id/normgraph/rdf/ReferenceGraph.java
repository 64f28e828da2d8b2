package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.normgraph.lexicon.Actor;
import org.w3id.normgraph.lexicon.ActorKind;
import org.w3id.normgraph.lexicon.ReferenceData;

/** The reference data as RDF: every State, group and participant, with names, codes and Wikidata identity. */
public final class ReferenceGraph {

    static final String ZH = "zh-Hans";
    static final String EN = "en";
    /** Hand-written reference data in Turtle: forums, and the organizations and instruments that texts name. */
    private static final List<String> TURTLE_FILES = List.of("/reference/forums.ttl",
            "/reference/organizations-and-instruments.ttl");
    private static final Map<String, String> MEMBERSHIP = Map.of("yes", "member", "observer", "observer",
            "no", "non-member");

    private ReferenceGraph() {
    }

    public static Model of(ReferenceData data) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        for (Actor actor : data.actors()) {
            Resource r = model.createResource(Iris.actor(actor));
            r.addProperty(RDF.type, switch (actor.kind()) {
                case STATE -> NG.State;
                case GROUP -> NG.Group;
                case TERRITORY -> NG.Territory;
                case PERSON -> NG.Office;
                case ORGANIZATION -> NG.Organization;
                case REPORT -> NG.Report;
            });
            r.addProperty(RDFS.label, actor.nameZh(), ZH).addProperty(RDFS.label, actor.nameEn(), EN);
            r.addProperty(SKOS.prefLabel, actor.nameZh(), ZH).addProperty(SKOS.prefLabel, actor.nameEn(), EN);
            actor.nameZhVariants().stream().filter(n -> !n.equals(actor.nameZh()))
                    .forEach(n -> r.addProperty(SKOS.altLabel, n, ZH));
            actor.nameEnVariants().stream().filter(n -> !n.equals(actor.nameEn()))
                    .forEach(n -> r.addProperty(SKOS.altLabel, n, EN));
            if (!actor.wikidata().isBlank()) {
                r.addProperty(OWL.sameAs, model.createResource(Iris.wikidata(actor.wikidata())));
            }
            if (actor.kind() == ActorKind.GROUP) {
                r.addProperty(NG.groupCode, actor.code());
                for (String member : actor.memberCodes()) {
                    data.actor(ActorKind.STATE, member).ifPresent(state ->
                            r.addProperty(ORG.hasMember, model.createResource(Iris.actor(state))));
                }
                optional(actor, "members_as_of").ifPresent(v -> r.addProperty(NG.membersAsOf, v));
            } else if (actor.kind() == ActorKind.STATE || actor.kind() == ActorKind.TERRITORY) {
                // only States and territories have ISO 3166 codes; offices, organizations and reports have an
                // internal code, which is in their IRI and nowhere else
                r.addProperty(NG.iso3166Alpha3, actor.code());
            }
            optional(actor, "iso2").ifPresent(v -> r.addProperty(NG.iso3166Alpha2, v));
            optional(actor, "m49").ifPresent(v -> r.addProperty(NG.m49Code, v));
            optional(actor, "region").ifPresent(v -> r.addProperty(NG.unRegion, v));
            optional(actor, "subregion").ifPresent(v -> r.addProperty(NG.unSubregion, v));
            optional(actor, "intermediate_region").ifPresent(v -> r.addProperty(NG.unIntermediateRegion, v));
            optional(actor, "un_member").map(MEMBERSHIP::get).ifPresent(v -> r.addProperty(NG.unMembership, v));
            optional(actor, "name_zh_formal").ifPresent(v -> r.addProperty(DCTerms.alternative, v, ZH));
            optional(actor, "name_en_formal").ifPresent(v -> r.addProperty(DCTerms.alternative, v, EN));
            optional(actor, "wikidata_alt").ifPresent(q ->
                    r.addProperty(SKOS.closeMatch, model.createResource(Iris.wikidata(q))));
            r.addProperty(DCTerms.source, model.createResource(Iris.BASE + "reference/"
                    + (actor.kind() == ActorKind.STATE ? "states.csv" : actor.kind() == ActorKind.GROUP
                            ? "groups.csv" : "participants.csv")));
        }
        for (String file : TURTLE_FILES) {
            try (InputStream in = ReferenceGraph.class.getResourceAsStream(file)) {
                RDFDataMgr.read(model, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return model;
    }

    private static java.util.Optional<String> optional(Actor actor, String attribute) {
        return java.util.Optional.ofNullable(actor.attributes().get(attribute));
    }
}
