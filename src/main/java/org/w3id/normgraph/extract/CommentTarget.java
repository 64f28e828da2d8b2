package org.w3id.normgraph.extract;

/**
 * What a block of the report's own commentary comments on: a statement, a draft provision, or a part of the report.
 *
 * @param statement the ordinal of the statement, or 0
 * @param provision the provision, or null
 * @param part      the number of the {@link ReportPart}, or 0
 */
public record CommentTarget(int statement, ProvisionRef provision, int part) {

    public static CommentTarget statement(int ordinal) {
        return new CommentTarget(ordinal, null, 0);
    }

    public static CommentTarget provision(ProvisionRef provision) {
        return new CommentTarget(0, provision, 0);
    }

    public static CommentTarget part(int number) {
        return new CommentTarget(0, null, number);
    }
}
