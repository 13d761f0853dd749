package org.dossier.entities.gazetteer;

import java.util.Optional;
import org.dossier.entities.EntityKind;

/**
 * A name of the gazetteer found in a text.
 *
 * @param start offset of the first character in the text searched
 * @param end offset after the last character
 * @param surface the text as written, e.g. {@code North Korean}
 * @param kind {@link EntityKind#COUNTRY} or {@link EntityKind#PLACE}
 * @param name the canonical name, e.g. {@code North Korea}
 * @param country for a place, the canonical name of the country it is in
 * @param evidence why the span is this entity, e.g. {@code demonym of North Korea (world-countries)}
 */
public record GazetteerMatch(
        int start, int end, String surface, EntityKind kind, String name, Optional<String> country, String evidence) {}
