package org.w3id.normgraph.lexicon;

import java.util.Arrays;

/**
 * Words of one index letter by letter ({@link SpacedWords.Index}): at a place of a text, one walk down the tree finds
 * every word that stands there, with any {@code \s} between two of its letters, instead of trying each word that
 * begins with the letter there one after the other. Words of UTF-16 units only (letters of the Basic Multilingual
 * Plane).
 */
final class WordTrie {

    /** Receives a word that stands at the place asked about, and where it ends. */
    interface Hit {
        void at(int word, int end);
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        /** The words that end with this node's letter. */
        private int[] ends = new int[0];

        Node child(char c) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == c) {
                    return children[k];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = child;
            }
            return child;
        }
    }

    /** The first letters' nodes, by the letter (null where no word begins with it). */
    private Node[] roots = new Node[0];

    void add(int word, char[] units) {
        char first = units[0];
        if (first >= roots.length) {
            roots = Arrays.copyOf(roots, first + 1);
        }
        if (roots[first] == null) {
            roots[first] = new Node();
        }
        Node node = roots[first];
        for (int u = 1; u < units.length; u++) {
            node = node.addChild(units[u]);
        }
        node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
        node.ends[node.ends.length - 1] = word;
    }

    /** Whether some word begins with {@code c}. */
    boolean begins(char c) {
        return c < roots.length && roots[c] != null;
    }

    /** Every word that stands in {@code text} from {@code at} on. */
    void wordsAt(String text, int at, Hit hit) {
        Node node = roots[text.charAt(at)];
        int end = at + 1;
        while (true) {
            for (int word : node.ends) {
                hit.at(word, end);
            }
            int next = end;
            while (next < text.length() && SpacedWords.isRegexSpace(text.charAt(next))) {
                next++;
            }
            if (next >= text.length() || (node = node.child(text.charAt(next))) == null) {
                return;
            }
            end = next + 1;
        }
    }
}
