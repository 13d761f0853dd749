package org.dossier.entities;

import java.util.Locale;

/** The kinds of entity the cross-linker finds, with the names their pages and indexes use. */
public enum EntityKind {
    PERSON("people", "People"),
    COUNTRY("countries", "Countries"),
    PLACE("places", "Places"),
    ORGANISATION("organisations", "Organisations"),
    FIGURE("figures", "Figures");

    private final String id;
    private final String folder;
    private final String plural;

    EntityKind(String folder, String plural) {
        this.id = name().toLowerCase(Locale.ROOT);
        this.folder = folder;
        this.plural = plural;
    }

    /** The id used in {@code entities.json}: {@code person}, {@code country}, ... */
    public String id() {
        return id;
    }

    /** The output folder of this kind's pages, and the base name of its index page. */
    public String folder() {
        return folder;
    }

    /** The heading of this kind's index page. */
    public String plural() {
        return plural;
    }
}
