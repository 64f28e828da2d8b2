package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes that every output of normgraph declares. */
public final class Prefixes {

    private Prefixes() {
    }

    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("wd", Iris.WIKIDATA_ENTITY)
            .setNsPrefix("state", Iris.ID + "state/")
            .setNsPrefix("group", Iris.ID + "group/")
            .setNsPrefix("provision", Iris.ID + "provision/")
            .lock();

    public static void set(PrefixMapping target) {
        target.setNsPrefixes(STANDARD);
    }
}
