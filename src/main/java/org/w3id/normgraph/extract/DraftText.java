package org.w3id.normgraph.extract;

import java.time.LocalDate;

import org.w3id.normgraph.document.Evidence;

/**
 * One version of a negotiating text (for example the consolidated negotiating document as at 21 April 2023).
 * Article numbers are only meaningful within one version: Article 72 of one draft is not Article 72 of the next.
 */
public record DraftText(String forum, DraftKind kind, LocalDate asOf, Evidence evidence) {

    public enum DraftKind {
        CONSOLIDATED_NEGOTIATING_DOCUMENT("cnd", "consolidated negotiating document", "合并谈判文件"),
        DRAFT_TEXT_OF_CONVENTION("dtc", "draft text of the convention", "公约文本草案");

        private final String slug;
        private final String labelEn;
        private final String labelZh;

        DraftKind(String slug, String labelEn, String labelZh) {
            this.slug = slug;
            this.labelEn = labelEn;
            this.labelZh = labelZh;
        }

        public String slug() {
            return slug;
        }

        public String labelEn() {
            return labelEn;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    /** Stable identifier, e.g. {@code ahc-cnd-2023-04-21}. */
    public String id() {
        return forum.toLowerCase(java.util.Locale.ROOT) + "-" + kind.slug() + "-" + asOf;
    }
}
