package org.w3id.normgraph.server;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.w3id.normgraph.store.PublishedVersions;

/**
 * What {@code serve --take-from DIR} runs: whenever {@code DIR/latest} names a version other than the one served,
 * the version is checked against its checksum, loaded into the server's database and switched to; one that fails
 * the check is refused once (and not tried again until {@code latest} names another), and the version in use stays.
 */
public final class PublishedVersionTaker {

    private final NormgraphServer.Running running;
    private final Path from;
    private final Path database;
    private final Consumer<String> log;
    private String tried = "";

    public PublishedVersionTaker(NormgraphServer.Running running, Path from, Path database, Consumer<String> log) {
        this.running = running;
        this.from = from;
        this.database = database;
        this.log = log;
    }

    /** Looks once: takes the latest version if it is new; returns whether the server switched to it. */
    public boolean takeLatest() {
        try {
            String serving = running.versionId();
            if (serving == null) {
                // The version first served is still being checked: its id, which latest may name, is not known yet.
                return false;
            }
            Optional<PublishedVersions.Published> latest = PublishedVersions.latest(from);
            if (latest.isEmpty() || latest.get().id().equals(tried) || latest.get().id().equals(serving)) {
                return false;
            }
            tried = latest.get().id();
            PublishedVersions.take(latest.get(), database, log);
            running.reload();
            return true;
        } catch (RuntimeException e) {
            log.accept("refused a published version, still serving " + running.versionId() + ": " + e.getMessage());
            return false;
        }
    }

    /** Looks every second until interrupted. */
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            takeLatest();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
