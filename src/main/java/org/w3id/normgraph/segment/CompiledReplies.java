package org.w3id.normgraph.segment;

import java.util.List;

import org.w3id.normgraph.document.SourceText;

/**
 * A report that compiles the replies of States and organizations to a request of the General Assembly, such as the
 * Secretary-General's yearly report on ICTs and international security: its introduction, its replies, and its
 * pages with the links printed after them; and the lines where a text that shows neither indents nor blank lines
 * leaves it uncertain whether a paragraph or heading begins ({@code uncertainBreaks}).
 */
public record CompiledReplies(SourceText source, TextSection introduction, List<PrintedFootnote> introductionFootnotes,
        List<ReplyText> replies, List<PageLinks> pages, List<Integer> uncertainBreaks) {

    public CompiledReplies {
        introductionFootnotes = List.copyOf(introductionFootnotes);
        replies = List.copyOf(replies);
        pages = List.copyOf(pages);
        uncertainBreaks = List.copyOf(uncertainBreaks);
    }
}
