package org.w3id.normgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The page furniture that a converter adds to a rendering, or the forms it writes characters in: a page number and a
 * running head at each page break, full-width digits and ideographic spaces beside Chinese text.
 */
final class PageFurniture {

    /** A text and, for each of its characters, the offset in the original it renders (-1 for one added). */
    record Rendered(String text, int[] origins) {
    }

    private PageFurniture() {
    }

    /** Adds a page number and {@link Rendering#RUNNING_HEAD} before the line of each offset in {@code pageStarts}. */
    static Rendered withRunningHeads(String body, int[] origins, List<Integer> pageStarts) {
        StringBuilder withHeads = new StringBuilder();
        List<Integer> headOrigins = new ArrayList<>();
        int page = 1;
        int next = 0;
        for (int start : pageStarts) {
            int lineStart = body.lastIndexOf('\n', start - 1) + 1;
            for (int i = next; i < lineStart; i++) {
                withHeads.append(body.charAt(i));
                headOrigins.add(origins[i]);
            }
            String heads = "- " + (++page) + " -\n" + Rendering.RUNNING_HEAD + "\n";
            withHeads.append(heads);
            heads.chars().forEach(c -> headOrigins.add(-1));
            next = lineStart;
        }
        for (int i = next; i < body.length(); i++) {
            withHeads.append(body.charAt(i));
            headOrigins.add(origins[i]);
        }
        return new Rendered(withHeads.toString(), headOrigins.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Digits as full-width forms (２０２２), except inside links, and spaces beside Chinese text as ideographic ones. */
    static String fullWidth(String body) {
        StringBuilder converted = new StringBuilder(body);
        boolean inLink = false;
        for (int i = 0; i < converted.length(); i++) {
            if (body.startsWith("http", i)) {
                inLink = true;
            }
            char c = converted.charAt(i);
            if (Character.isWhitespace(c) && c != ' ') {
                inLink = false;
            } else if (c == ' ') {
                inLink = false;
                boolean besideChinese = i > 0 && LineWrap.wide(converted.charAt(i - 1))
                        || i + 1 < converted.length() && LineWrap.wide(converted.charAt(i + 1));
                if (besideChinese && i > 0 && converted.charAt(i - 1) != '\n' && converted.charAt(i - 1) != ' ') {
                    converted.setCharAt(i, '\u3000');
                }
            } else if (!inLink && c >= '0' && c <= '9') {
                converted.setCharAt(i, (char) ('０' + (c - '0')));
            }
        }
        return converted.toString();
    }
}
