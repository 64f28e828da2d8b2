package org.w3id.normgraph.extract;

import java.util.List;

/** What the draft-convention extractor found in one document. */
public record DraftFindings(List<DraftText> drafts, List<ProvisionMention> provisions, List<Stance> stances) {

    public DraftFindings {
        drafts = List.copyOf(drafts);
        provisions = List.copyOf(provisions);
        stances = List.copyOf(stances);
    }
}
