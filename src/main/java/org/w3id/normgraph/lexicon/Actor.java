package org.w3id.normgraph.lexicon;

import java.util.List;
import java.util.Map;

/**
 * A State, group of States or other participant from the reference data. {@code code} is the ISO 3166-1 alpha-3
 * code for States and territories and the group code (EU, CARICOM, …) for groups.
 *
 * @param attributes the reference data's other columns (ISO and M49 codes, regions, membership status), by name
 */
public record Actor(
        ActorKind kind,
        String code,
        String nameZh,
        String nameEn,
        List<String> nameZhVariants,
        List<String> nameEnVariants,
        String wikidata,
        List<String> memberCodes,
        Map<String, String> attributes) {

    public String key() {
        return kind.pathSegment() + "/" + code;
    }

    /**
     * The same actor: the same kind and code, which the reference data gives to one actor only. Its names, members
     * and attributes are not compared, as a record would: they follow from the code, and comparing them each time an
     * actor is a map's key or a name's owner cost more than reading the stance it was asked for.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Actor actor && kind == actor.kind && code.equals(actor.code);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + code.hashCode();
    }
}
