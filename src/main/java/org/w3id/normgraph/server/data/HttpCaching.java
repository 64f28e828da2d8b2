package org.w3id.normgraph.server.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.w3id.normgraph.server.limits.ServedVersion;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets a browser or a cache in front (nginx, Varnish, a CDN) keep what the server answers to GET and HEAD: a
 * served version never changes, so the same request gets the same answer until the server switches versions. A
 * {@code 200} answer carries a weak {@code ETag} made of the version's id and a digest of the request (path, query
 * string, {@code Accept}), {@code Cache-Control: public, max-age=}{@value #MAX_AGE_SECONDS} (where the servlet set
 * none of its own, or Fuseki's {@code no-store}) and {@code Vary: Accept}; a request whose {@code If-None-Match}
 * names the tag the version served now would give gets {@code 304} with no body. A new version changes every tag.
 * Errors, POSTs and Fuseki's administrative paths get none of this.
 */
public final class HttpCaching implements Filter {

    /** Long enough for a cache to absorb a burst of the same request, short enough to notice a new version soon. */
    public static final int MAX_AGE_SECONDS = 60;
    public static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(method.equals("GET") || method.equals("HEAD")) || path.startsWith("/$/")) {
            chain.doFilter(request, response);
            return;
        }
        String version = ServedVersion.of(ServedData.of(request.getServletContext()));
        String asked = request.getHeader("If-None-Match");
        if (version != null && asked != null && matches(asked, etag(version, request))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(ServedVersion.HEADER, version);
            response.setHeader("ETag", etag(version, request));
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader("Vary", "Accept");
            return;
        }
        chain.doFilter(request, new Tagged(response, request));
    }

    /** The tag of the answer of {@code version} to {@code request}. */
    static String etag(String version, HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        String asked = request.getRequestURI() + (query == null ? "" : "?" + query) + "\n"
                + (accept == null ? "" : accept);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(asked.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** Whether the {@code If-None-Match} header {@code asked} names {@code etag}, compared weakly (RFC 9110). */
    static boolean matches(String asked, String etag) {
        String opaque = opaque(etag);
        for (String candidate : asked.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * The response, which gets its tag and caching headers whenever the answer takes shape with status 200
     * (content type, length, body), and loses them if it turns into an error.
     */
    private static final class Tagged extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Tagged(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        private void tag() {
            String version = getHeader(ServedVersion.HEADER);
            if (isCommitted() || getStatus() != SC_OK || version == null) {
                return;
            }
            setHeader("ETag", etag(version, request));
            String cacheControl = getHeader("Cache-Control");
            if (cacheControl == null || cacheControl.contains("no-store")) {
                setHeader("Cache-Control", CACHE_CONTROL);
                setHeader("Pragma", null);
            }
            if (getHeader("Vary") == null) {
                setHeader("Vary", "Accept");
            }
        }

        private void untag() {
            if (!isCommitted() && getHeader("ETag") != null) {
                setHeader("ETag", null);
                if (CACHE_CONTROL.equals(getHeader("Cache-Control"))) {
                    setHeader("Cache-Control", null);
                }
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status != SC_OK) {
                untag();
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            untag();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            untag();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            untag();
            super.sendRedirect(location);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            tag();
        }

        @Override
        public void setContentLength(int length) {
            tag();
            super.setContentLength(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            tag();
            super.setContentLengthLong(length);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            tag();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            tag();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            tag();
            super.flushBuffer();
        }
    }
}
