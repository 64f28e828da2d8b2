package org.w3id.normgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.normgraph.store.GraphDatabase;
import org.w3id.normgraph.store.PublishedVersions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code normgraph publish DIR}: the version of the database in use, as files that replicas take with
 * {@code serve --take-from DIR} (see {@link PublishedVersions}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish the database's version in use into DIR (DIR/<id>/normgraph.nq.gz, its .sha256, and"
                + " DIR/latest), for replicas that serve with --take-from DIR.")
final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of published versions")
    Path to;

    @Option(names = "--db", description = "TDB2 database folder (default: ${DEFAULT-VALUE})")
    Path database = GraphDatabase.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        PublishedVersions.Published published = PublishedVersions.publish(database, to);
        System.err.printf("normgraph: published version %s to %s (SHA-256 %s); %s names it%n", published.id(),
                published.folder(), published.sha256(), to.resolve(PublishedVersions.LATEST));
        return 0;
    }
}
