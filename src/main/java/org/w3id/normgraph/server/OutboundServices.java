package org.w3id.normgraph.server;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which hosts a {@code SERVICE} clause may make the server call. By default none: ARQ's
 * {@code httpServiceAllowed} is off, so no query can make the server send a request anywhere (into the network
 * it runs in, least of all). With hosts allowed, a link put first in the dataset's service executor chain refuses
 * every endpoint whose host is not one of them, after variables are bound, before any request is made.
 */
final class OutboundServices {

    private OutboundServices() {
    }

    /** A SERVICE call that was refused: the client's doing, answered 400. */
    static final class Refused extends QueryExecException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static void install(Context context, List<String> allowedHosts) {
        Set<String> allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
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

    private static void check(Node service, Set<String> allowed) {
        refusal(service, allowed).ifPresent(message -> {
            throw new Refused(message);
        });
    }

    /** Why a SERVICE call to {@code service} is refused, or empty if its host is allowed. */
    static Optional<String> refusal(Node service, Collection<String> allowedHosts) {
        Set<String> allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String host = null;
        if (service.isURI()) {
            try {
                host = URI.create(service.getURI()).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
        }
        if (host == null || !allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("SERVICE " + service + " refused: this server calls no other host"
                    + (allowed.isEmpty() ? "" : " but " + String.join(", ", allowed.stream().sorted().toList())));
        }
        return Optional.empty();
    }
}
