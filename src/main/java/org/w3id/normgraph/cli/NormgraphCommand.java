package org.w3id.normgraph.cli;

import org.w3id.normgraph.pipeline.BuildException;
import org.w3id.normgraph.reader.CorpusException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar target/normgraph.jar}: the command-line entry point. */
@Command(name = "normgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a sourced RDF knowledge graph of UN cyber diplomacy documents and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, DumpCommand.class,
                ExportCommand.class, PublishCommand.class})
public final class NormgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Always ends with System.exit: threads that a failed command leaves behind (TDB2's loader waits on its queues
     * for a build that stopped) would otherwise keep the JVM alive after its last word.
     */
    public static void main(String[] args) {
        int status;
        try {
            var relaunched = FastBuildStart.relaunchIfArchived(args);
            status = relaunched.isPresent() ? relaunched.get() : commandLine().execute(args);
        } catch (Throwable e) {
            System.err.println("normgraph: " + message(e));
            status = 1;
        }
        System.exit(status);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NormgraphCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("normgraph: " + message(e));
            return 1;
        });
        // picocli hands only Exceptions to the handler above; an Error (out of memory) would leave as a stack trace.
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                cli.getErr().println("normgraph: " + message(e));
                return 1;
            }
        });
        return cli;
    }

    /**
     * What a person reads when a command fails: normgraph's own errors say where and what in their message; any other
     * exception is a fault of normgraph, and its Java text would help no one but a developer.
     */
    static String message(Throwable e) {
        if (e instanceof CorpusException || e instanceof BuildException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("no database")) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB at most for objects);"
                    + " the database was left as it was. Give it more with --heap SIZE (or -Xmx where java was started"
                    + " with it), or look in the corpus for a source file that is not a document";
        }
        return "stopped by a fault of normgraph, not of its input; the database was left as it was. Please report it"
                + " with the command and the corpus";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
