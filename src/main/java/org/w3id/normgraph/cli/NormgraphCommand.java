package org.w3id.normgraph.cli;

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
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NormgraphCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("normgraph: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
