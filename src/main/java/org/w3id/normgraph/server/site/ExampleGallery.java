package org.w3id.normgraph.server.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query page's examples: the canned queries grouped by the question they answer (stances, statements, replies,
 * linked data), each with one line in English and in Chinese from {@value #RESOURCE}. A canned query that the file
 * does not list still appears, under {@link Group#OTHER}, titled by its question.
 */
public final class ExampleGallery {

    public static final String RESOURCE = "site/example-gallery.tsv";

    /** A group of the gallery, in the order the page lists them. */
    public enum Group {
        STANCES("stances", "Stances: who supports or opposes what", "立场"),
        STATEMENTS("statements", "Statements: who said what, when", "发言"),
        REPLIES("replies", "Replies to the Secretary-General", "对秘书长的答复"),
        LINKED_DATA("linked-data", "Linked data: other sources", "关联数据"),
        OTHER("other", "Other examples", "其他示例");

        final String id;
        final String english;
        final String chinese;

        Group(String id, String english, String chinese) {
            this.id = id;
            this.english = english;
            this.chinese = chinese;
        }

        static Group of(String id) {
            for (Group group : values()) {
                if (group.id.equals(id)) {
                    return group;
                }
            }
            throw new IllegalArgumentException("no example group \"" + id + "\"");
        }
    }

    /** One example: the canned query, its group and its line in English and Chinese (empty where unlisted). */
    record Example(CannedQueries.CannedQuery query, Group group, String english, String chinese) {
    }

    /** One row of the gallery file. */
    public record Entry(String file, Group group, String english, String chinese) {
    }

    private ExampleGallery() {
    }

    /** The examples by group, groups in their order, examples in the gallery file's order (unlisted ones last). */
    static Map<Group, List<Example>> of(List<CannedQueries.CannedQuery> queries) {
        Map<String, Entry> entries = entries();
        Map<String, Integer> order = new HashMap<>();
        entries.keySet().forEach(file -> order.put(file, order.size()));
        Map<Group, List<Example>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        queries.stream().sorted(java.util.Comparator.comparing(q -> order.getOrDefault(q.file(), order.size())))
                .forEach(query -> {
                    Entry entry = entries.get(query.file());
                    Example example = entry == null ? new Example(query, Group.OTHER, "", "")
                            : new Example(query, entry.group(), entry.english(), entry.chinese());
                    groups.get(example.group()).add(example);
                });
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** The rows of {@value #RESOURCE}, by file name, in the file's order. */
    public static Map<String, Entry> entries() {
        InputStream in = ExampleGallery.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no " + RESOURCE + " on the class path");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4 || fields[2].isBlank() || fields[3].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ", line " + number + ": expected four fields separated"
                            + " by tabs (file, group, English, Chinese), found: " + line);
                }
                try {
                    entries.put(fields[0], new Entry(fields[0], Group.of(fields[1]), fields[2], fields[3]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ", line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
