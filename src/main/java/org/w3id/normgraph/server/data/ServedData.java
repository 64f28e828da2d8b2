package org.w3id.normgraph.server.data;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/** The dataset that the Fuseki configuration serves as {@code /normgraph}, for normgraph's own servlets. */
public final class ServedData {

    /** The dataset's name in the Fuseki configuration: its endpoint is {@code /normgraph/sparql}. */
    public static final String DATASET = "normgraph";
    private static final String PINNED = "normgraph.servedData";

    private ServedData() {
    }

    /** The dataset served now. */
    public static DatasetGraph of(ServletContext context) {
        DataAccessPoint access = DataAccessPointRegistry.get(context).get("/" + DATASET);
        if (access == null) {
            throw new IllegalStateException("the Fuseki configuration serves no dataset /" + DATASET);
        }
        return access.getDataService().getDataset();
    }

    /** The dataset that answers {@code request}: the one served when it came in, whatever switch came since. */
    public static DatasetGraph of(HttpServletRequest request) {
        Object pinned = request.getAttribute(PINNED);
        return pinned instanceof DatasetGraph data ? data : of(request.getServletContext());
    }

    /** Makes the dataset served now the one that answers {@code request}, and returns it. */
    static DatasetGraph pin(HttpServletRequest request) {
        DatasetGraph data = of(request.getServletContext());
        request.setAttribute(PINNED, data);
        return data;
    }
}
