package org.dossier.render;

import java.util.Locale;
import org.dossier.entities.EntityKind;

/** The words pages use for a kind of entity: {@code Person}, {@code 1 person}, {@code 3 people}. */
final class KindWords {

    private KindWords() {}

    /** The kind in the singular, capitalised: {@code Person}, {@code Country}. */
    static String label(EntityKind kind) {
        String singular = singular(kind);
        return singular.substring(0, 1).toUpperCase(Locale.ROOT) + singular.substring(1);
    }

    /** {@code 1 person}, {@code 3 people}, {@code 0 countries}. */
    static String count(int n, EntityKind kind) {
        return n + " " + noun(n, kind);
    }

    /** The noun that goes with {@code n}: {@code person} for 1, else {@code people}. */
    static String noun(int n, EntityKind kind) {
        return n == 1 ? singular(kind) : kind.plural().toLowerCase(Locale.ROOT);
    }

    private static String singular(EntityKind kind) {
        return kind == EntityKind.PERSON ? "person" : kind.id();
    }
}
