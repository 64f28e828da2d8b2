package org.w3id.normgraph.server.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL results as JSON ({@code application/sparql-results+json}), the same bytes as Jena's own writer, written
 * straight into a UTF-8 buffer. Jena's writer escapes every value into a synchronized string buffer and then
 * prints it again character by character through an indenting writer: a fifth of the server's CPU time per
 * canned query went there. This one keeps Jena's layout (indentation, {@code " , "} separators, blank nodes
 * labelled {@code b0}, {@code b1} … in order of appearance, the same escapes) so that a client sees no
 * difference. Only a triple term (RDF 1.2) is laid out otherwise: the same members on one line. A request for
 * blank node labels as stored goes to Jena's writer, and so do booleans (ASK).
 */
public final class JsonResultsWriter implements RowSetWriter {

    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final String LANG_STRING = RDF.langString.getURI();
    private static final String DIR_LANG_STRING = RDF.dirLangString.getURI();
    private static final int FLUSH_BYTES = 32 * 1024;

    private JsonResultsWriter() {
    }

    /** Makes this writer the one Jena (and so Fuseki) uses for JSON results in this JVM. */
    public static void install() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonResultsWriter());
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        if (context != null && context.isTrue(ARQ.outputGraphBNodeLabels)) {
            JENA.write(out, rows, context);
            return;
        }
        List<Var> vars = rows.getResultVars();
        Utf8 json = new Utf8(out);
        json.ascii("{ \"head\": {\n    \"vars\": [ ");
        for (int i = 0; i < vars.size(); i++) {
            json.ascii(i == 0 ? "\"" : " , \"").raw(vars.get(i).getVarName()).ascii("\"");
        }
        json.ascii(" ]\n  } ,\n  \"results\": {\n    \"bindings\": [\n");
        Map<Node, String> blankLabels = new HashMap<>();
        boolean first = true;
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.ascii(first ? "      { " : " ,\n      { ");
            first = false;
            boolean firstValue = true;
            for (Var var : vars) {
                Node value = row.get(var);
                if (value == null) {
                    continue;
                }
                json.ascii(firstValue ? "\n        " : " ,\n        ").quoted(var.getVarName()).ascii(": ");
                firstValue = false;
                value(json, value, blankLabels);
            }
            json.ascii("\n      }");
            if (json.size() >= FLUSH_BYTES) {
                // The answer is whole before this writer runs (LimitedQueryProcessor): sending it in parts
                // cannot cut it short.
                json.flush();
            }
        }
        json.ascii(first ? "      \n    ]\n  }\n}\n" : "\n    ]\n  }\n}\n");
        json.flush();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(Utf8 json, Node value, Map<Node, String> blankLabels) {
        json.ascii("{ \"type\": ");
        if (value.isURI()) {
            json.ascii("\"uri\" , \"value\": ").quoted(value.getURI());
        } else if (value.isBlank()) {
            String label = blankLabels.computeIfAbsent(value, b -> "b" + blankLabels.size());
            json.ascii("\"bnode\" , \"value\": ").quoted(label);
        } else if (value.isLiteral()) {
            json.ascii("\"literal\" , ");
            String datatype = value.getLiteralDatatypeURI();
            String language = value.getLiteralLanguage();
            if (datatype.equals(LANG_STRING) || datatype.equals(DIR_LANG_STRING)) {
                if (!language.isEmpty()) {
                    json.ascii("\"xml:lang\": ").quoted(language).ascii(" , ");
                }
                if (value.getLiteralBaseDirection() != null) {
                    json.ascii("\"its:dir\": ").quoted(value.getLiteralBaseDirection().direction()).ascii(" , ");
                }
            } else if (!datatype.equals(XSD_STRING)) {
                json.ascii("\"datatype\": ").quoted(datatype).ascii(" , ");
            }
            json.ascii("\"value\": ").quoted(value.getLiteralLexicalForm());
        } else if (value.isTripleTerm()) {
            // Jena spreads a triple term over several lines; the same members on one line.
            Triple triple = value.getTriple();
            json.ascii("\"triple\" , \"value\": { \"subject\": ");
            value(json, triple.getSubject(), blankLabels);
            json.ascii(" , \"predicate\": ");
            value(json, triple.getPredicate(), blankLabels);
            json.ascii(" , \"object\": ");
            value(json, triple.getObject(), blankLabels);
            json.ascii(" }");
        } else {
            throw new IllegalArgumentException("not an RDF term, cannot be written as a SPARQL result: " + value);
        }
        json.ascii(" }");
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        JENA.write(out, rows, context);
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        JENA.write(out, result, context);
    }

    /** A growing UTF-8 buffer in front of the response, with JSON's string escapes as Jena writes them. */
    private static final class Utf8 {

        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        private final OutputStream out;
        private byte[] bytes = new byte[8192];
        private int size;

        Utf8(OutputStream out) {
            this.out = out;
        }

        int size() {
            return size;
        }

        void flush() {
            try {
                out.write(bytes, 0, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size = 0;
        }

        /** Text known to be ASCII (the layout). */
        Utf8 ascii(String text) {
            int n = text.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
            return this;
        }

        /** Text as it is, UTF-8 encoded (Jena writes the header's variable names unescaped). */
        Utf8 raw(String text) {
            for (int i = 0; i < text.length(); i++) {
                i = character(text, i);
            }
            return this;
        }

        /**
         * A JSON string as Jena's JSWriter quotes it: {@code "} and {@code \} escaped, {@code /} only after
         * {@code <}, the usual short escapes, and {@code \}{@code uXXXX} (upper case) for the other controls,
         * U+007F–U+009F and U+2000–U+20FF; a lone surrogate becomes {@code ?}, as Java's UTF-8 encoder makes it.
         */
        Utf8 quoted(String text) {
            room(text.length() + 2);
            bytes[size++] = '"';
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> escape('"');
                    case '\\' -> escape('\\');
                    case '/' -> {
                        if (i > 0 && text.charAt(i - 1) == '<') {
                            escape('/');
                        } else {
                            ascii('/');
                        }
                    }
                    case '\b' -> escape('b');
                    case '\f' -> escape('f');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    case '\t' -> escape('t');
                    default -> {
                        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2000 && c < 0x2100)) {
                            room(6);
                            bytes[size++] = '\\';
                            bytes[size++] = 'u';
                            bytes[size++] = HEX[(c >> 12) & 0xF];
                            bytes[size++] = HEX[(c >> 8) & 0xF];
                            bytes[size++] = HEX[(c >> 4) & 0xF];
                            bytes[size++] = HEX[c & 0xF];
                        } else if (c < 0x80) {
                            ascii(c);
                        } else {
                            i = character(text, i);
                        }
                    }
                }
            }
            ascii('"');
            return this;
        }

        private void escape(char c) {
            room(2);
            bytes[size++] = '\\';
            bytes[size++] = (byte) c;
        }

        private void ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        /** Encodes the character at {@code i} (a pair of surrogates together); returns the index of its last char. */
        private int character(String text, int i) {
            char c = text.charAt(i);
            room(4);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(i + 1));
                bytes[size++] = (byte) (0xF0 | (code >> 18));
                bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (code & 0x3F));
                return i + 1;
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?';
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
            return i;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
