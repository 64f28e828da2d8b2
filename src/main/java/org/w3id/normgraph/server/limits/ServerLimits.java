package org.w3id.normgraph.server.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * What one public client may make the server do: how long a query may run, how large its answer and its request
 * may be, how many queries run at once and how long others wait for a turn, which hosts a {@code SERVICE} clause
 * may call, whether other sites' pages may query, how many bytes of answers to repeated queries it keeps
 * ({@link AnswerCache}), and how long a stopping server lets running queries finish.
 * They are read from the {@code fuseki:Server} resource of the Fuseki configuration ({@code arq:queryTimeout} in
 * its {@code ja:context}, the others as {@code ngs:} properties); {@code serve}'s flags override them.
 */
public record ServerLimits(int timeoutSeconds, long maxResultRows, long maxResultBytes, int maxConcurrentQueries,
        int maxQueuedQueries, int queueWaitSeconds, long maxRequestBytes, int gracePeriodSeconds,
        List<String> allowedServiceHosts, boolean cors, long answerCacheBytes) {

    public static final String NS = "https://w3id.org/normgraph/server#";
    private static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";
    private static final String JA_NS = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String ARQ_TIMEOUT = "arq:queryTimeout";

    /** Used for whatever the configuration does not say. */
    public static final ServerLimits DEFAULTS = new ServerLimits(30, 100_000, 16L << 20, 8, 32, 10, 128L << 10, 20,
            List.of(), true, 64L << 20);

    public ServerLimits {
        allowedServiceHosts = List.copyOf(allowedServiceHosts);
        allowedServiceHosts.forEach(OutboundServices.Allowed::parse);
        positive("timeout", timeoutSeconds);
        positive("ngs:maxResultRows", maxResultRows);
        positive("ngs:maxResultBytes", maxResultBytes);
        positive("ngs:maxConcurrentQueries", maxConcurrentQueries);
        positive("ngs:maxRequestBytes", maxRequestBytes);
        if (maxQueuedQueries < 0 || queueWaitSeconds < 0 || gracePeriodSeconds < 0 || answerCacheBytes < 0) {
            throw new IllegalArgumentException("ngs:maxQueuedQueries, ngs:queueWaitSeconds, ngs:gracePeriodSeconds"
                    + " and ngs:answerCacheBytes must not be negative");
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, found " + value);
        }
    }

    /** The limits that the {@code fuseki:Server} resource of {@code config} states, defaults for the rest. */
    public static ServerLimits fromConfig(Model config) {
        Resource server = config.listResourcesWithProperty(RDF.type, config.createResource(FUSEKI_NS + "Server"))
                .nextOptional().orElse(null);
        if (server == null) {
            return DEFAULTS;
        }
        ServerLimits d = DEFAULTS;
        int timeout = d.timeoutSeconds;
        String timeoutMillis = arqTimeout(config, server);
        if (timeoutMillis != null) {
            timeout = (int) Math.max(1, Math.round(Double.parseDouble(timeoutMillis.split(",")[0].trim()) / 1000));
        }
        List<String> hosts = new ArrayList<>();
        server.listProperties(config.createProperty(NS, "allowServiceHost"))
                .forEachRemaining(s -> hosts.add(s.getString()));
        return new ServerLimits(timeout,
                number(server, "maxResultRows", d.maxResultRows),
                number(server, "maxResultBytes", d.maxResultBytes),
                (int) number(server, "maxConcurrentQueries", d.maxConcurrentQueries),
                (int) number(server, "maxQueuedQueries", d.maxQueuedQueries),
                (int) number(server, "queueWaitSeconds", d.queueWaitSeconds),
                number(server, "maxRequestBytes", d.maxRequestBytes),
                (int) number(server, "gracePeriodSeconds", d.gracePeriodSeconds),
                hosts,
                server.hasProperty(config.createProperty(NS, "cors"))
                        ? server.getProperty(config.createProperty(NS, "cors")).getBoolean() : d.cors,
                number(server, "answerCacheBytes", d.answerCacheBytes));
    }

    private static String arqTimeout(Model config, Resource server) {
        Property context = config.createProperty(JA_NS, "context");
        Property name = config.createProperty(JA_NS, "cxtName");
        Property value = config.createProperty(JA_NS, "cxtValue");
        for (Statement s : server.listProperties(context).toList()) {
            Resource entry = s.getResource();
            if (entry.hasProperty(name) && entry.getProperty(name).getString().equals(ARQ_TIMEOUT)
                    && entry.hasProperty(value)) {
                return entry.getProperty(value).getString();
            }
        }
        return null;
    }

    private static long number(Resource server, String local, long fallback) {
        Statement s = server.getProperty(server.getModel().createProperty(NS, local));
        if (s == null) {
            return fallback;
        }
        RDFNode o = s.getObject();
        if (!o.isLiteral()) {
            throw new IllegalArgumentException("ngs:" + local + " must be a number, found " + o);
        }
        return o.asLiteral().getLong();
    }

    /** Writes the ARQ timeout (milliseconds) into the server's {@code ja:context}, so that ARQ cancels as well. */
    public void writeArqTimeout(Model config) {
        Resource server = config.listResourcesWithProperty(RDF.type, config.createResource(FUSEKI_NS + "Server"))
                .nextOptional().orElseGet(() -> config.createResource().addProperty(RDF.type,
                        config.createResource(FUSEKI_NS + "Server")));
        Property context = config.createProperty(JA_NS, "context");
        Property name = config.createProperty(JA_NS, "cxtName");
        for (Statement s : server.listProperties(context).toList()) {
            if (s.getObject().isResource() && s.getResource().hasProperty(name)
                    && s.getResource().getProperty(name).getString().equals(ARQ_TIMEOUT)) {
                s.getResource().removeProperties();
                s.remove();
            }
        }
        Resource entry = config.createResource().addProperty(name, ARQ_TIMEOUT)
                .addProperty(config.createProperty(JA_NS, "cxtValue"), Long.toString(timeoutSeconds * 1000L));
        server.addProperty(context, entry);
    }

    public ServerLimits withTimeoutSeconds(int seconds) {
        return new ServerLimits(seconds, maxResultRows, maxResultBytes, maxConcurrentQueries, maxQueuedQueries,
                queueWaitSeconds, maxRequestBytes, gracePeriodSeconds, allowedServiceHosts, cors,
                answerCacheBytes);
    }

    public ServerLimits withAllowedServiceHosts(List<String> hosts) {
        return new ServerLimits(timeoutSeconds, maxResultRows, maxResultBytes, maxConcurrentQueries, maxQueuedQueries,
                queueWaitSeconds, maxRequestBytes, gracePeriodSeconds, hosts, cors, answerCacheBytes);
    }

    public ServerLimits withCors(boolean enabled) {
        return new ServerLimits(timeoutSeconds, maxResultRows, maxResultBytes, maxConcurrentQueries, maxQueuedQueries,
                queueWaitSeconds, maxRequestBytes, gracePeriodSeconds, allowedServiceHosts, enabled,
                answerCacheBytes);
    }

    public ServerLimits withConcurrency(int running, int queued, int waitSeconds) {
        return new ServerLimits(timeoutSeconds, maxResultRows, maxResultBytes, running, queued, waitSeconds,
                maxRequestBytes, gracePeriodSeconds, allowedServiceHosts, cors,
                answerCacheBytes);
    }

    /** {@code bytes} 0 keeps no answer. */
    public ServerLimits withAnswerCacheBytes(long bytes) {
        return new ServerLimits(timeoutSeconds, maxResultRows, maxResultBytes, maxConcurrentQueries, maxQueuedQueries,
                queueWaitSeconds, maxRequestBytes, gracePeriodSeconds, allowedServiceHosts, cors, bytes);
    }

    public ServerLimits withResultCaps(long rows, long bytes) {
        return new ServerLimits(timeoutSeconds, rows, bytes, maxConcurrentQueries, maxQueuedQueries, queueWaitSeconds,
                maxRequestBytes, gracePeriodSeconds, allowedServiceHosts, cors,
                answerCacheBytes);
    }

    /** The limits as lines for a person starting the server. */
    public List<String> describe() {
        return List.of(
                String.format(Locale.ROOT, "query timeout %d s (a query still running %d s later is answered 503 and"
                        + " stopped)", timeoutSeconds, timeoutSeconds + QueryGate.HARD_WALL_EXTRA_SECONDS),
                String.format(Locale.ROOT, "answers of at most %,d rows and %,d bytes of values", maxResultRows,
                        maxResultBytes),
                String.format(Locale.ROOT, "%d queries at once, %d more waiting up to %d s, then 503 Retry-After",
                        maxConcurrentQueries, maxQueuedQueries, queueWaitSeconds),
                String.format(Locale.ROOT, "request bodies of at most %,d bytes (chunked too); request line and"
                        + " headers of at most %,d bytes", maxRequestBytes, HttpHygiene.MAX_REQUEST_HEAD_BYTES),
                String.format(Locale.ROOT, "strings built by a query at most %,d characters; queries nested at most"
                        + " %d deep", maxResultBytes, QueryNesting.MAX_DEPTH),
                "SERVICE " + (allowedServiceHosts.isEmpty() ? "refused (no endpoint allowed)"
                        : "allowed only to " + String.join(", ", allowedServiceHosts) + ", following no redirect"),
                "CORS " + (cors ? "on (Access-Control-Allow-Origin: *)" : "off"),
                answerCacheBytes == 0 ? "answers to repeated GET queries: not kept"
                        : String.format(Locale.ROOT, "answers to repeated GET queries kept, up to %d MiB in all, until"
                                + " the version served changes", answerCacheBytes >> 20),
                String.format(Locale.ROOT, "on SIGTERM, running queries get %d s to finish", gracePeriodSeconds),
                String.format(Locale.ROOT, "max heap %d MiB", Runtime.getRuntime().maxMemory() >> 20));
    }
}
