package org.w3id.normgraph.server.limits;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query strings and form bodies ({@code application/x-www-form-urlencoded}) decoded strictly: a malformed
 * {@code %} escape, or bytes that are not text in the charset, is an {@link IllegalArgumentException} with a
 * message for the client, where Jetty's lenient decoding would give replacement characters or an exception that
 * Fuseki answers with a 500.
 */
public final class UrlEncoding {

    private UrlEncoding() {
    }

    /** Adds the names and values of {@code encoded} to {@code fields}, in their order. */
    static void decodeInto(String encoded, Charset charset, Map<String, List<String>> fields) {
        for (String field : encoded.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            String name = component(equals < 0 ? field : field.substring(0, equals), charset);
            String value = equals < 0 ? "" : component(field.substring(equals + 1), charset);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    /** Whether {@code encoded}, a query string, is percent-encoded UTF-8. */
    static boolean isValidQueryString(String encoded) {
        if (encoded.chars().allMatch(c -> c < 0x80 && c != '%')) {
            return true;
        }
        try {
            decodeInto(encoded, StandardCharsets.UTF_8, new LinkedHashMap<>());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code text} decoded from {@code bytes}, which must be valid in {@code charset}. */
    static String text(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("it is not valid " + charset.name());
        }
    }

    private static String component(String encoded, Charset charset) {
        if (encoded.indexOf('%') < 0) {
            return encoded.replace('+', ' ');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            if (encoded.charAt(i) == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("it has a malformed %-escape");
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                int end = encoded.indexOf('%', i);
                end = end < 0 ? encoded.length() : end;
                bytes.writeBytes(encoded.substring(i, end).replace('+', ' ').getBytes(charset));
                i = end;
            }
        }
        return text(bytes.toByteArray(), charset);
    }
}
