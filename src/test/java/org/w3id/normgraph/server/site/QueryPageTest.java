package org.w3id.normgraph.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The query page as the server writes it, before any script runs. */
class QueryPageTest {

    private static final String WIKIDATA = "opposers-of-article-10-bis-by-continent-wikidata.rq";

    @Test
    void theGalleryListsItsGroupsInOrderAndMarksTheQueryThatAsksAnotherService() {
        String page = QueryPage.render(new Html(""), CannedQueries.load(), List.of());
        List<String> groups = new ArrayList<>();
        Matcher group = Pattern.compile("class=\"example-group\" data-group=\"([a-z-]+)\"").matcher(page);
        while (group.find()) {
            groups.add(group.group(1));
        }
        assertEquals(List.of("stances", "statements", "replies", "linked-data"), groups);
        int wikidata = page.indexOf("data-file=\"" + WIKIDATA + "\"");
        int next = page.indexOf("</li>", wikidata);
        assertTrue(page.substring(wikidata, next).contains("class=\"needs-service\""));
        assertEquals(1, page.split("class=\"needs-service\"", -1).length - 1, "only the Wikidata example asks");
        assertTrue(page.contains("data-service-hosts=\"\""), page);
    }

    @Test
    void thePageNamesTheServicesThisServerMayCall() {
        String page = QueryPage.render(new Html(""), CannedQueries.load(), List.of("query.wikidata.org"));
        assertTrue(page.contains("data-service-hosts=\"query.wikidata.org\""), page);
    }

    @Test
    void aQueryThatTheGalleryFileDoesNotListStillAppearsUnderOtherExamples() {
        CannedQueries.CannedQuery unlisted = new CannedQueries.CannedQuery("new-question.rq", "A new question?",
                "# A new question?\nASK {}\n");
        String page = QueryPage.render(new Html(""), List.of(unlisted), List.of());
        assertTrue(page.contains("data-group=\"other\""), page);
        assertTrue(page.contains(">A new question?</a>"), page);
    }
}
