package org.w3id.normgraph.extract;

import org.w3id.normgraph.document.Evidence;

/** A place where a document quotes or names a draft provision. */
public record ProvisionMention(ProvisionRef provision, Evidence evidence) {
}
