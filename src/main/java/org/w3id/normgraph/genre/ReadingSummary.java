package org.w3id.normgraph.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the readers of one document met and what became of it: for each kind of candidate (a quotation introduced
 * like a statement, a reply heading, a stance cue), how many were met and how many became facts, and each one left
 * unread with its line and the reason. A build prints it, keeps the counts in the graph's description of the document,
 * and with {@code --strict} stops on a document that left a candidate unread: a fact is never lost without a word.
 */
public final class ReadingSummary {

    /** A candidate that became no fact: its kind, its line in the document, and why it was not taken. */
    public record Unread(String kind, int line, String why) {
    }

    /** The counts of one kind of candidate. */
    public record Counts(int met, int taken, int leftUnread) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<Unread> unread = new ArrayList<>();

    /**
     * Counts a candidate of {@code kind} that became a fact; a kind is written in lower-case letters, digits and
     * hyphens, since it names a resource of the graph.
     */
    public void taken(String kind) {
        checkKind(kind);
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
    }

    /** Counts a candidate of {@code kind} at {@code line} that became no fact, and says why. */
    public void leftUnread(String kind, int line, String why) {
        checkKind(kind);
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
        unread.add(new Unread(kind, line, why));
    }

    private static void checkKind(String kind) {
        if (!kind.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a kind of candidate is written in lower-case letters, digits and"
                    + " hyphens, found \"" + kind + "\"");
        }
    }

    /** The counts by kind, in the order of the kinds' names. */
    public Map<String, Counts> counts() {
        Map<String, Counts> view = new TreeMap<>();
        counts.forEach((kind, c) -> view.put(kind, new Counts(c[0] + c[1], c[0], c[1])));
        return view;
    }

    /** The candidates left unread, in the order they were met. */
    public List<Unread> unread() {
        return List.copyOf(unread);
    }

    /** One line for the person building: {@code quotation 52 met, 50 taken, 2 left unread; …}. */
    public String line() {
        List<String> parts = new ArrayList<>();
        counts().forEach((kind, c) -> parts.add(kind + " " + c.met() + " met, " + c.taken() + " taken"
                + (c.leftUnread() == 0 ? "" : ", " + c.leftUnread() + " left unread")));
        return parts.isEmpty() ? "no candidate counted" : String.join("; ", parts);
    }
}
