package org.w3id.normgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Runs the command line as {@code java -jar normgraph.jar} does, with its error output captured. */
public final class CommandLineAccess {

    private CommandLineAccess() {
    }

    public static int execute(PrintWriter err, String... args) {
        CommandLine cli = NormgraphCommand.commandLine();
        cli.setErr(err);
        return cli.execute(args);
    }
}
