package org.w3id.normgraph.server.limits;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.exec.QueryExec;
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
 * Admission and a hard time wall for SPARQL queries. At most {@code maxConcurrentQueries} run at once; up to
 * {@code maxQueuedQueries} more wait up to {@code queueWaitSeconds} for a turn, and any other gets
 * {@code 503 Retry-After}. A running query is watched: when its client closes the connection, it is aborted;
 * when it is still running {@value #HARD_WALL_EXTRA_SECONDS} s after the timeout (ARQ's own timeout cancels most
 * queries at the timeout), it is aborted and the client gets a 503 at once; a thread that still does not stop
 * (ARQ cannot cancel a regular expression that backtracks without end) is stopped
 * {@value #STOP_AFTER_SECONDS} s later, outside the store's and the index's code, and keeps its slot until then.
 */
public final class QueryGate implements Filter {

    public static final int HARD_WALL_EXTRA_SECONDS = 1;
    public static final int STOP_AFTER_SECONDS = 5;
    private static final long WATCH_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger("normgraph.request");

    private final ServerLimits limits;
    private final String datasetPath;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    /** Where aborts run, so that one that waits for a lock never holds up the watchdog. */
    private final ExecutorService aborter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "normgraph-query-abort");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "normgraph-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    public QueryGate(ServerLimits limits, String datasetPath) {
        this.limits = limits;
        this.datasetPath = datasetPath;
        this.running = new Semaphore(limits.maxConcurrentQueries(), true);
        watchdog.scheduleWithFixedDelay(this::sweep, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean query = addressesDataset(request, datasetPath)
                && (request.getMethod().equals("GET") || request.getMethod().equals("POST"));
        if (!query) {
            chain.doFilter(request, response);
            return;
        }
        if (!admit()) {
            busy(response);
            return;
        }
        try {
            watched(request, response, chain);
        } finally {
            running.release();
        }
    }

    /** Whether the request is for the dataset at {@code datasetPath} or one of its endpoints. */
    static boolean addressesDataset(HttpServletRequest request, String datasetPath) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(datasetPath) || path.startsWith(datasetPath + "/");
    }

    private boolean admit() {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limits.maxQueuedQueries()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(limits.queueWaitSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(Math.max(1, limits.queueWaitSeconds())));
        PlainText.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, String.format(Locale.ROOT,
                "Busy: %d queries are running and %d waiting, the most this server takes; try again later%n",
                limits.maxConcurrentQueries(), limits.maxQueuedQueries()));
    }

    private void watched(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Watch watch = new Watch(Thread.currentThread(), request, new GuardedResponse(response), System.nanoTime());
        watches.add(watch);
        try {
            chain.doFilter(request, watch.response);
        } finally {
            synchronized (watch) {
                watch.finished = true;
            }
            watches.remove(watch);
            Thread.interrupted();
        }
    }

    /**
     * One look at every running query, every {@value #WATCH_MILLIS} ms, from one thread: nothing is scheduled per
     * query, and the kernel's socket table is read once for all the queries old enough to be looked at. Nothing
     * here waits on a query: ARQ's abort can wait for a lock that the query's own thread holds (while it plans),
     * so aborts are handed to other threads, and the wall is kept by the watchdog's answer and, later, by stopping
     * the thread.
     */
    private void sweep() {
        try {
            if (watches.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            ClientConnection.Table sockets = null;
            for (Watch watch : watches) {
                if (now - watch.start < TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS)) {
                    continue;
                }
                synchronized (watch) {
                    if (watch.finished) {
                        continue;
                    }
                    HttpServletRequest request = watch.request;
                    if (watch.response.expired()) {
                        if (now >= watch.stop) {
                            stopIfSafe(watch.worker, watch.method, watch.uri);
                        }
                    } else if (now >= watch.wall) {
                        abortAside(watch);
                        if (watch.response.expire(HttpServletResponse.SC_SERVICE_UNAVAILABLE, String.format(
                                Locale.ROOT, "Query timed out: this server ends a query after %d s; narrow it or add"
                                        + " a LIMIT%n", limits.timeoutSeconds()))) {
                            LOG.info("{} {} 503 {} ms hard time wall: query aborted", watch.method, watch.uri,
                                    (now - watch.start) / 1_000_000);
                        }
                    } else if (!watch.abortRequested) {
                        if (sockets == null) {
                            sockets = ClientConnection.table();
                        }
                        if (sockets.gone(watch.localPort, watch.remotePort) && abortAside(watch)) {
                            LOG.info("{} {} client gone after {} ms: query aborted", watch.method, watch.uri,
                                    (now - watch.start) / 1_000_000);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // The next sweep tries again: one failure must not end the watching of every later query.
            LOG.warn("query watchdog: {}", e.toString());
        }
    }

    /**
     * Whether every query slot is held by a query past its wall whose thread has not stopped yet: the server
     * answers no query until one does, and says so to whoever checks its readiness.
     */
    public boolean jammed() {
        long stuck = watches.stream().filter(w -> !w.finished && w.response.expired()).count();
        return stuck >= limits.maxConcurrentQueries();
    }

    /** A query being answered: its thread, its response, and when it must end. */
    private final class Watch {

        final Thread worker;
        final HttpServletRequest request;
        final GuardedResponse response;
        final long start;
        final long wall;
        final long stop;
        final int localPort;
        final int remotePort;
        final String method;
        final String uri;
        /** Set by the query's thread when it is done; read by the watchdog under the same lock. */
        volatile boolean finished;
        /** Set by the watchdog once it has asked for the query to be aborted. */
        boolean abortRequested;

        Watch(Thread worker, HttpServletRequest request, GuardedResponse response, long start) {
            this.worker = worker;
            this.request = request;
            this.response = response;
            this.start = start;
            this.wall = start + TimeUnit.SECONDS.toNanos(limits.timeoutSeconds() + HARD_WALL_EXTRA_SECONDS);
            this.stop = wall + TimeUnit.SECONDS.toNanos(STOP_AFTER_SECONDS);
            this.localPort = request.getLocalPort();
            this.remotePort = request.getRemotePort();
            this.method = request.getMethod();
            this.uri = request.getRequestURI();
        }
    }

    /** Asks, on another thread, for the query of {@code watch} to be aborted; true if it was running. */
    private boolean abortAside(Watch watch) {
        if (watch.abortRequested) {
            return false;
        }
        Object execution = watch.request.getAttribute(LimitedQueryProcessor.EXECUTION);
        if (execution instanceof QueryExec q && !q.isClosed()) {
            watch.abortRequested = true;
            aborter.execute(q::abort);
            return true;
        }
        return false;
    }

    /**
     * Stops a query thread that ignored the abort, but never while it is inside the store's, the text index's or
     * the JDK's locking code, whose state a stopped thread could leave broken; the watchdog tries again later.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopIfSafe(Thread worker, String method, String uri) {
        StackTraceElement[] stack = worker.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 15); i++) {
            String c = stack[i].getClassName();
            if (c.startsWith("org.apache.jena.tdb2") || c.startsWith("org.apache.jena.dboe")
                    || c.startsWith("org.apache.lucene") || c.startsWith("java.util.concurrent")
                    || c.startsWith("org.eclipse.jetty")) {
                return;
            }
        }
        LOG.warn("{} {}: the query thread ignored the abort; stopping it", method, uri);
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            LOG.warn("this JVM cannot stop a thread; the query keeps its slot until it ends");
        }
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
        aborter.shutdownNow();
    }
}
