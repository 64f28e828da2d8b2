package org.w3id.normgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

public class StackTraceBudgetTest {

    @Test
    void aStackTraceRepeatedForEveryRowFillsTheLogOnlyUpToTheBudgetOfTheMinute() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong(TimeUnit.MINUTES.toNanos(5));
        PrintStream log = new StackTraceBudget(new PrintStream(written, true, StandardCharsets.UTF_8), clock::get);
        IllegalStateException failure = new IllegalStateException("refused", new RuntimeException("cause"));
        for (int row = 0; row < 1_000; row++) {
            log.println("WARN General exception in row " + row);
            failure.printStackTrace(log);
        }
        clock.addAndGet(TimeUnit.MINUTES.toNanos(1));
        log.println("INFO GET /normgraph/sparql 400 12 ms");
        List<String> lines = written.toString(StandardCharsets.UTF_8).lines().toList();
        long traceLines = lines.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by")
                || l.startsWith("\t...")).count();
        long perTrace = failure.getStackTrace().length + 3;
        System.out.printf("1,000 stack traces of about %d lines: %d trace lines written, %d lines in all%n", perTrace,
                traceLines, lines.size());
        assertEquals(StackTraceBudget.LINES_PER_MINUTE, traceLines);
        assertEquals(1_000, lines.stream().filter(l -> l.startsWith("WARN General exception")).count());
        assertTrue(lines.get(lines.size() - 2).matches("normgraph: \\d+ lines of repeated stack traces left out.*"),
                lines.get(lines.size() - 2));
        assertEquals("INFO GET /normgraph/sparql 400 12 ms", lines.get(lines.size() - 1));
    }
}
