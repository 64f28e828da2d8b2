package org.w3id.normgraph.server.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What load balancers and Kubernetes ask a server: {@value #HEALTH_PATH} answers 200 while the process lives;
 * {@value #READY_PATH} answers 200 with the served version's id once the database is open and has answered a
 * query, and 503 with the reason before that ({@code starting}), while the server drains for shutdown
 * ({@code draining}) or while every query slot is held by a query past its wall ({@code jammed}). Its body is a
 * small JSON object: {@code {"status":"ready","version":"…"}}. {@link HttpHygiene#READY_PATH} answers the same in
 * plain text.
 */
public final class HealthProbes {

    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";

    /** The id of the version served, or null while none has been checked. */
    private volatile Supplier<String> servedVersion = () -> null;

    /** Makes the server ready once {@code version} gives the id of the version that it serves. */
    public void reportVersion(Supplier<String> version) {
        this.servedVersion = version;
    }

    /** Whether the database has been opened and checked. */
    public boolean started() {
        return servedVersion.get() != null;
    }

    /** Answers {@code path} if it is a probe; false if it is not one. */
    boolean answer(String path, HttpServletResponse response, boolean draining, boolean jammed) throws IOException {
        if (path.equals(HEALTH_PATH)) {
            PlainText.send(response, HttpServletResponse.SC_OK, "alive\n");
            return true;
        }
        if (!path.equals(READY_PATH) && !path.equals(HttpHygiene.READY_PATH)) {
            return false;
        }
        String version = servedVersion.get();
        String state = draining ? "draining" : jammed ? "jammed" : version == null ? "starting" : "ready";
        int status = state.equals("ready") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        if (version != null) {
            response.setHeader(ServedVersion.HEADER, version);
        }
        response.setHeader("Cache-Control", "no-store");
        if (path.equals(HttpHygiene.READY_PATH)) {
            PlainText.send(response, status, state + "\n");
            return true;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"status\":\"" + state + "\""
                + (version == null ? "" : ",\"version\":\"" + version + "\"") + "}\n")
                .getBytes(StandardCharsets.US_ASCII));
        return true;
    }
}
