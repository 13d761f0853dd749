package org.dossier.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dossier.text.JsonString;

/**
 * Writes JSON values into a {@link StringBuilder}: strings escaped per RFC 8259, numbers plain
 * (no exponent), absent values as {@code null}. Small on purpose: the site writes one JSON file.
 */
final class Json {

    private final StringBuilder out = new StringBuilder();

    Json raw(String text) {
        out.append(text);
        return this;
    }

    /** {@code "name": } */
    Json key(String name) {
        return string(name).raw(": ");
    }

    Json string(String text) {
        JsonString.append(out, text);
        return this;
    }

    /** The string, or {@code null} when absent or blank: never {@code ""} for a missing field. */
    Json string(Optional<String> text) {
        return text.filter(t -> !t.isBlank()).isPresent() ? string(text.get()) : raw("null");
    }

    Json number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return raw(plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString());
    }

    Json number(long value) {
        return raw(Long.toString(value));
    }

    Json strings(List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
