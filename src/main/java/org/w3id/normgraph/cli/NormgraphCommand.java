package org.w3id.normgraph.cli;

import org.w3id.normgraph.pipeline.BuildException;
import org.w3id.normgraph.reader.CorpusException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar target/normgraph.jar}: the command-line entry point. */
@Command(name = "normgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a sourced RDF knowledge graph of UN cyber diplomacy documents and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, DumpCommand.class,
                ExportCommand.class})
public final class NormgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        var relaunched = FastBuildStart.relaunchIfArchived(args);
        System.exit(relaunched.isPresent() ? relaunched.get() : commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NormgraphCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("normgraph: " + message(e));
            return 1;
        });
        return cli;
    }

    /**
     * What a person reads when a command fails: normgraph's own errors say where and what in their message; any other
     * exception is a fault of normgraph, and its Java text would help no one but a developer.
     */
    static String message(Exception e) {
        if (e instanceof CorpusException || e instanceof BuildException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("no database")) {
            return e.getMessage();
        }
        return "stopped by a fault of normgraph, not of its input; the database was left as it was. Please report it"
                + " with the command and the corpus";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
