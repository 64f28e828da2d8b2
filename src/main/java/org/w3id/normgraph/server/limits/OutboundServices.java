package org.w3id.normgraph.server.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints a {@code SERVICE} clause may make the server call. By default none: ARQ's
 * {@code httpServiceAllowed} is off, so no query can make the server send a request anywhere (into the network
 * it runs in, least of all). With endpoints allowed, a link put first in the dataset's service executor chain
 * refuses every endpoint whose scheme, host and port are not those of an allowed one, after variables are bound,
 * before any request is made; and the HTTP client of SERVICE calls follows no redirect, since a redirect would take
 * the call to a host that was never checked.
 *
 * <p>An allowed endpoint is written {@code HOST} (http on port 80 or https on 443), {@code HOST:PORT} (http or
 * https on that port) or {@code SCHEME://HOST[:PORT]}.
 */
public final class OutboundServices {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    /** The client of every SERVICE call: as ARQ's own, but a redirect is an answer, not a new request. */
    private static final HttpClient NO_REDIRECTS = HttpEnv.httpClientBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private OutboundServices() {
    }

    /** A SERVICE call that was refused: the client's doing, answered 400. */
    static final class Refused extends QueryRefusal {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(400, message);
        }
    }

    /** One endpoint that SERVICE may call: {@code scheme} null for http or https. */
    record Allowed(String scheme, String host, int port) {

        /** Reads {@code HOST}, {@code HOST:PORT} or {@code SCHEME://HOST[:PORT]}. */
        static Allowed parse(String written) {
            String entry = written.strip().toLowerCase(Locale.ROOT);
            boolean hasScheme = entry.contains("://");
            URI uri;
            try {
                uri = URI.create(hasScheme ? entry : "http://" + entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("allowed SERVICE endpoint \"" + written + "\": expected HOST,"
                        + " HOST:PORT or http(s)://HOST[:PORT]");
            }
            if (uri.getHost() == null || hasScheme && !SCHEMES.contains(uri.getScheme())
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
                throw new IllegalArgumentException("allowed SERVICE endpoint \"" + written + "\": expected HOST,"
                        + " HOST:PORT or http(s)://HOST[:PORT]");
            }
            return new Allowed(hasScheme ? uri.getScheme() : null, uri.getHost(), uri.getPort());
        }

        boolean admits(String scheme, String host, int port) {
            if (!this.host.equals(host) || this.scheme != null && !this.scheme.equals(scheme)) {
                return false;
            }
            return this.port == -1 ? port == defaultPort(scheme) : this.port == port;
        }

        @Override
        public String toString() {
            String hostPort = port == -1 ? host : host + ":" + port;
            return scheme == null ? hostPort : scheme + "://" + hostPort;
        }
    }

    /** Lets the queries of the dataset with {@code context} call the endpoints {@code allowedEndpoints} only. */
    public static void install(Context context, List<String> allowedEndpoints) {
        List<Allowed> allowed = allowedEndpoints.stream().map(Allowed::parse).toList();
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        context.set(ARQ.httpQueryClient, NO_REDIRECTS);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink((op, input, execCxt, chain) -> {
            if (op.getService().isConcrete()) {
                check(op.getService(), allowed);
            }
            return chain.createExecution(op, input, execCxt);
        });
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            check(opExecute.getService(), allowed);
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    private static void check(Node service, List<Allowed> allowed) {
        refusalOf(service, allowed).ifPresent(message -> {
            throw new Refused(message);
        });
    }

    /** Why a SERVICE call to {@code service} is refused, or empty if its endpoint is allowed. */
    static Optional<String> refusal(Node service, Collection<String> allowedEndpoints) {
        return refusalOf(service, allowedEndpoints.stream().map(Allowed::parse).toList());
    }

    private static Optional<String> refusalOf(Node service, List<Allowed> allowed) {
        URI uri = null;
        if (service.isURI()) {
            try {
                uri = URI.create(service.getURI());
            } catch (IllegalArgumentException e) {
                uri = null;
            }
        }
        if (uri != null && uri.getScheme() != null && uri.getHost() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
            if (SCHEMES.contains(scheme) && allowed.stream().anyMatch(a -> a.admits(scheme, host, port))) {
                return Optional.empty();
            }
        }
        return Optional.of("SERVICE " + service + " refused: this server calls no other endpoint"
                + (allowed.isEmpty() ? "" : " but " + String.join(", ", allowed.stream().map(Allowed::toString)
                        .sorted().toList())));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
