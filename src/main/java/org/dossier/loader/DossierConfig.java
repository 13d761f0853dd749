package org.dossier.loader;

import java.util.Optional;

/**
 * The dossier's settings, from the optional {@code articles/dossier.yml}.
 *
 * @param title the dossier's title
 * @param description a sentence about the dossier, or empty
 * @param baseUrl the absolute address the site will be hosted at, ending in {@code /}, if known
 * @param isPublic whether search engines may index the site (default {@code false})
 */
public record DossierConfig(
        String title, Optional<String> description, Optional<String> baseUrl, boolean isPublic) {

    /** The settings used when there is no {@code dossier.yml}. */
    public static DossierConfig defaults() {
        return new DossierConfig("Dossier", Optional.empty(), Optional.empty(), false);
    }
}
