package org.w3id.normgraph.extract;

/** Rewrites a text's layout without changing its words, as another PDF extraction might. */
final class LayoutVariants {

    private LayoutVariants() {
    }

    /**
     * Re-wraps the running text for a page about twice as wide: each full line of a paragraph is joined with the
     * line that follows it. Short lines (headings, paragraph ends), footnote lines, link lines and page starts keep
     * their place, as they do in every extraction of the PDF.
     */
    static String widen(String text, int fullLine) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
            if (i + 1 < lines.length && joinable(line, fullLine) && continuation(lines[i + 1])) {
                out.append(lines[++i]);
            }
        }
        return out.toString();
    }

    private static boolean joinable(String line, int fullLine) {
        return line.strip().length() >= fullLine && !line.contains("http") && !Character.isDigit(line.charAt(0));
    }

    private static boolean continuation(String next) {
        return !next.isBlank() && !next.contains("http") && !Character.isDigit(next.charAt(0))
                && !next.startsWith(" ") && !next.startsWith("“") && !next.startsWith("[");
    }
}
