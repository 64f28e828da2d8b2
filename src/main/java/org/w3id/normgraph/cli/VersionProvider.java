package org.w3id.normgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version is the jar's, so that it cannot drift from the build. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = NormgraphCommand.class.getPackage().getImplementationVersion();
        return new String[] {"normgraph " + (version == null ? "(development build)" : version)};
    }
}
