package org.w3id.normgraph.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that normgraph uses; Jena has no vocabulary class for it. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
}
