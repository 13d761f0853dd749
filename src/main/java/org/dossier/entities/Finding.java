package org.dossier.entities;

import java.util.Optional;

/**
 * A name found in one article before resolution: where it stands, what it seems to be, and why.
 *
 * @param kind what the name was taken for
 * @param form whether the name is given in full, as one word (a surname), or as an acronym
 * @param block the block id
 * @param start offset of the name in the block
 * @param end offset after the name
 * @param surface the name as written (titles and possessives excluded)
 * @param evidence why the span is taken for {@code kind}; empty when nothing in the sentence says
 *     so and only the rest of the dossier can
 * @param affiliation for a person, the country named just before the name or its title
 *     ({@code North Korean leader Kim Jong Un}), if any
 * @param honorific for a one-word person mention, whether a title or honorific stood before it
 */
record Finding(
        EntityKind kind,
        Form form,
        String block,
        int start,
        int end,
        String surface,
        Optional<String> evidence,
        Optional<String> affiliation,
        boolean honorific) {

    /**
     * Keeps one string for each distinct surface form and evidence text: a large dossier has
     * millions of findings and a few tens of thousands of those texts ("Russia", {@code person:
     * after "said"}), and the entities' mentions hold them for the rest of the build.
     */
    Finding {
        surface = surface.intern();
        evidence = evidence.map(String::intern);
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

    /** Whether the sentence itself says what the name is. */
    boolean cued() {
        return evidence.isPresent();
    }

    /** The same finding taken for another kind, with the given evidence. */
    Finding as(EntityKind newKind, String why) {
        return new Finding(newKind, form, block, start, end, surface, Optional.of(why), affiliation, honorific);
    }

    /** The same finding with the country named before it. */
    Finding withAffiliation(Optional<String> country) {
        return new Finding(kind, form, block, start, end, surface, evidence, country, honorific);
    }

    /** Whether two findings share characters of the same block. */
    boolean overlaps(Finding other) {
        return block.equals(other.block) && start < other.end && other.start < end;
    }
}
