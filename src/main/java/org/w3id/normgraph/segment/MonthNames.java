package org.w3id.normgraph.segment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.normgraph.reader.TsvResource;

/**
 * The names of the months where an edition writes them otherwise than the JDK's CLDR data for its language: Arabic
 * editions of the UN print two names for a month, the Levantine and the Egyptian one ({@code أيار/مايو}), and spell
 * some of them otherwise than CLDR ({@code حزيران/يونيه}). A lexicon file (name, month 1–12) lists every form; a date
 * is read with each name written as its month's number ({@code 27 5/5 2010}), so that a format such as
 * {@code d M['/'M] uuuu} reads one name or two, and refuses two that name different months.
 */
final class MonthNames {

    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private final Map<String, Integer> months;
    private final Pattern names;

    private MonthNames(Map<String, Integer> months) {
        this.months = Map.copyOf(months);
        // longest first, so that كانون الثاني is read whole and not as a shorter name inside it
        this.names = Pattern.compile("(?<!\\p{L})(" + months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?!\\p{L})");
    }

    /** The months that {@code resource} names: columns name, month (1–12). */
    static MonthNames bundled(String resource) {
        Map<String, Integer> months = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource, 2)) {
            if (!row.cell(1).matches("[1-9]|1[0-2]")) {
                throw row.error("expected the number of a month, 1 to 12, found " + row.cell(1));
            }
            Integer previous = months.put(row.cell(0).strip().replaceAll("(?U)\\s+", " "), Integer.valueOf(row.cell(1)));
            if (previous != null) {
                throw row.error("the name " + row.cell(0) + " is listed twice");
            }
        }
        if (months.isEmpty()) {
            throw new IllegalStateException(resource + ": no month names");
        }
        return new MonthNames(months);
    }

    /** {@code written} (its spaces made single) with each month name as its number and no spaces around a slash. */
    String numbered(String written) {
        Matcher m = names.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, months.get(m.group(1)).toString());
        }
        m.appendTail(out);
        return SLASH.matcher(out).replaceAll("/");
    }
}
