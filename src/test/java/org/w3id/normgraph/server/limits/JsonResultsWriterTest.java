package org.w3id.normgraph.server.limits;

import org.w3id.normgraph.server.EndToEndTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's JSON results writer against Jena's own, byte for byte: every kind of term, the escapes of JSON
 * strings as Jena writes them (quotation mark, backslash, {@code </}, controls, U+007F–U+009F, U+2000–U+20FF,
 * surrogate pairs and lone surrogates), blank node labels in order of appearance, empty answers and rows, and a
 * thousand random answers. Answers of the real data are compared in {@link EndToEndTest}.
 */
public class JsonResultsWriterTest {

    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static RowSetWriter ours;

    @BeforeAll
    static void install() {
        JenaSystem.init();
        JsonResultsWriter.install();
        ours = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
    }

    @Test
    void isTheWriterJenaUsesForJsonResultsOnceInstalled() {
        assertEquals(JsonResultsWriter.class, ours.getClass());
    }

    @Test
    void writesEveryKindOfTermAsJenaDoes() {
        Var x = Var.alloc("x");
        Var y = Var.alloc("y");
        Var z = Var.alloc("z");
        List<Binding> rows = List.of(
                row(x, NodeFactory.createURI("http://example.org/a\"b</c/d"),
                        y, NodeFactory.createLiteralLang("中文\n\t\u0001/\\ \r\b\f", "zh-Hans"),
                        z, NodeFactory.createBlankNode("first")),
                row(x, NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                        z, NodeFactory.createBlankNode("second")),
                row(y, NodeFactory.createLiteralString("plain\u2028 \u007f\u0080\u009f\u00a0 \ud83d\ude00 \u2000\u20ff\u2100"),
                        z, NodeFactory.createBlankNode("first")),
                row(),
                row(x, NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"),
                        y, NodeFactory.createLiteralDT("2023-09", XSDDatatype.XSDgYearMonth)),
                row(x, NodeFactory.createLiteralString("lone \ud800 and \udc00 surrogates, a pair reversed \udc00\ud800"),
                        y, NodeFactory.createLiteralString("")));
        assertSameBytes(List.of(x, y, z), rows);
    }

    @Test
    void writesEmptyAnswersAsJenaDoes() {
        assertSameBytes(List.of(), List.of());
        assertSameBytes(List.of(Var.alloc("a"), Var.alloc("b")), List.of());
        assertSameBytes(List.of(Var.alloc("a")), List.of(row(), row()));
    }

    @Test
    void writesVariableNamesAsJenaDoes() {
        // Jena writes the head's names unescaped and the rows' names escaped; U+2040 is a letter of SPARQL names.
        Var tie = Var.alloc("a\u2040b");
        Var chinese = Var.alloc("发言者");
        assertSameBytes(List.of(tie, chinese), List.of(row(tie, NodeFactory.createURI("urn:x"),
                chinese, NodeFactory.createLiteralString("中国"))));
    }

    @Test
    void writesRandomAnswersAsJenaDoes() {
        Random random = new Random(13);
        for (int answer = 0; answer < 1000; answer++) {
            List<Var> vars = new ArrayList<>();
            for (int v = 0; v < 1 + random.nextInt(5); v++) {
                vars.add(Var.alloc("v" + v));
            }
            List<Binding> rows = new ArrayList<>();
            for (int r = random.nextInt(8); r > 0; r--) {
                BindingBuilder row = Binding.builder();
                for (Var var : vars) {
                    if (random.nextInt(5) > 0) {
                        row.add(var, randomTerm(random));
                    }
                }
                rows.add(row.build());
            }
            assertSameBytes(vars, rows);
        }
    }

    @Test
    void writesTripleTermsAsValidJsonWithTheirMembers() {
        Var t = Var.alloc("t");
        Node triple = NodeFactory.createTripleTerm(Triple.create(NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralLang("said", "zh")));
        String json = write(ours, List.of(t), List.of(row(t, triple)));
        JsonObject value = JSON.parse(json).getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("t");
        assertEquals("triple", value.getString("type"));
        assertEquals("urn:s", value.getObj("value").getObj("subject").getString("value"));
        assertEquals("zh", value.getObj("value").getObj("object").getString("xml:lang"));
        assertTrue(json.startsWith("{ \"head\": {"), json);
    }

    private static Node randomTerm(Random random) {
        String text = randomText(random);
        return switch (random.nextInt(6)) {
            case 0 -> NodeFactory.createURI("https://w3id.org/normgraph/id/" + text);
            case 1 -> NodeFactory.createBlankNode("b" + random.nextInt(4));
            case 2 -> NodeFactory.createLiteralLang(text, random.nextBoolean() ? "zh-Hans" : "en");
            case 3 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt()), XSDDatatype.XSDinteger);
            case 4 -> NodeFactory.createLiteralDT(text, XSDDatatype.XSDanyURI);
            default -> NodeFactory.createLiteralString(text);
        };
    }

    /** Characters from every range that JSON escaping treats apart. */
    private static String randomText(Random random) {
        char[] pool = {'a', 'Z', '0', ' ', '"', '\\', '/', '<', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f',
            '\u007e', '\u007f', '\u0080', '\u009f', '\u00a0', '\u00e9', '\u07ff', '\u0800', '中', '。', '\u1fff',
            '\u2000', '\u2028', '\u20ac', '\u20ff', '\u2100', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff',
            '\ue000', '\ufeff', '\uffff'};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            if (random.nextInt(6) == 0) {
                text.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else {
                text.append(pool[random.nextInt(pool.length)]);
            }
        }
        return text.toString();
    }

    private static Binding row(Object... varsAndValues) {
        BindingBuilder row = Binding.builder();
        for (int i = 0; i < varsAndValues.length; i += 2) {
            row.add((Var) varsAndValues[i], (Node) varsAndValues[i + 1]);
        }
        return row.build();
    }

    private static void assertSameBytes(List<Var> vars, List<Binding> rows) {
        assertEquals(write(JENA, vars, rows), write(ours, vars, rows));
    }

    private static String write(RowSetWriter writer, List<Var> vars, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSet rowSet = RowSetStream.create(vars, rows.iterator());
        writer.write(out, rowSet, null);
        // ISO-8859-1 keeps every byte as one char, so that a difference in the encoding shows too.
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
