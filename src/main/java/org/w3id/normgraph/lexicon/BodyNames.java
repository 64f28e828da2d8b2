package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.reader.TsvResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the forums, organizations, groups of States and legal instruments that a Chinese text names. Names of
 * groups come from the reference data; all others are data too, in {@value #RESOURCE}. Spaces inside a name do not
 * matter, and where names overlap the longest wins, so that 东盟区域论坛 is the ASEAN Regional Forum and not ASEAN.
 *
 * <pre>{@code
 * BodyNames.bundled(ReferenceData.bundled()).find("在欧洲安全与合作组织、东南亚国家联盟区域论坛")
 * // → group/OSCE (欧洲安全与合作组织), forum/ARF (东南亚国家联盟区域论坛)
 * }</pre>
 */
public final class BodyNames {

    /** By start, the longer first, then by entity. */
    private static final Comparator<BodyMention> IN_TEXT_ORDER = Comparator.comparingInt(BodyMention::start)
            .thenComparing(Comparator.comparingInt(BodyMention::end).reversed())
            .thenComparing(BodyMention::entity);

    private static final String FORUM_PATH = "forum/";
    public static final String RESOURCE = "/lexicon/body-names.tsv";
    private static final Pattern ENTITY = Pattern.compile("(forum|organization|instrument|group)/[A-Za-z0-9-]+");

    /** A name found in a text: the path of what it names under {@code https://w3id.org/normgraph/id/}, and where. */
    public record BodyMention(String entity, int start, int end, String words) {
    }

    private record Name(String entity, SpacedWords words) {
    }

    private final List<Name> names;

    private final SpacedWords.Index index;

    private BodyNames(List<Name> names) {
        this.names = names;
        this.index = new SpacedWords.Index(names.stream().map(Name::words).toList());
    }

    public static BodyNames bundled(ReferenceData reference) {
        List<Name> names = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.read(RESOURCE, 2)) {
            if (!ENTITY.matcher(row.cell(0)).matches()) {
                throw row.error("entity must be forum/…, organization/…, instrument/… or group/…, found " + row.cell(0));
            }
            names.add(new Name(row.cell(0), SpacedWords.of(row.cell(1))));
        }
        for (ActorName name : reference.names()) {
            if (name.actor().kind() == ActorKind.GROUP) {
                names.add(new Name(name.actor().key(), SpacedWords.of(name.name())));
            }
        }
        return new BodyNames(List.copyOf(names));
    }

    /** The entities that the lexicon names, for checks that each is described in the reference data. */
    public List<String> entities() {
        return names.stream().map(Name::entity).distinct().sorted().toList();
    }

    /** Every name in the text, in text order; overlapping names give way to the one that starts first, then the longest. */
    public List<BodyMention> find(String text) {
        List<BodyMention> found = new ArrayList<>();
        index.findAll(text, (name, start, end) ->
                found.add(new BodyMention(names.get(name).entity(), start, end, text.substring(start, end))));
        found.sort(IN_TEXT_ORDER);
        List<BodyMention> kept = new ArrayList<>();
        int covered = 0;
        for (BodyMention mention : found) {
            if (mention.start() >= covered) {
                kept.add(mention);
                covered = mention.end();
            }
        }
        return List.copyOf(kept);
    }

    /** The forum codes (OEWG-2021, AHC) of the forums named in the text, once each, in text order. */
    public List<String> forumsNamedIn(String text) {
        return find(text).stream().map(BodyMention::entity).filter(entity -> entity.startsWith(FORUM_PATH))
                .map(entity -> entity.substring(FORUM_PATH.length())).distinct().toList();
    }
}
