package org.dossier.entities;

import java.util.Optional;

/**
 * A country or place the gazetteer found in an article.
 *
 * @param finding where it stands and why
 * @param name the canonical name, e.g. {@code North Korea} for {@code North Korean}
 * @param country for a place, the canonical name of its country
 */
record GeoFinding(Finding finding, String name, Optional<String> country) {}
