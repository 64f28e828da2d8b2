package org.w3id.normgraph.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.normgraph.pipeline.ReportEditionsTest;

/**
 * The page of a report shows its editions side by side: a column per edition, a row per reply with the date and
 * line each edition prints, the reply that one edition lacks and the date that differs marked, and the
 * discrepancies listed (the seeded editions of {@link ReportEditionsTest}).
 */
class EditionsTableTest {

    @Test
    void aReportsPageShowsItsEditionsSideBySide(@TempDir Path corpus) throws IOException {
        Dataset graph = ReportEditionsTest.seededEditions(corpus, new ArrayList<>());
        String page = ResourcePage.render(graph.getUnionModel().getGraph(),
                NodeFactory.createURI("https://w3id.org/normgraph/id/un-document/A/65/154"), new Html(""));
        assertTrue(page.contains("2 editions, 6 replies, 2 discrepancies."), page);
        String table = page.substring(page.indexOf("<table class=\"editions\">"));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher header = Pattern.compile("<th><a [^>]*>([^<]+)</a></th>").matcher(table);
        StringBuilder columns = new StringBuilder();
        while (header.find()) {
            columns.append(header.group(1)).append(' ');
        }
        assertEquals("en zh-Hans ", columns.toString());
        // the rows of the United Kingdom (line 66 of the English edition, none in the seeded Chinese one) and Iran
        assertTrue(table.matches("(?s).*2010-07-02</a>, line 66</td><td class=\"discrepancy\">not printed.*"), table);
        assertTrue(table.matches("(?s).*<td class=\"discrepancy\"><a [^>]*>2010-06-15</a>, line 58</td>"
                + "<td class=\"discrepancy\"><a [^>]*>2010-06-16</a>, line 45</td>.*"), table);
        assertTrue(page.contains("The reply of state/GBR is printed in a-65-154.en.txt line 66 but not in"
                + " a-65-154.zh-Hans.txt."), page);
    }
}
