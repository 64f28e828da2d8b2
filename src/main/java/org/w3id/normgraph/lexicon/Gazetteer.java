package org.w3id.normgraph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds actor names in Chinese running text by longest match, so that 加勒比海地区社群 is CARICOM and not Haiti
 * (海地) and 南苏丹 is not Sudan. Whether a name may end where it ends (阿曼, Oman, inside 阿曼迪普, Amandeep) is
 * for the caller to decide, from {@link #matchesAt}.
 */
public final class Gazetteer {

    /** One recognised name: which actor, and where in the text. */
    public record Match(ActorName name, int start, int end) {
    }

    /** The names letter by letter, so that finding the names at a place reads each letter once. */
    private final Node root;

    public Gazetteer(List<ActorName> names) {
        Map<String, ActorName> byName = new HashMap<>();
        NodeBuilder tree = new NodeBuilder();
        for (ActorName name : names) {
            ActorName previous = byName.putIfAbsent(name.name(), name);
            if (previous != null && !previous.actor().equals(name.actor())) {
                throw new IllegalStateException("name " + name.name() + " belongs to both "
                        + previous.actor().key() + " and " + name.actor().key());
            }
            if (previous == null && !name.name().isEmpty()) {
                tree.add(name.name(), 0, name);
            }
        }
        this.root = tree.build();
    }

    public static Gazetteer of(ReferenceData data) {
        return new Gazetteer(data.names());
    }

    /** The longest name that starts exactly at {@code index}. */
    public Optional<Match> longestMatchAt(String text, int index) {
        Node node = root;
        ActorName longest = null;
        int end = index;
        for (int i = index; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.name != null) {
                longest = node.name;
                end = i + 1;
            }
        }
        return longest == null ? Optional.empty() : Optional.of(new Match(longest, index, end));
    }

    /** The names in {@code text}, read left to right, each the longest at its place, none overlapping. */
    public List<Match> scan(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Optional<Match> match = longestMatchAt(text, i);
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Every name that starts exactly at {@code index}, longest first, for parsers that must backtrack. */
    public List<Match> matchesAt(String text, int index) {
        List<Match> matches = new ArrayList<>();
        Node node = root;
        for (int i = index; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.name != null) {
                matches.add(new Match(node.name, index, i + 1));
            }
        }
        Collections.reverse(matches);
        return matches;
    }

    /** A place in the tree of names: the name that ends here, if any, and the letters that go on, in order. */
    private static final class Node {
        final ActorName name;
        final char[] letters;
        final Node[] children;

        Node(ActorName name, char[] letters, Node[] children) {
            this.name = name;
            this.letters = letters;
            this.children = children;
        }

        Node child(char letter) {
            int at = Arrays.binarySearch(letters, letter);
            return at >= 0 ? children[at] : null;
        }
    }

    private static final class NodeBuilder {
        ActorName name;
        final TreeMap<Character, NodeBuilder> children = new TreeMap<>();

        void add(String word, int from, ActorName named) {
            if (from == word.length()) {
                name = named;
                return;
            }
            children.computeIfAbsent(word.charAt(from), c -> new NodeBuilder()).add(word, from + 1, named);
        }

        Node build() {
            char[] letters = new char[children.size()];
            Node[] built = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, NodeBuilder> child : children.entrySet()) {
                letters[i] = child.getKey();
                built[i++] = child.getValue().build();
            }
            return new Node(name, letters, built);
        }
    }
}
