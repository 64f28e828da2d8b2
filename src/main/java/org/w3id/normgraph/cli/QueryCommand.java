package org.w3id.normgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
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
        Dataset dataset = GraphDatabase.open(database);
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
        } finally {
            GraphDatabase.close(dataset);
        }
        return 0;
    }
}
