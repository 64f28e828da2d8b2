package org.w3id.normgraph.server.data;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.ServletContext;

/** The dataset that the Fuseki configuration serves as {@code /normgraph}, for normgraph's own servlets. */
public final class ServedData {

    /** The dataset's name in the Fuseki configuration: its endpoint is {@code /normgraph/sparql}. */
    public static final String DATASET = "normgraph";

    private ServedData() {
    }

    public static DatasetGraph of(ServletContext context) {
        DataAccessPoint access = DataAccessPointRegistry.get(context).get("/" + DATASET);
        if (access == null) {
            throw new IllegalStateException("the Fuseki configuration serves no dataset /" + DATASET);
        }
        return access.getDataService().getDataset();
    }
}
