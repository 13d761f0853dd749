package org.dossier.entities;

import java.util.Optional;

/**
 * A name found in one article before resolution: where it stands, what it seems to be, and why.
 * Compared by identity. What may be absent is held as {@code null} rather than in an
 * {@link Optional}, as a large dossier holds millions of findings at once; the accessors give it
 * back as an {@code Optional}.
 */
final class Finding {

    private final EntityKind kind;
    private final Form form;
    private final String block;
    private final int start;
    private final int end;
    private final String surface;
    private final String evidence;
    private final String affiliation;
    private final boolean honorific;
    private final boolean spokenOnly;

    /**
     * Keeps one string for each distinct surface form and evidence text: a large dossier has
     * millions of findings and a few tens of thousands of those texts ("Russia", {@code person:
     * after "said"}), and the entities' mentions hold them for the rest of the build.
     */
    Finding(EntityKind kind, Form form, String block, int start, int end, String surface, Optional<String> evidence,
            Optional<String> affiliation, boolean honorific) {
        this(kind, form, block, start, end, surface, evidence.orElse(null), affiliation.orElse(null), honorific, false);
    }

    private Finding(EntityKind kind, Form form, String block, int start, int end, String surface, String evidence,
            String affiliation, boolean honorific, boolean spokenOnly) {
        this.kind = kind;
        this.form = form;
        this.block = block;
        this.start = start;
        this.end = end;
        this.surface = surface.intern();
        this.evidence = evidence == null ? null : evidence.intern();
        this.affiliation = affiliation;
        this.honorific = honorific;
        this.spokenOnly = spokenOnly;
    }

    /** The shape of a name. */
    enum Form {
        /** Two or more words: {@code Kim Jong Un}, {@code Stimson Center}. */
        FULL,
        /** One capitalised word that may stand for a fuller name: {@code Lavrov}, {@code Mr Kim}. */
        SHORT,
        /** Capitals that may abbreviate an organisation: {@code CSIS}. */
        ACRONYM
    }

    /** What the name was taken for. */
    EntityKind kind() {
        return kind;
    }

    /** Whether the name is given in full, as one word (a surname), or as an acronym. */
    Form form() {
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

    /** The name as written (titles and possessives excluded). */
    String surface() {
        return surface;
    }

    /** Why the span is taken for its kind; empty when nothing in the sentence says so and only the rest of the dossier can. */
    Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    /**
     * For a person, the country named just before the name or its title ({@code North Korean
     * leader Kim Jong Un}), if any.
     */
    Optional<String> affiliation() {
        return Optional.ofNullable(affiliation);
    }

    /** For a one-word person mention, whether a title or honorific stood before it. */
    boolean honorific() {
        return honorific;
    }

    /**
     * Whether the one thing that marks this person's name is a verb of saying beside it ("Morgan
     * Stanley said"), which the name of a firm or a body takes as well.
     */
    boolean spokenOnly() {
        return spokenOnly;
    }

    /** The same finding, marked as a person's by a verb of saying alone. */
    Finding asSpoken() {
        return new Finding(kind, form, block, start, end, surface, evidence, affiliation, honorific, true);
    }

    /** Whether the sentence itself says what the name is. */
    boolean cued() {
        return evidence != null;
    }

    /** The same finding taken for another kind, with the given evidence. */
    Finding as(EntityKind newKind, String why) {
        return new Finding(newKind, form, block, start, end, surface, Optional.of(why), affiliation(), honorific);
    }

    /** The same finding with the country named before it. */
    Finding withAffiliation(Optional<String> country) {
        return new Finding(kind, form, block, start, end, surface, evidence, country.orElse(null), honorific, spokenOnly);
    }

    /** Whether two findings share characters of the same block. */
    boolean overlaps(Finding other) {
        return block.equals(other.block) && start < other.end && other.start < end;
    }
}
