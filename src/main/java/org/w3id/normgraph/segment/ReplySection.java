package org.w3id.normgraph.segment;

/** The section of a compilation of replies that a reply stands in, which says what kind of actor sent it. */
public enum ReplySection {
    /** 从各国政府收到的答复: replies of States. */
    GOVERNMENTS,
    /** 从政府间组织收到的答复: replies of intergovernmental organizations. */
    INTERGOVERNMENTAL_ORGANIZATIONS
}
