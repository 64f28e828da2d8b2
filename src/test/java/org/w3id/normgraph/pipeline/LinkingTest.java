package org.w3id.normgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.normgraph.SharedData;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;

/** Actors must be described in the reference graph; group stances with member States reach the members. */
class LinkingTest {

    private static final String DOCUMENT = "icann-ge-un-cyber-processes-2021-2023";
    private static final String ARTICLE_10_BIS = Iris.ID + "provision/ahc-dtc-2023-09-02/article-10-bis";
    /** The EU's position on line 1696: 欧盟及其成员国……反对将该条款纳入公约. */
    private static final String EU_OPPOSES_10_BIS = Iris.ID + "position/" + DOCUMENT
            + "/ahc-dtc-2023-09-02/article-10-bis/opposes/group-EU";

    private static Dataset built;

    @BeforeAll
    static void build() {
        built = GraphBuild.fromCorpus(Path.of("corpus"), message -> { });
    }

    private static Dataset copyOfBuilt() {
        Dataset copy = DatasetFactory.create();
        built.listModelNames().forEachRemaining(name ->
                copy.addNamedModel(name.getURI(), ModelFactory.createDefaultModel()
                        .add(built.getNamedModel(name.getURI()))));
        return copy;
    }

    @Test
    void anActorMissingFromTheReferenceDataIsABuildErrorNamingItAndTheDocument() {
        Dataset dataset = copyOfBuilt();
        Model facts = dataset.getNamedModel(Iris.extractedGraph(DOCUMENT));
        Resource atlantis = facts.createResource(Iris.ID + "state/ATL");
        atlantis.addProperty(NG.opposes, facts.createResource(ARTICLE_10_BIS));
        facts.createResource(Iris.ID + "position/test/atlantis").addProperty(RDF.type, NG.Position)
                .addProperty(NG.holder, atlantis).addLiteral(NG.actorLine, 1697L);

        BuildException error = assertThrows(BuildException.class, () -> Linking.requireDescribedActors(dataset));
        assertTrue(error.getMessage().contains("<https://w3id.org/normgraph/id/state/ATL>"), error.getMessage());
        assertTrue(error.getMessage().contains("document " + DOCUMENT), error.getMessage());
        assertTrue(error.getMessage().contains("on line 1697"), error.getMessage());
        assertTrue(error.getMessage().contains("states.csv"), error.getMessage());
    }

    @Test
    void everyActorOfTheCorpusIsDescribed() {
        Linking.requireDescribedActors(built); // the build itself ran this; here it must pass again unchanged
        assertTrue(built.getNamedModel(Iris.REFERENCE_GRAPH).contains(
                built.getNamedModel(Iris.REFERENCE_GRAPH).createResource(Iris.ID + "territory/MAC"), RDF.type));
    }

    private static Set<String> derivedHoldersOf(String groupPosition) {
        Model derived = built.getNamedModel(Iris.MEMBER_STANCES_GRAPH);
        return derived.listResourcesWithProperty(PROV.wasDerivedFrom, derived.createResource(groupPosition))
                .toList().stream().map(p -> p.getPropertyResourceValue(NG.holder).getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theEuropeanUnionsOppositionToArticle10bisReachesItsTwentySevenMembers() {
        Set<String> expected = SharedData.members("EU").stream().map(code -> Iris.ID + "state/" + code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(27, expected.size());
        assertEquals(expected, derivedHoldersOf(EU_OPPOSES_10_BIS));

        Model derived = built.getNamedModel(Iris.MEMBER_STANCES_GRAPH);
        Resource austria = derived.createResource(Iris.memberPosition(EU_OPPOSES_10_BIS, Iris.ID + "state/AUT"));
        assertTrue(derived.contains(austria, RDF.type, NG.DerivedPosition));
        assertTrue(derived.contains(austria, NG.relation, NG.opposes));
        assertTrue(derived.contains(austria, NG.about, derived.createResource(ARTICLE_10_BIS)));
        assertTrue(derived.contains(austria, NG.viaGroup, derived.createResource(Iris.ID + "group/EU")));
        assertTrue(derived.contains(derived.createResource(Iris.ID + "state/AUT"), NG.opposes,
                derived.createResource(ARTICLE_10_BIS)));
    }

    @Test
    void onlyPositionsWithMemberStatesAreDerivedAndTheGraphsStayApart() {
        // The expected stances list six positions of 欧盟及其成员国 (articles 72, 10 bis, 10 ter, 15 septies, 21 and
        // 36 1 bis) and none of another group with its members; each reaches the EU's 27 members.
        // The Secretary-General's report adds the EU's reply, whose stances are those of 欧洲联盟及其成员国 too.
        Model derived = built.getNamedModel(Iris.MEMBER_STANCES_GRAPH);
        List<RDFNode> sources = derived.listObjectsOfProperty(PROV.wasDerivedFrom).toList();
        String draftPositions = Iris.ID + "position/" + DOCUMENT + "/";
        assertEquals(6, sources.stream().filter(s -> s.asResource().getURI().startsWith(draftPositions)).count());
        long withMembers = built.getUnionModel().listStatements(null, NG.withMemberStates, (RDFNode) null).toList()
                .stream().filter(s -> s.getBoolean()).count();
        assertEquals(withMembers, sources.size());
        assertEquals(withMembers * 27, derived.listResourcesWithProperty(RDF.type, NG.DerivedPosition).toList().size());
        assertTrue(derived.listResourcesWithProperty(RDF.type, NG.Position).toList().isEmpty());
        assertTrue(built.getNamedModel(Iris.extractedGraph(DOCUMENT))
                .listResourcesWithProperty(RDF.type, NG.DerivedPosition).toList().isEmpty());
    }

    @Test
    void aDerivedPositionThatDoesNotFollowFromItsSourceBreaksTheShapes() {
        Dataset dataset = copyOfBuilt();
        Model derived = dataset.getNamedModel(Iris.MEMBER_STANCES_GRAPH);
        Resource usa = derived.createResource(Iris.ID + "state/USA"); // not a member of the EU
        usa.addProperty(NG.opposes, derived.createResource(ARTICLE_10_BIS));
        derived.createResource(Iris.memberPosition(EU_OPPOSES_10_BIS, usa.getURI()))
                .addProperty(RDF.type, NG.DerivedPosition).addProperty(NG.holder, usa)
                .addProperty(NG.relation, NG.opposes).addProperty(NG.about, derived.createResource(ARTICLE_10_BIS))
                .addProperty(NG.viaGroup, derived.createResource(Iris.ID + "group/EU"))
                .addProperty(PROV.wasDerivedFrom, derived.createResource(EU_OPPOSES_10_BIS));

        BuildException error = assertThrows(BuildException.class, () -> GraphChecks.validate(dataset));
        assertTrue(error.getMessage().contains("does not follow from its source"), error.getMessage());
    }
}
