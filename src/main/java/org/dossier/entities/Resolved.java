package org.dossier.entities;

import java.util.Optional;

/**
 * A finding resolved to one entity of the dossier: the entity's kind and key, and where the
 * finding stands and why it is that entity. It copies what it needs of the finding, so that an
 * article's findings can be let go once they are resolved; what may be absent is held as
 * {@code null}, as a large dossier holds millions of resolved findings at once.
 */
final class Resolved {

    private final String article;
    private final EntityKind kind;
    private final String key;
    private final Finding.Form form;
    private final String block;
    private final int start;
    private final int end;
    private final String surface;
    private final String evidence;
    private final String country;
    private final String canonical;

    /**
     * @param article the article id
     * @param kind the entity's kind
     * @param key what identifies the entity within its kind before it has an id (a person cluster,
     *     a normalised organisation name, a gazetteer name)
     * @param finding where it stands
     * @param evidence why this span is this entity; one string is kept for each distinct text, as
     *     {@link Finding} keeps its own
     * @param country for a place, the country it is in, if known
     * @param canonical the canonical name a data set gives (gazetteer names), if any
     */
    Resolved(String article, EntityKind kind, String key, Finding finding, String evidence, Optional<String> country,
            Optional<String> canonical) {
        this.article = article;
        this.kind = kind;
        this.key = key;
        this.form = finding.form();
        this.block = finding.block();
        this.start = finding.start();
        this.end = finding.end();
        this.surface = finding.surface();
        this.evidence = evidence.intern();
        this.country = country.orElse(null);
        this.canonical = canonical.orElse(null);
    }

    /** The article id. */
    String article() {
        return article;
    }

    /** The entity's kind. */
    EntityKind kind() {
        return kind;
    }

    /** What identifies the entity within its kind before it has an id. */
    String key() {
        return key;
    }

    /** The shape of the name as written. */
    Finding.Form form() {
        return form;
    }

    /** The block id. */
    String block() {
        return block;
    }

    /** The offset of the name in the block. */
    int start() {
        return start;
    }

    /** The offset after the name. */
    int end() {
        return end;
    }

    /** The name as written. */
    String surface() {
        return surface;
    }

    /** Why this span is this entity. */
    String evidence() {
        return evidence;
    }

    /** For a place, the country it is in, if known. */
    Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /** The canonical name a data set gives, if any. */
    Optional<String> canonical() {
        return Optional.ofNullable(canonical);
    }
}
