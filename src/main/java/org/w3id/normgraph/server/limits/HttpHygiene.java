package org.w3id.normgraph.server.limits;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request to the public server goes through, whatever page or endpoint it is for: only GET, HEAD,
 * POST and OPTIONS (anything else, TRACE included, gets 405), HEAD on a query endpoint answered as GET
 * ({@link HeadAsGet}); a request line and headers of at most {@value #MAX_REQUEST_HEAD_BYTES} bytes (Jetty
 * answers 414 or 431, see {@link #guard}); a query string that is percent-encoded UTF-8; POST bodies no larger
 * than the limit, chunked or not, read whole before Fuseki sees them ({@link BufferedRequest}); the security
 * headers (a Content-Security-Policy that lets pages load scripts and styles only from this server and run no
 * inline script), on Jetty's own error pages too ({@link ErrorPages}); CORS for other sites' pages, when on; the
 * health and readiness checks of {@link HealthProbes}, readiness also at {@value #READY_PATH}, and 503 to every
 * other request until the served version has been checked; and one log line per request. A client's error gets a
 * 4xx with one line of plain text, never a 500.
 */
public final class HttpHygiene implements Filter {

    public static final String READY_PATH = "/$/ready";
    /** Fuseki's liveness check, answered while the server starts too. */
    private static final String FUSEKI_PING = "/$/ping";
    /** The request line and headers together, URL included. */
    public static final int MAX_REQUEST_HEAD_BYTES = 8 * 1024;
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Logger LOG = LoggerFactory.getLogger("normgraph.request");

    private final ServerLimits limits;
    /** The paths of Fuseki's query endpoints, where HEAD is answered as GET. */
    private final Set<String> queryEndpoints = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final HealthProbes probes = new HealthProbes();
    private volatile boolean draining;
    /** Whether every query slot is held by a query that outran the wall and whose thread has not stopped yet. */
    private volatile BooleanSupplier jammed = () -> false;
    /** The requests that began since the server last switched database versions. */
    private volatile AtomicInteger generation = new AtomicInteger();

    /** The health and readiness checks, which the server tells what version it serves. */
    public HealthProbes probes() {
        return probes;
    }

    /** Makes the readiness check answer {@code 503 jammed} while {@code whenJammed} says so. */
    public void reportJammed(BooleanSupplier whenJammed) {
        this.jammed = whenJammed;
    }

    public HttpHygiene(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long start = System.nanoTime();
        AtomicInteger started = generation;
        started.incrementAndGet();
        inFlight.incrementAndGet();
        try {
            handle(request, response, chain);
        } finally {
            inFlight.decrementAndGet();
            started.decrementAndGet();
            Object rows = request.getAttribute(LimitedQueryProcessor.ROWS);
            LOG.info("{} {} {} {} ms{}", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000, rows == null ? "" : " " + rows + " rows");
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(limits.cors(), response::setHeader);
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!METHODS.contains(method)) {
            response.setHeader("Allow", ALLOWED_METHODS);
            PlainText.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method " + method
                    + " is not allowed here; this read-only server answers " + ALLOWED_METHODS + "\n");
            return;
        }
        if (method.equals("OPTIONS")) {
            response.setHeader("Allow", ALLOWED_METHODS);
            if (limits.cors()) {
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Accept-Language");
                response.setHeader("Access-Control-Max-Age", "86400");
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (probes.answer(path, response, draining, jammed.getAsBoolean())) {
            return;
        }
        if (draining) {
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", "5");
            PlainText.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "This server is shutting down\n");
            return;
        }
        if (!probes.started() && !path.equals(FUSEKI_PING)) {
            response.setHeader("Retry-After", "1");
            PlainText.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "This server is starting: it is checking its database\n");
            return;
        }
        String query = request.getQueryString();
        if (query != null && !UrlEncoding.isValidQueryString(query)) {
            PlainText.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The query string cannot be read: it is not percent-encoded UTF-8\n");
            return;
        }
        if (method.equals("HEAD") && queryEndpoints.contains(path)) {
            HeadAsGet.Bodiless bodiless = new HeadAsGet.Bodiless(response);
            chain.doFilter(new HeadAsGet(request), bodiless);
            bodiless.finish();
            return;
        }
        if (!method.equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > limits.maxRequestBytes()) {
            response.setHeader("Connection", "close");
            PlainText.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    String.format(Locale.ROOT, "The request body has %,d bytes; this server takes at most %,d%n",
                            length, limits.maxRequestBytes()));
            return;
        }
        BufferedRequest read;
        try {
            read = BufferedRequest.read(request, limits.maxRequestBytes());
        } catch (BufferedRequest.Refusal refusal) {
            if (refusal.status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                // The rest of the body is never read: the connection cannot carry another request.
                response.setHeader("Connection", "close");
            }
            PlainText.send(response, refusal.status, refusal.getMessage());
            return;
        }
        chain.doFilter(read, response);
    }

    /** The headers that every response carries, Jetty's own error pages included. */
    static void securityHeaders(boolean cors, BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Frame-Options", "DENY");
        if (cors) {
            header.accept("Access-Control-Allow-Origin", "*");
        }
    }

    /**
     * Sets on {@code server}'s Jetty what Jetty checks before any filter runs: the size of the request line and
     * headers, forms and Jetty's own error pages; and no {@code Server} header. Learns where the query endpoints are.
     */
    public void guard(FusekiServer server) {
        for (DataAccessPoint access : server.getDataAccessPointRegistry().accessPoints()) {
            for (Endpoint endpoint : access.getDataService().getEndpoints(Operation.Query)) {
                if (!endpoint.isUnnamed()) {
                    queryEndpoints.add(access.getName() + "/" + endpoint.getName());
                }
            }
        }
        for (Connector connector : server.getJettyServer().getConnectors()) {
            for (ConnectionFactory factory : connector.getConnectionFactories()) {
                if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                    // Fuseki sets 512 KiB, so that a query fits in a GET's URL; a longer one can be POSTed.
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES);
                    http.getHttpConfiguration().setSendServerVersion(false);
                    http.getHttpConfiguration().setSendXPoweredBy(false);
                }
            }
        }
        ErrorPages errorPages = new ErrorPages(limits.cors());
        server.getJettyServer().setErrorHandler(errorPages);
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(server.getServletContext());
        context.setErrorHandler(errorPages);
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
    }

    /**
     * Turns away new requests and waits until those running have ended, at most {@code graceSeconds}; true if
     * they all ended.
     */
    public boolean drain(int graceSeconds) {
        draining = true;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return inFlight.get() == 0;
    }

    /**
     * Waits until every request that began before this call has ended, at most {@code nanos}; true if they did.
     * The server calls it after it has sent new requests to a new database version, before closing the old one.
     */
    public boolean awaitEarlierRequests(long nanos) {
        AtomicInteger earlier = generation;
        generation = new AtomicInteger();
        long end = System.nanoTime() + nanos;
        while (earlier.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return earlier.get() == 0;
    }
}
