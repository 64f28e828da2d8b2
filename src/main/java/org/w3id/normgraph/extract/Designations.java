package org.w3id.normgraph.extract;

import java.util.Map;

/**
 * Turns Chinese article designations into English drafting: 第 10 条之二 is Article 10 bis. The Chinese texts
 * write the Latin multiplicative adverbs (bis, ter, quater …) as 之二, 之三, 之四 ….
 */
public final class Designations {

    private static final Map<String, String> LATIN_INSERTIONS = Map.ofEntries(
            Map.entry("二", "bis"), Map.entry("三", "ter"), Map.entry("四", "quater"),
            Map.entry("五", "quinquies"), Map.entry("六", "sexies"), Map.entry("七", "septies"),
            Map.entry("八", "octies"), Map.entry("九", "novies"), Map.entry("十", "decies"));

    private static final Map<String, String> CHINESE_INSERTIONS = Map.ofEntries(
            Map.entry("bis", "二"), Map.entry("ter", "三"), Map.entry("quater", "四"),
            Map.entry("quinquies", "五"), Map.entry("sexies", "六"), Map.entry("septies", "七"),
            Map.entry("octies", "八"), Map.entry("novies", "九"), Map.entry("decies", "十"));

    /** Characters that may follow 之 in a designation, for use in patterns. */
    public static final String INSERTION_CHARS = "二三四五六七八九十";

    private Designations() {
    }

    /** {@code designation("10", "二")} is {@code "10 bis"}; a null or empty insertion gives the number alone. */
    public static String designation(String number, String insertion) {
        if (insertion == null || insertion.isEmpty()) {
            return number;
        }
        String latin = LATIN_INSERTIONS.get(insertion);
        if (latin == null) {
            throw new IllegalArgumentException("no Latin form for 之" + insertion);
        }
        return number + " " + latin;
    }

    /** The Chinese form of an English designation: {@code "10 bis"} is {@code 第 10 条之二}. */
    public static String chineseArticle(String designation) {
        String[] parts = designation.split(" ", 2);
        String suffix = parts.length == 2 ? "之" + CHINESE_INSERTIONS.get(parts[1]) : "";
        return "第 " + parts[0] + " 条" + suffix;
    }

    /** A designation as an IRI path segment: {@code "3 (l bis)"} is {@code "3-l-bis"}. */
    public static String slug(String designation) {
        return designation.replaceAll("[()]", "").trim().replaceAll("\\s+", "-");
    }
}
