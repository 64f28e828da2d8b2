package org.w3id.normgraph.server.limits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX}, {@code REPLACE} and {@code CONCAT} (and XPath's {@code fn:matches}, {@code fn:replace}
 * and {@code fn:concat}) with the same answers as ARQ's, but with their work counted against the query's
 * {@link ExpressionBudget}: a regular expression reads its text through a {@link BudgetedText}, and a string is
 * measured before it is built. They take the place of ARQ's in every query of a dataset whose context went
 * through {@link #install}, before ARQ's optimizer folds constants, so that the folding is bounded too.
 */
public final class BoundedFunctions {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private BoundedFunctions() {
    }

    /** Makes every query of the dataset with {@code context} use the bounded functions. */
    public static void install(Context context) {
        RewriteFactory standard = context.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory optimizer = standard == null ? Optimize.getFactory() : standard;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) planContext -> {
            Rewrite optimize = optimizer.create(planContext);
            return op -> ExpressionBudget.current().planning(() -> optimize.rewrite(bounded(op)));
        });
    }

    /** {@code op} with the bounded functions in place of ARQ's. */
    static Op bounded(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                Expr bounded = boundedCall(func, args);
                return bounded != null ? bounded : super.transform(func, args);
            }
        }, op);
    }

    private static Expr boundedCall(ExprFunctionN func, ExprList args) {
        if (func instanceof BoundedRegex || func instanceof BoundedReplace || func instanceof BoundedConcat) {
            return null;
        }
        String iri = func instanceof E_Function f ? f.getFunctionIRI() : null;
        if (func instanceof E_Regex || (FN + "matches").equals(iri) && (args.size() == 2 || args.size() == 3)) {
            return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }
        if (func instanceof E_StrReplace || (FN + "replace").equals(iri) && (args.size() == 3 || args.size() == 4)) {
            return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
        if (func instanceof E_StrConcat || (FN + "concat").equals(iri)) {
            return new BoundedConcat(args);
        }
        return null;
    }

    /** The pattern of a constant pattern and flags, or null where either is computed per row. */
    private static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        if (pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString())) {
            return RegexEngine.makePattern(function, pattern.getConstant().getString(),
                    flags == null ? null : flags.getConstant().getString());
        }
        return null;
    }

    private static Pattern pattern(String function, Pattern constant, List<NodeValue> args, int flagsAt) {
        if (constant != null) {
            return constant;
        }
        String pattern = NodeValueOps.checkAndGetStringLiteral(function, args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > flagsAt
                ? NodeValueOps.checkAndGetStringLiteral(function, args.get(flagsAt)).getLiteralLexicalForm() : null;
        if (flags != null && !flags.matches("[smixq]*")) {
            throw new ExprEvalException(function + ": only the flags s, m, i, x and q are allowed, got \"" + flags
                    + "\"");
        }
        return RegexEngine.makePattern(function, pattern, flags);
    }

    static final class BoundedRegex extends E_Regex {

        private final Pattern constant;

        BoundedRegex(Expr text, Expr pattern, Expr flags) {
            super(text, pattern, flags);
            this.constant = constantPattern("REGEX", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Matcher matcher = pattern("REGEX", constant, args, 2).matcher(new BudgetedText(text));
            return NodeValue.booleanReturn(matcher.find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new BoundedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
        }
    }

    static final class BoundedReplace extends E_StrReplace {

        private final Pattern constant;

        BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
            this.constant = constantPattern("REPLACE", pattern, flags);
        }

        /** As ARQ's {@code XSDFuncOp.strReplace}: a match of the empty string counts only where nothing matched. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String text = input.getLiteralLexicalForm();
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2))
                    .getLiteralLexicalForm();
            Matcher matcher = pattern("REPLACE", constant, args, 3).matcher(new BudgetedText(text));
            ExpressionBudget budget = ExpressionBudget.current();
            StringBuilder result = null;
            try {
                while (matcher.find()) {
                    if (result == null) {
                        result = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(result, replacement);
                    budget.checkLength(result.length() + (long) (text.length() - matcher.end()), "REPLACE");
                }
                if (result == null) {
                    return args.get(0);
                }
                matcher.appendTail(result);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            String replaced = result.toString();
            if (replaced.equals(text)) {
                return args.get(0);
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(replaced, input.getLiteralLanguage(),
                    input.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2),
                    newArgs.size() > 3 ? newArgs.get(3) : null);
        }
    }

    static final class BoundedConcat extends E_StrConcat {

        BoundedConcat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args) {
                Node node = arg.asNode();
                if (node.isLiteral()) {
                    length += node.getLiteralLexicalForm().length();
                }
            }
            ExpressionBudget.current().checkLength(length, "CONCAT");
            return XSDFuncOp.strConcat(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new BoundedConcat(newArgs);
        }
    }

    /**
     * A text as a regular expression reads it: every {@value #STEPS_PER_CHECK} characters read are spent from the
     * query's budget, which throws once the query's time is up.
     */
    static final class BudgetedText implements CharSequence {

        private static final int STEPS_PER_CHECK = 1024;
        private final String text;
        private final ExpressionBudget budget = ExpressionBudget.current();
        private int untilCheck = STEPS_PER_CHECK;

        BudgetedText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (--untilCheck == 0) {
                untilCheck = STEPS_PER_CHECK;
                budget.spend(STEPS_PER_CHECK);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
