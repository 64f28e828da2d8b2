package org.w3id.normgraph.server.limits;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation, but the whole answer is computed before its first byte is sent, and no larger
 * than the caps. Fuseki streams a SELECT answer as it is computed, so a query that times out midway has already
 * sent {@code 200 OK} and the client gets a cut-off body that looks like an answer; here a timeout, a cancel or a
 * cap that is exceeded always comes before the status line, as an error status with a message.
 */
public final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    /** The request attribute holding the running {@link QueryExec}, so that {@link QueryGate} can abort it. */
    static final String EXECUTION = "normgraph.queryExecution";
    /** The request attribute holding the number of rows (or triples) of the answer, for the request log. */
    static final String ROWS = "normgraph.rows";

    private final ServerLimits limits;

    public LimitedQueryProcessor(ServerLimits limits) {
        this.limits = limits;
    }

    /** Refuses, as a bad request, a SERVICE whose endpoint is written in the query and not allowed. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                if (service.getServiceNode().isURI()) {
                    OutboundServices.refusal(service.getServiceNode(), limits.allowedServiceHosts())
                            .ifPresent(ServletOps::errorBadRequest);
                }
            }
        });
    }

    /**
     * The dataset that answers, and the version it is in the answer's header: the switch to a new version may
     * come between the filter that labelled the request and the moment Fuseki picked the dataset.
     */
    @Override
    protected DatasetGraph getDataset(HttpAction action) {
        DatasetGraph data = super.getDataset(action);
        ServedVersion.label(action.getResponse(), data);
        return data;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec execution = super.createQueryExec(action, query, dataset);
        action.getRequest().setAttribute(EXECUTION, execution);
        return execution;
    }

    /**
     * Parses, plans and answers the query with the budget of {@link ExpressionBudget} until the timeout; a query
     * that nests deeper than the parser's or the planner's stack allows is the client's doing, and answered so.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        int depth = QueryNesting.depth(queryString);
        if (depth > QueryNesting.MAX_DEPTH) {
            ServletOps.errorBadRequest(String.format(Locale.ROOT, "The query nests its groups, unions or expressions"
                    + " %,d deep; this server reads queries nested at most %d deep: flatten it", depth,
                    QueryNesting.MAX_DEPTH));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.timeoutSeconds());
        try (ExpressionBudget.Scope budget = ExpressionBudget.open(deadline, limits.maxResultBytes())) {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query nests its groups, unions or expressions deeper than this server"
                    + " reads; flatten it");
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query query, String forLog) {
        try {
            return executeWhole(action, execution, query, forLog);
        } catch (QueryRefusal e) {
            ServletOps.error(e.status(), e.getMessage());
        } catch (QueryExceptionHTTP e) {
            ServletOps.error(HttpSC.BAD_GATEWAY_502, "A SERVICE endpoint answered "
                    + (e.getStatusCode() > 0 ? Integer.toString(e.getStatusCode())
                            : "nothing (" + e.getMessage() + ")")
                    + (e.getStatusCode() >= 300 && e.getStatusCode() < 400
                            ? "; this server follows no redirect of a SERVICE call" : ""));
        } catch (OutOfMemoryError e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The query needed more memory than this server has"
                    + " for queries; narrow it, or add a LIMIT");
        }
        return null;
    }

    private QueryExecResult executeWhole(HttpAction action, QueryExec execution, Query query, String forLog) {
        if (query.isSelectType()) {
            RowSet results = execution.select();
            List<Binding> rows = new ArrayList<>();
            long bytes = 0;
            while (results.hasNext()) {
                // A row of the store finds each value in the node table whenever it is asked for it: copied
                // once here, the writer reads the values from memory instead of looking them up again.
                Binding row = results.next();
                BindingBuilder copy = Binding.builder();
                for (Iterator<Var> vars = row.vars(); vars.hasNext();) {
                    Var var = vars.next();
                    Node value = row.get(var);
                    if (value != null) {
                        copy.add(var, value);
                        bytes += size(value);
                    }
                }
                rows.add(copy.build());
                checkCaps(rows.size(), bytes, "rows");
            }
            action.getRequest().setAttribute(ROWS, (long) rows.size());
            return new QueryExecResult(RowSetStream.create(results.getResultVars(), rows.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph answer = DatasetGraphFactory.create();
            long count = 0;
            long bytes = 0;
            for (Iterator<Quad> quads = execution.constructQuads(); quads.hasNext();) {
                Quad quad = quads.next();
                answer.add(quad);
                count++;
                bytes += size(quad.getSubject()) + size(quad.getPredicate()) + size(quad.getObject());
                checkCaps(count, bytes, "triples");
            }
            action.getRequest().setAttribute(ROWS, count);
            return new QueryExecResult(answer);
        }
        if (query.isDescribeType()) {
            Graph graph = execution.describe();
            checkCaps(graph.size(), 0, "triples");
            action.getRequest().setAttribute(ROWS, (long) graph.size());
            return new QueryExecResult(graph);
        }
        if (query.isAskType()) {
            boolean answer = execution.ask();
            action.getRequest().setAttribute(ROWS, 1L);
            return new QueryExecResult(answer);
        }
        return super.executeQuery(action, execution, query, forLog);
    }

    private void checkCaps(long count, long bytes, String unit) {
        if (count > limits.maxResultRows()) {
            ServletOps.error(HttpSC.BAD_REQUEST_400, String.format(Locale.ROOT, "The answer has more than %,d %s,"
                    + " the most this server sends in one answer: narrow the query, or page through it with LIMIT"
                    + " and OFFSET", limits.maxResultRows(), unit));
        }
        if (bytes > limits.maxResultBytes()) {
            ServletOps.error(HttpSC.BAD_REQUEST_400, String.format(Locale.ROOT, "The answer holds more than %,d bytes"
                    + " of values, the most this server sends in one answer: select fewer or shorter values, or"
                    + " page through it with LIMIT and OFFSET", limits.maxResultBytes()));
        }
    }

    private static long size(Node node) {
        if (node == null) {
            return 0;
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length()
                    + node.getLiteralLanguage().length();
        }
        if (node.isURI()) {
            return node.getURI().length();
        }
        return 16;
    }
}
