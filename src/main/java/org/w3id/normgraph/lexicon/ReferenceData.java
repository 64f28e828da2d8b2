package org.w3id.normgraph.lexicon;

import org.w3id.normgraph.reader.TsvResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference data bundled in {@code /reference/}: States ({@code states.csv}), groups ({@code groups.csv}) and
 * other participants ({@code participants.csv}); see {@code SOURCES.md} there for where each column comes from.
 */
public final class ReferenceData {

    private static final String FORMULA_SUFFIX = "_MS";

    private final Map<String, Actor> actorsByKey;
    private final List<ActorName> names;
    /** The English names of the groups that speak with their member States (European Union and its member States). */
    private final List<ActorName> englishFormulas;

    private ReferenceData(Map<String, Actor> actorsByKey, List<ActorName> names, List<ActorName> englishFormulas) {
        this.actorsByKey = actorsByKey;
        this.names = names;
        this.englishFormulas = englishFormulas;
    }

    /**
     * The English names of the States, groups and participants (short name and variants, with the UN's formal names
     * such as Iran (Islamic Republic of)), for texts in English; {@link #names()} are the Chinese ones.
     */
    public List<ActorName> englishNames() {
        List<ActorName> english = new ArrayList<>();
        for (Actor actor : actorsByKey.values()) {
            english.add(new ActorName(actor.nameEn(), actor, false));
            actor.nameEnVariants().forEach(n -> english.add(new ActorName(n, actor, false)));
        }
        english.addAll(englishFormulas);
        return List.copyOf(english);
    }

    /**
     * The names of the States, groups and participants in {@code language}, for texts in a language whose names the
     * reference data does not carry: CLDR's name of each State's country ({@link Locale#getDisplayCountry(Locale)}
     * of its ISO 3166-1 alpha-2 code) and the UN's own names where they differ, listed with their source in
     * {@code /lexicon/un-actor-names.<language>.tsv} where that file exists. A name with an apostrophe is known with
     * both the straight one (') and the typographic one (’), as either is printed.
     */
    public List<ActorName> namesIn(Locale language) {
        List<ActorName> found = new ArrayList<>();
        for (Actor actor : actorsByKey.values()) {
            String iso2 = actor.attributes().get("iso2");
            if (iso2 != null) {
                String name = new Locale("", iso2).getDisplayCountry(language);
                if (!name.equals(iso2)) {
                    found.add(new ActorName(name, actor, false));
                }
            }
        }
        String resource = "/lexicon/un-actor-names." + language.toLanguageTag() + ".tsv";
        if (ReferenceData.class.getResource(resource) != null) {
            for (TsvResource.Row row : TsvResource.read(resource, 2)) {
                // group/EU_MS: the group speaking with its member States, as groups.csv has it
                boolean formula = row.cell(0).endsWith(FORMULA_SUFFIX);
                String key = formula ? row.cell(0).substring(0, row.cell(0).length() - FORMULA_SUFFIX.length())
                        : row.cell(0);
                Actor actor = actorsByKey.get(key);
                if (actor == null) {
                    throw row.error("no actor " + row.cell(0)
                            + " in the reference data (state/<ISO3>, group/<code> or group/<code>_MS)");
                }
                found.add(new ActorName(row.cell(1), actor, formula));
            }
        }
        List<ActorName> names = new ArrayList<>(found);
        for (ActorName name : found) {
            String straight = name.name().replace('’', '\'');
            String curly = name.name().replace('\'', '’');
            for (String other : List.of(straight, curly)) {
                if (!other.equals(name.name())) {
                    names.add(new ActorName(other, name.actor(), name.withMemberStates()));
                }
            }
        }
        return List.copyOf(names);
    }

    public static ReferenceData bundled() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<ActorName> names = new ArrayList<>();
        for (CSVRecord row : read("states.csv")) {
            Actor state = new Actor(ActorKind.STATE, row.get("iso3"), row.get("name_zh_short"),
                    row.get("name_en_short"), split(row.get("name_zh_variants")), split(row.get("name_en_variants")),
                    row.get("wikidata"), List.of(), attributes(row, "iso2", "m49", "name_zh_formal",
                            "name_en_formal", "region", "subregion", "intermediate_region", "un_member",
                            "wikidata_alt"));
            add(actors, names, state);
        }
        List<CSVRecord> formulas = new ArrayList<>();
        List<ActorName> englishFormulas = new ArrayList<>();
        for (CSVRecord row : read("groups.csv")) {
            if (row.get("code").endsWith(FORMULA_SUFFIX)) {
                formulas.add(row);
                continue;
            }
            Actor group = new Actor(ActorKind.GROUP, row.get("code"), row.get("name_zh"), row.get("name_en"),
                    split(row.get("name_zh_variants")), split(row.get("name_en_variants")), row.get("wikidata"),
                    Arrays.stream(row.get("member_iso3").split(" ")).filter(s -> !s.isBlank()).toList(),
                    attributes(row, "member_count", "members_as_of"));
            add(actors, names, group);
        }
        for (CSVRecord row : formulas) {
            String groupCode = row.get("code").substring(0, row.get("code").length() - FORMULA_SUFFIX.length());
            Actor group = actors.get(ActorKind.GROUP.pathSegment() + "/" + groupCode);
            if (group == null) {
                throw new IllegalStateException("groups.csv: speaker formula " + row.get("code")
                        + " names no group " + groupCode);
            }
            split(row.get("name_zh_variants")).forEach(n -> names.add(new ActorName(n, group, true)));
            split(row.get("name_en_variants")).forEach(n -> englishFormulas.add(new ActorName(n, group, true)));
        }
        for (CSVRecord row : read("participants.csv")) {
            Actor participant = new Actor(ActorKind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT)),
                    row.get("code"), row.get("name_zh"), row.get("name_en"), split(row.get("name_zh_variants")),
                    split(row.get("name_en_variants")), row.get("wikidata"), List.of(), Map.of());
            add(actors, names, participant);
        }
        return new ReferenceData(actors, List.copyOf(names), List.copyOf(englishFormulas));
    }

    private static void add(Map<String, Actor> actors, List<ActorName> names, Actor actor) {
        if (actors.putIfAbsent(actor.key(), actor) != null) {
            throw new IllegalStateException("reference data: duplicate actor " + actor.key());
        }
        names.add(new ActorName(actor.nameZh(), actor, false));
        actor.nameZhVariants().forEach(n -> names.add(new ActorName(n, actor, false)));
    }

    private static List<CSVRecord> read(String file) {
        String resource = "/reference/" + file;
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Map<String, String> attributes(CSVRecord row, String... columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : columns) {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                values.put(column, value.strip());
            }
        }
        return values;
    }

    public List<Actor> actors() {
        return List.copyOf(actorsByKey.values());
    }

    public List<ActorName> names() {
        return names;
    }

    public Optional<Actor> actor(ActorKind kind, String code) {
        return Optional.ofNullable(actorsByKey.get(kind.pathSegment() + "/" + code));
    }
}
