package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.data.ServedDump;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The pages for people at the server's root: the landing page ({@code /}), the SPARQL editor ({@code /query}), the
 * views ({@code /views}, {@code /views/timeline}, {@code /views/stance-map}) and their style sheet and scripts
 * ({@code /assets/…}, vendored libraries included). The resource pages under {@code /id/…} share their header.
 */
public final class Site {

    private Site() {
    }

    /**
     * Adds the site's servlets to {@code builder}; {@code dump} is the served dump that the landing page cites,
     * {@code serviceHosts} the endpoints that SERVICE may call, which the query page names before such a query runs.
     */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, ServedDump dump,
            List<String> serviceHosts) {
        SiteServlet pages = new SiteServlet(dump, serviceHosts);
        return builder.addServlet(AssetServlet.PATH + "*", new AssetServlet())
                // "" is the servlet mapping of the root path alone, so the datasets' own paths stay Fuseki's.
                .addServlet("", pages)
                .addServlet(SiteServlet.QUERY, pages)
                .addServlet(SiteServlet.VIEWS, pages)
                .addServlet(SiteServlet.VIEWS + "/*", pages);
    }
}
