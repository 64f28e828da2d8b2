package org.w3id.normgraph.extract;

import java.util.Optional;

import org.w3id.normgraph.document.Evidence;

/**
 * A draft provision that a document quotes: its title as the quotation prints it after the article's number
 * (第 26 条：流量数据的快速存留和部分披露), and its text where the quotation gives more than an ellipsis.
 *
 * @param quotation the whole quotation, from the article's number to the closing quotation mark
 */
public record QuotedProvision(ProvisionRef provision, Evidence title, Optional<Evidence> text, Evidence quotation) {
}
