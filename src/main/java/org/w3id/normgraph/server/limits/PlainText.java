package org.w3id.normgraph.server.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A short answer in plain text, for refusals and errors, which every layer of the server gives the same way. */
public final class PlainText {

    private PlainText() {
    }

    public static void send(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
