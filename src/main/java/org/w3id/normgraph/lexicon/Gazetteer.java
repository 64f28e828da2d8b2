package org.w3id.normgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds actor names in Chinese running text by longest match, so that 加勒比海地区社群 is CARICOM and not Haiti
 * (海地) and 南苏丹 is not Sudan. Whether a name may end where it ends (阿曼, Oman, inside 阿曼迪普, Amandeep) is
 * for the caller to decide, from {@link #matchesAt}.
 */
public final class Gazetteer {

    /** One recognised name: which actor, and where in the text. */
    public record Match(ActorName name, int start, int end) {
    }

    private final Map<String, ActorName> byName = new HashMap<>();
    private final int longestName;

    public Gazetteer(List<ActorName> names) {
        int longest = 0;
        for (ActorName name : names) {
            ActorName previous = byName.putIfAbsent(name.name(), name);
            if (previous != null && !previous.actor().equals(name.actor())) {
                throw new IllegalStateException("name " + name.name() + " belongs to both "
                        + previous.actor().key() + " and " + name.actor().key());
            }
            longest = Math.max(longest, name.name().length());
        }
        this.longestName = longest;
    }

    public static Gazetteer of(ReferenceData data) {
        return new Gazetteer(data.names());
    }

    /** The longest name that starts exactly at {@code index}. */
    public Optional<Match> longestMatchAt(String text, int index) {
        return matchesAt(text, index).stream().findFirst();
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
        int max = Math.min(longestName, text.length() - index);
        for (int length = max; length > 0; length--) {
            ActorName name = byName.get(text.substring(index, index + length));
            if (name != null) {
                matches.add(new Match(name, index, index + length));
            }
        }
        return matches;
    }
}
