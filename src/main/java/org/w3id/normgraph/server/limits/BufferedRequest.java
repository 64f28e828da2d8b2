package org.w3id.normgraph.server.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A POST request whose body has been read whole, and refused if it was too large or could not be decoded, before
 * Fuseki sees it. A body sent in chunks has no length to check beforehand, and a form or a query that is not text
 * in its charset fails inside Jetty's or Fuseki's reading, which answer such client errors with a 500. Here they
 * are a 413, a 415 or a 400 with a message; what passes, Fuseki reads from memory: the body's bytes (in UTF-8,
 * which Fuseki assumes for a query), and the parameters of the query string and of a form, decoded strictly.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> QUERY_TYPES = List.of("application/sparql-query", "application/sparql-update");

    private final byte[] body;
    private final Charset charset;
    private final Map<String, String[]> parameters;

    /** Why a request was refused: the status to answer, and the message. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private BufferedRequest(HttpServletRequest request, byte[] body, Charset charset,
            Map<String, String[]> parameters) {
        super(request);
        this.body = body;
        this.charset = charset;
        this.parameters = parameters;
    }

    /** {@code request} with its body read, at most {@code maxBytes} of it. */
    static BufferedRequest read(HttpServletRequest request, long maxBytes) throws IOException, Refusal {
        // Read from the header: Jetty's getContentType() throws where the charset is unknown.
        String contentType = request.getHeader("Content-Type");
        String mediaType = mediaType(contentType);
        Charset charset = charset(contentType);
        byte[] body = readAtMost(request.getInputStream(), maxBytes);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        try {
            if (request.getQueryString() != null) {
                UrlEncoding.decodeInto(request.getQueryString(), StandardCharsets.UTF_8, fields);
            }
        } catch (IllegalArgumentException e) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The query string cannot be read: " + e.getMessage()
                    + "\n");
        }
        try {
            if (mediaType.equals(FORM)) {
                UrlEncoding.decodeInto(UrlEncoding.text(body, charset), charset, fields);
            } else if (QUERY_TYPES.contains(mediaType)) {
                body = UrlEncoding.text(body, charset).getBytes(StandardCharsets.UTF_8);
                charset = StandardCharsets.UTF_8;
            }
        } catch (IllegalArgumentException e) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The request body cannot be read as " + mediaType
                    + ": " + e.getMessage() + "\n");
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return new BufferedRequest(request, body, charset, Collections.unmodifiableMap(parameters));
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset that {@code contentType} names, UTF-8 if none; a 415 if it names one this server lacks. */
    private static Charset charset(String contentType) throws Refusal {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("charset")) {
                String name = nameValue[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "This server does not know the"
                            + " charset " + name.substring(0, Math.min(name.length(), 40)) + "; send UTF-8\n");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, Refusal {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (body.size() + (long) n > maxBytes) {
                throw new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                        "The request body has more than %,d bytes, the most this server takes%n", maxBytes));
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    @Override
    public String getCharacterEncoding() {
        return charset.name();
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has been read already; read it blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
