package org.w3id.normgraph.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One reply of a compilation: the actor's name as its heading, the language it was sent in ({@code [原件：英文]}),
 * its date ({@code [2022 年 5 月 31 日]}), its sections, and the footnotes that belong to it.
 *
 * @param sectionHeading the heading of the section of replies it stands in, as printed (二. 从各国政府收到的答复)
 * @param language the name of the language as written inside the brackets (英文); empty in editions that print no
 *                 [原件：…] line
 * @param dateLine the bracketed date line as written
 */
public record ReplyText(ReplySection section, Passage sectionHeading, Passage heading, Optional<Passage> language, Passage dateLine, LocalDate date,
        List<TextSection> sections, List<PrintedFootnote> footnotes) {

    public ReplyText {
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }
}
