package org.w3id.normgraph.server.limits;

import java.util.Locale;
import java.util.function.Supplier;

import org.apache.jena.query.QueryCancelledException;

/**
 * How much work the regular expressions and string building of the query answered on this thread may still do.
 * ARQ cannot cancel a regular expression that backtracks without end, nor one it evaluates while planning (it folds
 * constant expressions before a query runs, where no abort reaches), and a string doubled thirty times exhausts the
 * heap before any time limit: so {@link BoundedFunctions} count their steps here. While a query runs, the budget is
 * its deadline; while ARQ plans it, also a number of steps, since an expression over constants that needs more than
 * {@value #PLANNING_STEPS} steps is one that would only end at the time wall.
 */
public final class ExpressionBudget {

    /** Steps (characters a regular expression reads) that the constant expressions of one query may take. */
    static final long PLANNING_STEPS = 1_000_000L;
    private static final ThreadLocal<ExpressionBudget> CURRENT = new ThreadLocal<>();
    private static final ExpressionBudget UNBOUNDED = new ExpressionBudget(Long.MAX_VALUE, Integer.MAX_VALUE);

    private final long deadlineNanos;
    private final long maxStringChars;
    private long planningStepsLeft = -1;
    private boolean ranAwayWhilePlanning;

    private ExpressionBudget(long deadlineNanos, long maxStringChars) {
        this.deadlineNanos = deadlineNanos;
        this.maxStringChars = maxStringChars;
    }

    /** The budget of the query answered on this thread; unbounded where none was opened. */
    static ExpressionBudget current() {
        ExpressionBudget budget = CURRENT.get();
        return budget == null ? UNBOUNDED : budget;
    }

    /** Gives the query answered on this thread until {@code deadlineNanos}, until the returned scope closes. */
    static Scope open(long deadlineNanos, long maxStringChars) {
        ExpressionBudget previous = CURRENT.get();
        CURRENT.set(new ExpressionBudget(deadlineNanos, maxStringChars));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A budget's time on this thread; closing it never fails. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs ARQ's planning of a query with {@value #PLANNING_STEPS} steps at most. ARQ drops any exception thrown
     * while it folds a constant (and evaluates the expression again when the query runs), so the overrun is
     * remembered and reported here, once planning is over.
     */
    <T> T planning(Supplier<T> plan) {
        if (this == UNBOUNDED) {
            return plan.get();
        }
        planningStepsLeft = PLANNING_STEPS;
        ranAwayWhilePlanning = false;
        try {
            return plan.get();
        } finally {
            planningStepsLeft = -1;
            if (ranAwayWhilePlanning) {
                ranAwayWhilePlanning = false;
                throw new RunawayExpression(String.format(Locale.ROOT, "Query timed out: an expression over"
                        + " constants in this query needs more than %,d steps (a regular expression that backtracks"
                        + " without end); this server ends such a query before it runs%n", PLANNING_STEPS));
            }
        }
    }

    /** Counts {@code steps} done; throws once the query's time is up, or its planning steps are spent. */
    void spend(long steps) {
        if (planningStepsLeft >= 0) {
            planningStepsLeft -= steps;
            if (planningStepsLeft < 0) {
                ranAwayWhilePlanning = true;
                planningStepsLeft = 0;
                throw new RunawayExpression("planning steps spent");
            }
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }

    /** Refuses a string of {@code chars} characters if it is longer than a query may build. */
    void checkLength(long chars, String function) {
        if (chars > maxStringChars) {
            throw new StringTooLong(String.format(Locale.ROOT, "%s would build a string of %,d characters; this"
                    + " server builds none longer than %,d, the most it sends in one answer", function, chars,
                    maxStringChars));
        }
    }

    /** An expression over constants that would run until the time wall: answered 503 before the query runs. */
    static final class RunawayExpression extends QueryRefusal {
        private static final long serialVersionUID = 1L;

        RunawayExpression(String message) {
            super(503, message);
        }
    }

    /** A string longer than any answer may hold: the client's doing, answered 400. */
    static final class StringTooLong extends QueryRefusal {
        private static final long serialVersionUID = 1L;

        StringTooLong(String message) {
            super(400, message);
        }
    }
}
