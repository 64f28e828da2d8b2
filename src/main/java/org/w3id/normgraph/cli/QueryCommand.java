package org.w3id.normgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.LockObtainFailedException;
import org.w3id.normgraph.server.limits.OutboundServices;
import org.w3id.normgraph.store.GraphDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL SELECT query from a file on the local database and prints standard SPARQL"
                + " results.")
final class QueryCommand implements Callable<Integer> {

    enum Format { tsv, csv, json }

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "the query")
    Path queryFile;

    @Option(names = "--format", description = "tsv, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.tsv;

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Option(names = "--allow-service", paramLabel = "ENDPOINT", arity = "1..*", description = "endpoints that"
            + " SERVICE clauses may call, each HOST (http on 80, https on 443), HOST:PORT or SCHEME://HOST[:PORT]"
            + " (default: none, SERVICE is refused)")
    List<String> allowedServiceHosts = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Query query;
        try {
            query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(queryFile + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new IllegalArgumentException(queryFile + ": only SELECT queries are supported");
        }
        Dataset dataset = openUnlessHeld();
        OutboundServices.install(dataset.getContext(), allowedServiceHosts);
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                    ResultSet results = execution.execSelect();
                    ResultSetMgr.write(System.out, results, switch (format) {
                        case tsv -> ResultSetLang.RS_TSV;
                        case csv -> ResultSetLang.RS_CSV;
                        case json -> ResultSetLang.RS_JSON;
                    });
                }
            });
        } catch (QueryCancelledException e) {
            throw new IllegalArgumentException(queryFile + ": " + e.getMessage() + "; `query --allow-service"
                    + " ENDPOINT` lets it call an endpoint (see --help)", e);
        } catch (QueryExceptionHTTP e) {
            throw new IllegalArgumentException(queryFile + ": a SERVICE endpoint could not be asked (" + e.getMessage()
                    + "); this machine may not reach it, or run the query without its SERVICE clause", e);
        } finally {
            GraphDatabase.close(dataset);
        }
        return 0;
    }

    /**
     * The database, unless another process holds it: a running {@code serve} keeps the version it serves open, and
     * TDB2 and Lucene let one process at a time have it.
     */
    private Dataset openUnlessHeld() {
        try {
            return GraphDatabase.open(database);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                // TDB2 says so with a DBOpEnvException that only its message tells from its other failures.
                boolean tdbLock = cause instanceof DBOpEnvException && String.valueOf(cause.getMessage())
                        .startsWith("Failed to get a lock");
                if (tdbLock || cause instanceof AlreadyLocked || cause instanceof LockObtainFailedException) {
                    throw new IllegalArgumentException("the database at " + database + " is held by another process,"
                            + " a running `serve` most likely; ask that server instead (for example: curl --data-urlencode"
                            + " query@" + queryFile + " -H 'Accept: text/tab-separated-values'"
                            + " http://localhost:3030/normgraph/sparql), or stop it and run `query` again", e);
                }
            }
            throw e;
        }
    }
}
