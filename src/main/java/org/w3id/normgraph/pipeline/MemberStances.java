package org.w3id.normgraph.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import org.w3id.normgraph.rdf.Prefixes;

/**
 * Passes a group's stance on to its members where the source names the group together with its member States
 * (欧盟及其成员国, "the European Union and its member States", recorded as {@code ng:withMemberStates true}). Each
 * member gets the direct edge and an {@code ng:DerivedPosition} that points to the group's position, whose
 * evidence is the source. Members are the group's {@code org:hasMember} list in the reference data.
 */
final class MemberStances {

    private static final String GROUP_POSITIONS_WITH_MEMBERS = """
            PREFIX ng:  <https://w3id.org/normgraph/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?position ?group ?relation ?about ?member WHERE {
              ?position a ng:Position ; ng:withMemberStates true ;
                        ng:holder ?group ; ng:relation ?relation ; ng:about ?about .
              ?group org:hasMember ?member .
            }
            ORDER BY ?position ?member""";

    private MemberStances() {
    }

    /** The derived graph, computed from the positions and the reference data already in {@code dataset}. */
    static Model derive(Dataset dataset) {
        return derive(dataset.getUnionModel());
    }

    /** The derived graph, from the positions and the groups' members in {@code facts}. */
    static Model derive(Model facts) {
        Model derived = ModelFactory.createDefaultModel();
        Prefixes.set(derived);
        try (QueryExecution execution = QueryExecution.model(facts)
                .query(GROUP_POSITIONS_WITH_MEMBERS).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Resource groupPosition = row.getResource("position");
                Resource member = derived.createResource(row.getResource("member").getURI());
                Property relation = derived.createProperty(row.getResource("relation").getURI());
                Resource about = row.getResource("about");
                member.addProperty(relation, about);
                derived.createResource(Iris.memberPosition(groupPosition.getURI(), member.getURI()))
                        .addProperty(RDF.type, NG.DerivedPosition)
                        .addProperty(NG.holder, member)
                        .addProperty(NG.relation, relation)
                        .addProperty(NG.about, about)
                        .addProperty(NG.viaGroup, row.getResource("group"))
                        .addProperty(PROV.wasDerivedFrom, groupPosition);
            }
        }
        return derived;
    }
}
