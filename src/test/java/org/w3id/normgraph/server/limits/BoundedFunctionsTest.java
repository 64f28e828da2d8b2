package org.w3id.normgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/**
 * The bounded REGEX, REPLACE and CONCAT answer every query as ARQ's own do, and stop where ARQ's would run on: the
 * same queries are asked of one dataset with ARQ's functions and of a copy with the bounded ones.
 */
public class BoundedFunctionsTest {

    private static final String DATA = """
            @prefix : <http://example.org/> .
            :a :label "Russian Federation"@en , "Fédération de Russie"@fr , "俄罗斯联邦"@zh ,
                "Российская Федерация"@ru , "line one\\nline two" , "a.b*c" , "" , "aaa" .
            :b :label "European Union"@en , "Union européenne"@fr , "x+y=z"^^<http://www.w3.org/2001/XMLSchema#string> .
            """;

    private static final List<String> SAME_ANSWERS = List.of(
            "SELECT ?l (REGEX(?l, 'union', 'i') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, '^line two$', 'm') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, 'one.line', 's') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, 'a . b', 'x') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, 'a.b*', 'q') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, CONCAT('^', SUBSTR(?l, 1, 2))) AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REGEX(?l, 'r', IF(STRLEN(?l) > 3, 'i', 'k')) AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, 'r', 'R', IF(STRLEN(?l) > 3, 'i', 'k')) AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, '(\\\\w+) (\\\\w+)', '$2 $1') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, 'a*', '-') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, '', '-') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, 'ION', 'ien', 'i') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, '.', '!', 'q') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, 'e', '$9') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (REPLACE(?l, 'Fed', 'Con') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (CONCAT(?l, ?l) AS ?r) { ?s ?p ?l }",
            "SELECT ?l (CONCAT(?l, 'x'@en) AS ?r) { ?s ?p ?l }",
            "SELECT ?l (CONCAT(?l, 1) AS ?r) { ?s ?p ?l }",
            "SELECT (CONCAT() AS ?r) {}",
            "SELECT ?l (<http://www.w3.org/2005/xpath-functions#matches>(?l, 'Fed') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (<http://www.w3.org/2005/xpath-functions#replace>(?l, 'e', 'E') AS ?r) { ?s ?p ?l }",
            "SELECT ?l (<http://www.w3.org/2005/xpath-functions#concat>(?l, '!') AS ?r) { ?s ?p ?l }",
            "SELECT ?s { ?s ?p ?l FILTER EXISTS { ?s ?q ?m FILTER REGEX(CONCAT(?m, 'z'), 'z$') } }",
            "SELECT ?l { ?s ?p ?l FILTER(REGEX('constant', 'on') && REPLACE('abc', 'b', 'x') = 'axc') }");

    private static DatasetGraph dataset(boolean bounded) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dataset);
        if (bounded) {
            BoundedFunctions.install(dataset.getContext());
        }
        return dataset;
    }

    private static List<String> answer(DatasetGraph dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (ExpressionBudget.Scope budget = ExpressionBudget.open(System.nanoTime() + 10_000_000_000L, 1 << 20)) {
            RowSet rowSet = QueryExec.dataset(dataset).query(query).select();
            rowSet.forEachRemaining(row -> rows.add(row.toString()));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void boundedFunctionsAnswerAsArqDoes() {
        DatasetGraph arq = dataset(false);
        DatasetGraph bounded = dataset(true);
        for (String query : SAME_ANSWERS) {
            String prefixed = "PREFIX : <http://example.org/> " + query;
            List<String> expected = answer(arq, prefixed);
            assertTrue(!expected.isEmpty(), "the query tests nothing: " + query);
            assertEquals(expected, answer(bounded, prefixed), query);
        }
    }

    /** ARQ throws an ExprException past the FILTER (a server error); a type error is an unbound value in SPARQL. */
    @Test
    void aPatternThatIsNotAStringIsAnErrorOfTheExpressionNotOfTheServer() {
        List<String> rows = answer(dataset(true), "SELECT ?l ?r { ?s ?p ?l BIND(REGEX(?l, 42) AS ?r) }");
        assertEquals(11, rows.size());
        assertTrue(rows.stream().noneMatch(row -> row.contains("?r")), rows.toString());
    }

    @Test
    void aStringLongerThanAnyAnswerIsRefusedBeforeItIsBuilt() {
        DatasetGraph bounded = dataset(true);
        String doubling = "SELECT (STRLEN(?v21) AS ?n) { BIND('ab' AS ?v0)"
                + " BIND(CONCAT(?v0, ?v0) AS ?v1) BIND(CONCAT(?v1, ?v1) AS ?v2) BIND(CONCAT(?v2, ?v2) AS ?v3)"
                + " BIND(CONCAT(?v3, ?v3) AS ?v4) BIND(CONCAT(?v4, ?v4) AS ?v5) BIND(CONCAT(?v5, ?v5) AS ?v6)"
                + " BIND(CONCAT(?v6, ?v6) AS ?v7) BIND(CONCAT(?v7, ?v7) AS ?v8) BIND(CONCAT(?v8, ?v8) AS ?v9)"
                + " BIND(CONCAT(?v9, ?v9) AS ?v10) BIND(CONCAT(?v10, ?v10) AS ?v11)"
                + " BIND(CONCAT(?v11, ?v11) AS ?v12) BIND(CONCAT(?v12, ?v12) AS ?v13)"
                + " BIND(CONCAT(?v13, ?v13) AS ?v14) BIND(CONCAT(?v14, ?v14) AS ?v15)"
                + " BIND(CONCAT(?v15, ?v15) AS ?v16) BIND(CONCAT(?v16, ?v16) AS ?v17)"
                + " BIND(CONCAT(?v17, ?v17) AS ?v18) BIND(CONCAT(?v18, ?v18) AS ?v19)"
                + " BIND(CONCAT(?v19, ?v19) AS ?v20) BIND(REPLACE(?v20, 'a', 'aa') AS ?v21) }";
        QueryRefusal concat = assertThrows(QueryRefusal.class, () -> answer(bounded, doubling));
        assertEquals(400, concat.status());
        assertTrue(concat.getMessage().startsWith("CONCAT would build a string of 2,097,152 characters; this server builds none longer than"
                + " 1,048,576"),
                concat.getMessage());
        QueryRefusal replace = assertThrows(QueryRefusal.class, () -> answer(bounded,
                doubling.replace("BIND(CONCAT(?v19, ?v19) AS ?v20)", "BIND(?v19 AS ?v20)")));
        assertTrue(replace.getMessage().startsWith("REPLACE would build a string of"), replace.getMessage());
    }

    @Test
    void aRegularExpressionThatBacktracksWithoutEndIsStoppedAtTheDeadline() {
        DatasetGraph bounded = dataset(true);
        String redos = "SELECT ?l { ?s ?p ?l FILTER REGEX(CONCAT(?l, '" + "a".repeat(40) + "!'), '^(.*a){25}$') }";
        long start = System.nanoTime();
        try (ExpressionBudget.Scope budget = ExpressionBudget.open(System.nanoTime() + 500_000_000L, 1 << 20)) {
            assertThrows(QueryCancelledException.class, () -> QueryExec.dataset(bounded).query(redos).select()
                    .forEachRemaining(row -> { }));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 1.5, "stopped after " + seconds + " s");
        QueryRefusal constant = assertThrows(QueryRefusal.class, () -> answer(bounded,
                "SELECT * { FILTER REGEX('" + "a".repeat(28) + "b".repeat(80) + "', '(.*a){29}') }"));
        assertEquals(503, constant.status());
    }
}
