package org.w3id.normgraph.extract;

import java.util.List;

/**
 * What the draft-convention extractor found in one document.
 *
 * @param quotations the provisions that the document quotes, with their title and text, in reading order
 */
public record DraftFindings(List<DraftText> drafts, List<ProvisionMention> provisions, List<Stance> stances,
        List<QuotedProvision> quotations) {

    public DraftFindings {
        drafts = List.copyOf(drafts);
        provisions = List.copyOf(provisions);
        stances = List.copyOf(stances);
        quotations = List.copyOf(quotations);
    }

    public DraftFindings(List<DraftText> drafts, List<ProvisionMention> provisions, List<Stance> stances) {
        this(drafts, provisions, stances, List.of());
    }
}
