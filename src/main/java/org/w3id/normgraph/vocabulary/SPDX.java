package org.w3id.normgraph.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of SPDX 2.3 that DCAT 3 uses for checksums of distributions; Jena has no vocabulary class for it. */
public final class SPDX {

    public static final String NS = "http://spdx.org/rdf/terms#";

    private SPDX() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");
    public static final Resource checksumAlgorithm_sha256 =
            ResourceFactory.createResource(NS + "checksumAlgorithm_sha256");
    public static final Property checksum = ResourceFactory.createProperty(NS, "checksum");
    public static final Property algorithm = ResourceFactory.createProperty(NS, "algorithm");
    public static final Property checksumValue = ResourceFactory.createProperty(NS, "checksumValue");
}
