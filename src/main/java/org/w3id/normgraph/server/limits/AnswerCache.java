package org.w3id.normgraph.server.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers to SPARQL queries asked again with GET, kept while the same version of the database is served. A served
 * version never changes (a build writes a new one and {@code serve} switches to it), so the same request gets the
 * same bytes until the switch, which empties the cache: a notebook run again, a page or a chart that asks its
 * queries on every load, get their answers without the query being run again.
 *
 * <p>Kept: answers with status 200 that {@link LimitedQueryProcessor} computed whole, up to an eighth of the cache
 * each, the least recently asked dropped first past {@code capacityBytes}; keyed by the path, the whole query string
 * and the {@code Accept} header. What an answer takes is counted with its key and headers, not its body alone: a
 * URL may be 8 KiB and the answer to an {@code ASK} a few bytes, and a cache that counted only bodies would hold
 * many times its size in keys. Never kept: POST requests (their bodies are read once, by Fuseki), an answer that
 * a switch of version overtook, and a query that calls a {@code SERVICE} (another site's data changes) or a function
 * whose value changes from call to call ({@code NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code BNODE}).
 * A cached answer carries {@code X-Cache: HIT}, one just computed {@code X-Cache: MISS}; both bypass nothing else
 * of the request's handling but the query gate, since a cached answer costs no query.
 */
public final class AnswerCache implements Filter {

    public static final String HEADER = "X-Cache";
    private static final Pattern CHANGING = Pattern.compile(
            "\\b(?:SERVICE|NOW|RAND|UUID|STRUUID|BNODE)\\b", Pattern.CASE_INSENSITIVE);
    /** Headers of the answer that belong to one exchange, not to the answer. */
    private static final Set<String> PER_EXCHANGE = Set.of("content-length", "date", "connection",
            "transfer-encoding", "fuseki-request-id", HEADER.toLowerCase(Locale.ROOT));
    /**
     * An answer's objects besides its strings and its body's bytes: a map entry (40 bytes), the record (32), the
     * header list (24) and its array (16), the body's array (16), the row count (16), a slot of the map's table (8).
     */
    private static final int ENTRY_OVERHEAD_BYTES = 152;
    /** A String (24 bytes) and its array (16). */
    private static final int STRING_OVERHEAD_BYTES = 40;
    /** A header's {@code String[2]} (24 bytes) and its slot in the list's array (8). */
    private static final int HEADER_OVERHEAD_BYTES = 32;

    private final String datasetPath;
    private final long capacityBytes;
    private final AtomicLong version = new AtomicLong();
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;

    /** {@code bytes}: what the answer and its key take on the heap. */
    private record Answer(long version, List<String[]> headers, byte[] body, Object rows, long bytes) {
    }

    public AnswerCache(String datasetPath, long capacityBytes) {
        this.datasetPath = datasetPath;
        this.capacityBytes = capacityBytes;
    }

    /** Forgets every answer: called once requests go to another version of the database. */
    public void invalidate() {
        synchronized (answers) {
            version.incrementAndGet();
            answers.clear();
            heldBytes = 0;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long asked = version.get();
        Answer cached;
        synchronized (answers) {
            cached = answers.get(key);
        }
        if (cached != null) {
            send(cached, request, response);
            return;
        }
        // Decoded and searched only on a miss: a key that is held passed this when its answer was kept.
        String query = request.getParameter("query");
        if (query == null || CHANGING.matcher(query).find()) {
            chain.doFilter(request, response);
            return;
        }
        Set<String> before = new HashSet<>(response.getHeaderNames());
        Capture capture = new Capture(response, capacityBytes / 8);
        response.setHeader(HEADER, "MISS");
        chain.doFilter(request, capture);
        capture.flushWriter();
        Object rows = request.getAttribute(LimitedQueryProcessor.ROWS);
        if (response.getStatus() != HttpServletResponse.SC_OK || rows == null || capture.overflowed()) {
            return;
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!before.contains(name) && !PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        byte[] body = capture.body();
        long bytes = footprint(key, headers, body);
        if (bytes <= capacityBytes / 8) {
            keep(key, new Answer(asked, headers, body, rows, bytes));
        }
    }

    /** About what an entry takes on the heap of a 64-bit JVM with compressed references. */
    private static long footprint(String key, List<String[]> headers, byte[] body) {
        long bytes = ENTRY_OVERHEAD_BYTES + stringBytes(key) + body.length;
        for (String[] header : headers) {
            bytes += HEADER_OVERHEAD_BYTES + stringBytes(header[0]) + stringBytes(header[1]);
        }
        return bytes;
    }

    /** A string takes one byte a character while every character is Latin-1, two otherwise. */
    private static long stringBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return STRING_OVERHEAD_BYTES + 2L * s.length();
            }
        }
        return STRING_OVERHEAD_BYTES + s.length();
    }

    /** The cache key of a GET request of the dataset with a query string, or null where it is not one to keep. */
    private String key(HttpServletRequest request) {
        if (!request.getMethod().equals("GET") || request.getQueryString() == null) {
            return null;
        }
        if (!QueryGate.addressesDataset(request, datasetPath)) {
            return null;
        }
        String accept = request.getHeader("Accept");
        return request.getRequestURI() + "?" + request.getQueryString() + "\n" + (accept == null ? "" : accept);
    }

    /** What the answers kept take, keys included; never more than the capacity. */
    public long heldBytes() {
        synchronized (answers) {
            return heldBytes;
        }
    }

    /** How many answers are kept. */
    public int size() {
        synchronized (answers) {
            return answers.size();
        }
    }

    private void keep(String key, Answer answer) {
        synchronized (answers) {
            if (answer.version != version.get()) {
                return;
            }
            Answer replaced = answers.put(key, answer);
            heldBytes += answer.bytes - (replaced == null ? 0 : replaced.bytes);
            var oldest = answers.entrySet().iterator();
            while (heldBytes > capacityBytes && oldest.hasNext()) {
                heldBytes -= oldest.next().getValue().bytes;
                oldest.remove();
            }
        }
    }

    private static void send(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(LimitedQueryProcessor.ROWS, answer.rows);
        response.setStatus(HttpServletResponse.SC_OK);
        for (String[] header : answer.headers) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HEADER, "HIT");
        response.setContentLength(answer.body.length);
        response.getOutputStream().write(answer.body);
    }

    /** The response, with what is written to it also copied, up to {@code limit} bytes. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final long limit;
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] body() {
            return copy.toByteArray();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        private void copied(byte[] bytes, int offset, int length) {
            if (overflowed) {
                return;
            }
            if (copy.size() + (long) length > limit) {
                overflowed = true;
                copy.reset();
                return;
            }
            copy.write(bytes, offset, length);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        copied(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        copied(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }
    }
}
