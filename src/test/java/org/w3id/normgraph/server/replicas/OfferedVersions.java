package org.w3id.normgraph.server.replicas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.normgraph.store.PublishedVersions;

/**
 * The folder that a replica takes versions from ({@code serve --take-from}), as the scenario fills it: a published
 * version is offered to one replica as copying it to the replica's machine would (the version's folder first, then
 * {@code latest}, each moved into place whole); a damaged version is a published one whose dump lost a bit after its
 * checksum was written.
 */
final class OfferedVersions {

    private static final Pattern REFUSAL = Pattern.compile("refused a published version, still serving (\\w+): .*/"
            + "(\\w+)/" + Pattern.quote(PublishedVersions.DUMP) + ": its SHA-256 is (\\w+), but the version published"
            + " \\w+ with (\\w+)");

    /** A replica's log line that refuses a version: the version served, the dump's SHA-256 and the published one. */
    record Refusal(String stillServing, String actualSha256, String publishedSha256) {
    }

    private OfferedVersions() {
    }

    /** Copies {@code version} into {@code folder} and names it latest there. */
    static void offer(PublishedVersions.Published version, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(version.id());
        if (!Files.exists(target)) {
            Path copying = Files.createTempDirectory(folder, ".copying-");
            PathUtils.copyDirectory(version.folder(), copying);
            Files.move(copying, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Path latest = Files.createTempFile(folder, ".latest-", "");
        Files.writeString(latest, version.id() + "\n", StandardCharsets.UTF_8);
        Files.move(latest, folder.resolve(PublishedVersions.LATEST), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Publishes {@code base} with one more quad (a graph of its own, so a version id of its own) into {@code into},
     * then flips one bit in the middle of its dump: its checksum file no longer matches.
     */
    static PublishedVersions.Published damaged(DatasetGraph base, Path into) throws IOException {
        Quad marker = Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:normgraph:replicas-scenario"),
                RDFS.comment.asNode(), NodeFactory.createLiteralString("a version whose dump is damaged"));
        base.add(marker);
        PublishedVersions.Published published = PublishedVersions.publish(base, into);
        base.delete(marker);
        byte[] dump = Files.readAllBytes(published.dump());
        dump[dump.length / 2] ^= 1;
        Files.write(published.dump(), dump);
        return published;
    }

    /** The line of {@code log} in which the replica refused the version {@code id}, if there is one yet. */
    static Optional<Refusal> refusal(Path log, String id) throws IOException {
        // Latin-1 reads any byte: a log line that is not UTF-8 cannot stop the search.
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            Matcher refused = REFUSAL.matcher(line);
            if (refused.find() && refused.group(2).equals(id)) {
                return Optional.of(new Refusal(refused.group(1), refused.group(3), refused.group(4)));
            }
        }
        return Optional.empty();
    }
}
