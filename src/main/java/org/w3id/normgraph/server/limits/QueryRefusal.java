package org.w3id.normgraph.server.limits;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query that the server stops while it runs, for a reason the client is told with {@link #status()}: a SERVICE
 * call it may not make, a string longer than any answer, an expression that would run until the time wall. It is a
 * cancellation in ARQ's terms because ARQ lets only cancellations through a {@code FILTER}: any other exception there
 * is logged with its stack trace and taken as false, once for every row the filter sees.
 */
public class QueryRefusal extends QueryCancelledException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String reason;

    QueryRefusal(int status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    /** The HTTP status the client gets. */
    int status() {
        return status;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    /** No stack: it is an answer to the client, never logged as a fault. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
