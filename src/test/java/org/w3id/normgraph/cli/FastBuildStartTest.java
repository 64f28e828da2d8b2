package org.w3id.normgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastBuildStartTest {

    @Test
    void theArchiveLiesBesideTheJarUnderItsName() {
        assertEquals(Path.of("/p/target/normgraph.jsa"), FastBuildStart.archiveOf(Path.of("/p/target/normgraph.jar")));
    }

    @Test
    void theUsersJvmOptionsAreWhatStandsBeforeTheJar() {
        assertEquals(Optional.of(List.of("-Xmx2g", "-Dx=y")), FastBuildStart.userJvmOptions(
                new String[] {"-Xmx2g", "-Dx=y", "-jar", "target/normgraph.jar", "build", "--db", "-jar"}));
        assertEquals(Optional.of(List.of()), FastBuildStart.userJvmOptions(
                new String[] {"-jar", "target/normgraph.jar", "build"}));
    }

    @Test
    void aJvmStartedWithoutMinusJarIsNotRelaunched() {
        assertEquals(Optional.empty(), FastBuildStart.userJvmOptions(
                new String[] {"-cp", "target/normgraph.jar", "org.w3id.normgraph.cli.NormgraphCommand", "build"}));
    }

    @Test
    void onlyBuildIsRelaunched() {
        assertEquals(Optional.empty(), FastBuildStart.relaunchIfArchived(new String[] {"dump", "x.nq"}));
        assertEquals(Optional.empty(), FastBuildStart.relaunchIfArchived(new String[0]));
    }

    @Test
    void theChildMapsTheArchiveQuietlyAndCompilesWithC1UnlessTheCorpusIsLarge() {
        assertEquals(List.of("-XX:SharedArchiveFile=/p/normgraph.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1"), FastBuildStart.archiveOptions(Path.of("/p/normgraph.jsa"), false));
        assertEquals(List.of("-XX:SharedArchiveFile=/p/normgraph.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                FastBuildStart.archiveOptions(Path.of("/p/normgraph.jsa"), true));
    }

    @Test
    void theCorpusWhoseSizeDecidesIsTheBuildsCorpusOptionOrItsDefault() {
        assertEquals(Optional.of("corpus"), FastBuildStart.optionValue(new String[] {"build", "--heap", "2g"},
                "--corpus", BuildCommand.DEFAULT_CORPUS));
        assertEquals(Optional.of("/c"), FastBuildStart.optionValue(new String[] {"build", "--corpus", "/c"},
                "--corpus", BuildCommand.DEFAULT_CORPUS));
        assertEquals(Optional.of("/c"), FastBuildStart.optionValue(new String[] {"build", "--corpus=/c", "--db", "d"},
                "--corpus", BuildCommand.DEFAULT_CORPUS));
    }

    @Test
    void aCorpusIsLargeWhenItsFilesPassTheLimitInAll(@TempDir Path corpus) throws IOException {
        Files.write(corpus.resolve("a.txt"), new byte[(int) (BuildCommand.LARGE_CORPUS_BYTES / 2)]);
        assertFalse(BuildCommand.isLarge(corpus));
        Files.write(corpus.resolve("b.txt"), new byte[(int) (BuildCommand.LARGE_CORPUS_BYTES / 2) + 1]);
        assertTrue(BuildCommand.isLarge(corpus));
        assertFalse(BuildCommand.isLarge(corpus.resolve("absent")));
    }

    @Test
    void theChildsHeapIsTheBuildsHeapOptionOrItsDefault() {
        assertEquals(Optional.of("1g"), FastBuildStart.heapOption(new String[] {"build", "--db", "/tmp/x"}));
        assertEquals(Optional.of("3g"), FastBuildStart.heapOption(new String[] {"build", "--heap", "3g"}));
        assertEquals(Optional.of("600m"), FastBuildStart.heapOption(new String[] {"build", "--heap=600m"}));
        assertEquals(Optional.of("2g"), FastBuildStart.heapOption(new String[] {"build", "--heap", "2g", "--db", "x"}));
        assertEquals(Optional.empty(), FastBuildStart.heapOption(new String[] {"build", "--heap"}));
        assertEquals(Optional.empty(), FastBuildStart.heapOption(new String[] {"build", "--heap="}));
    }

    @Test
    void aUsersHeapLimitIsRecognisedInItsSeveralSpellings() {
        for (String option : List.of("-Xmx2g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=4g")) {
            assertEquals(true, ChildJvm.boundsHeap(List.of("-Dx=y", option)), option);
        }
        assertEquals(false, ChildJvm.boundsHeap(List.of("-Xms1g", "-XX:InitialRAMPercentage=5")));
    }
}
