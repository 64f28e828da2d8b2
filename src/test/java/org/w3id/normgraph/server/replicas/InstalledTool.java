package org.w3id.normgraph.server.replicas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A program from Debian's packages that a test drives (HAProxy, nginx): where it is missing, the project's own
 * {@code scripts/install-test-tools} installs it first; if that cannot be done, the test fails rather than skips.
 */
final class InstalledTool {

    private InstalledTool() {
    }

    static Path find(String name, List<Path> candidates) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (Path candidate : candidates) {
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            if (attempt == 0) {
                Process install = new ProcessBuilder("bash", "scripts/install-test-tools").inheritIO().start();
                if (install.waitFor() != 0) {
                    throw new IllegalStateException("scripts/install-test-tools could not install " + name
                            + " (status " + install.exitValue() + ")");
                }
            }
        }
        throw new IllegalStateException(name + " is missing after scripts/install-test-tools: looked for "
                + candidates);
    }
}
