package org.w3id.normgraph.server.limits;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error pages that Jetty writes itself, where no filter of ours runs or after one has given up: a request it
 * cannot parse (a malformed request line or header, a URL or headers past their limit), a path that no servlet
 * serves, a {@code sendError}. Each is one line of plain text with the security headers, whatever the client
 * accepts: no stack trace, no server name or version, and for a 5xx nothing but the status, since its message
 * would describe the server's fault to whoever caused it.
 */
public final class ErrorPages extends ErrorHandler {

    private static final int MAX_MESSAGE_CHARS = 200;

    private final boolean cors;

    ErrorPages(boolean cors) {
        this.cors = cors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refusal) {
            status = refusal.getCode();
            response.setStatus(status);
            if (message == null) {
                message = refusal.getReason();
            }
        }
        HttpHygiene.securityHeaders(cors, response.getHeaders()::put);
        generateCacheControl(response);
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text(status, message).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** {@code 404 Not Found}, with the message after it where it says more than the status and is a client's. */
    static String text(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        StringBuilder text = new StringBuilder().append(status).append(' ').append(reason);
        if (message != null && status < 500) {
            String line = message.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", " ").strip();
            if (!line.isEmpty() && !line.equalsIgnoreCase(reason)) {
                text.append(": ").append(line, 0, Math.min(line.length(), MAX_MESSAGE_CHARS));
            }
        }
        return text.append('\n').toString();
    }
}
