package org.w3id.normgraph.server.data;

import java.io.IOException;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.normgraph.server.limits.ServedVersion;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Ties each request to one version of the database: the version served when the request comes in answers it
 * whole, and its id is in the answer's {@value ServedVersion#HEADER} header. normgraph's own pages, dumps and
 * exports read the version pinned here ({@link ServedData#of(HttpServletRequest)}); SPARQL answers are labelled
 * again with the dataset that Fuseki picked, the same one unless the server switched versions in between.
 */
public final class VersionLabel implements Filter {

    private static final Query TRIVIAL = QueryFactory.create("ASK { ?s ?p ?o }");

    /**
     * Checks that {@code data} is open and answers a query, computes its id from its dump (which {@code dump} then
     * keeps for {@code /dump/}), marks the dataset with it and returns it.
     */
    public static String check(DatasetGraph data, ServedDump dump) {
        Txn.executeRead(data, () -> {
            try (QueryExec exec = QueryExec.dataset(data).query(TRIVIAL).build()) {
                exec.ask();
            }
        });
        String id = ServedVersion.idOf(dump.sha256(data));
        ServedVersion.mark(data, id);
        return id;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DatasetGraph data = ServedData.pin((HttpServletRequest) request);
        ServedVersion.label((HttpServletResponse) response, data);
        chain.doFilter(request, response);
    }
}
