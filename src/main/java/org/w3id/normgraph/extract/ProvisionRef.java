package org.w3id.normgraph.extract;

/**
 * An article of a draft, or a paragraph or sub-paragraph of it. Designations are written as in English drafting:
 * article {@code "10 bis"}, part {@code "1 bis"}, {@code "(b)"} or {@code "3 (l bis)"}; an empty part is the whole
 * article.
 */
public record ProvisionRef(DraftText draft, String article, String part) {

    public static ProvisionRef article(DraftText draft, String article) {
        return new ProvisionRef(draft, article, "");
    }

    public boolean isArticle() {
        return part.isEmpty();
    }

    public ProvisionRef wholeArticle() {
        return article(draft, article);
    }

    public ProvisionRef withPart(String newPart) {
        return new ProvisionRef(draft, article, newPart);
    }

    @Override
    public String toString() {
        return draft.id() + " Article " + article + (part.isEmpty() ? "" : " " + part);
    }
}
