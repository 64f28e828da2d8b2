package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.reader.TsvResource;

/**
 * One file of stance rules as written (reply-stance-cues.tsv explains its columns): the rules, each a regular
 * expression with placeholders, and the definitions ({@code {name}}) that the placeholders stand for. A file that
 * does not say what a rule needs fails with its row.
 *
 * @param resource the classpath resource read, which errors name
 */
record StanceRuleFile(String resource, List<Rule> rules, Map<String, String> defines) {

    private static final String DEFINE = "define";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)\\}");

    /** Where a rule may match: at any clause opening, only at a sentence's start, or after the actor's own stance. */
    enum Anchor {
        CLAUSE, SENTENCE, CONTINUATION
    }

    record Rule(String name, StanceRelation relation, Anchor anchor, String pattern) {
    }

    static StanceRuleFile read(String resource) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> defines = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.read(resource, 4)) {
            String name = row.cell(0);
            if (row.cell(1).equals(DEFINE)) {
                Matcher m = PLACEHOLDER.matcher(name);
                if (!m.matches()) {
                    throw row.error("a definition is named {like-this}, found " + name);
                }
                defines.put(m.group(1), row.cell(3));
                continue;
            }
            Anchor anchor;
            try {
                anchor = Anchor.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("anchor must be clause, sentence or continuation, found " + row.cell(2));
            }
            Rule rule = new Rule(name, StanceRelation.fromLocalName(row.cell(1)), anchor, row.cell(3));
            if (!rule.pattern().contains("(?<cue>") || !rule.pattern().contains("(?<object>")) {
                throw row.error("rule " + name + " needs the named groups cue and object");
            }
            rules.add(rule);
        }
        for (String needed : List.of("object-end", "pronoun", "version")) {
            if (!defines.containsKey(needed)) {
                throw new IllegalStateException(resource + ": needs the definitions {object-end}, {pronoun} and"
                        + " {version}; {" + needed + "} is missing");
            }
        }
        return new StanceRuleFile(resource, List.copyOf(rules), Map.copyOf(defines));
    }

    /** {@code pattern} with each placeholder replaced by {@code extra}'s value or the definition, to any depth. */
    String expand(String pattern, Map<String, String> extra) {
        String expanded = pattern;
        for (int depth = 0; depth < 8 && PLACEHOLDER.matcher(expanded).find(); depth++) {
            Matcher m = PLACEHOLDER.matcher(expanded);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = extra.containsKey(m.group(1)) ? extra.get(m.group(1)) : defines.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException(resource + ": no definition for {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            expanded = out.toString();
        }
        return expanded;
    }
}
