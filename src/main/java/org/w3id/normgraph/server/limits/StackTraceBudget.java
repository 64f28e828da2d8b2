package org.w3id.normgraph.server.limits;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The server's standard error, where the log goes, with at most {@value #LINES_PER_MINUTE} lines of stack traces a
 * minute: ARQ logs some failures once for every row a query sees, each with its stack trace, so that one request
 * could otherwise write hundreds of megabytes. The log lines themselves pass; the trace lines past the budget are
 * counted, and their number is written once the next minute begins.
 */
public final class StackTraceBudget extends PrintStream {

    static final int LINES_PER_MINUTE = 2_000;
    private static boolean installed;

    private final PrintStream target;
    private final LongSupplier clock;
    private long minute = Long.MIN_VALUE;
    private int linesThisMinute;
    private long leftOut;

    StackTraceBudget(PrintStream target, LongSupplier nanoClock) {
        super(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        this.target = target;
        this.clock = nanoClock;
    }

    /** Puts the budget in front of {@link System#err}, once per process. */
    public static synchronized void install() {
        if (!installed) {
            installed = true;
            System.setErr(new StackTraceBudget(System.err, System::nanoTime));
        }
    }

    private static boolean isTraceLine(String line) {
        return line.startsWith("\tat ") || line.startsWith("\t... ") || line.startsWith("Caused by: ")
                || line.startsWith("\tSuppressed: ") || line.startsWith("\t\tat ");
    }

    private synchronized void line(String line) {
        long now = TimeUnit.NANOSECONDS.toMinutes(clock.getAsLong());
        if (now != minute) {
            if (leftOut > 0) {
                target.println("normgraph: " + leftOut + " lines of repeated stack traces left out of the log in the"
                        + " last minute");
            }
            minute = now;
            linesThisMinute = 0;
            leftOut = 0;
        }
        if (isTraceLine(line) && ++linesThisMinute > LINES_PER_MINUTE) {
            leftOut++;
            return;
        }
        target.println(line);
    }

    @Override
    public void println(String line) {
        String text = line == null ? "null" : line;
        text.lines().forEach(this::line);
    }

    @Override
    public void println(Object value) {
        println(String.valueOf(value));
    }

    @Override
    public void println() {
        line("");
    }

    @Override
    public void print(String text) {
        target.print(text);
    }

    @Override
    public void print(Object value) {
        target.print(value);
    }

    @Override
    public void write(int b) {
        target.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        target.write(bytes, offset, length);
    }

    @Override
    public PrintStream printf(String format, Object... args) {
        target.printf(format, args);
        return this;
    }

    @Override
    public void flush() {
        target.flush();
    }
}
