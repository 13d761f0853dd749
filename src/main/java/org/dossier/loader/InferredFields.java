package org.dossier.loader;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields read from a clipping so far, each with where it came from. The first finding of a
 * field wins: a clipping's header is read before its body, and the header is the better witness.
 * A working object of one article's reading, not shared.
 */
final class InferredFields {

    private final Map<String, String> texts = new TreeMap<>();
    private final Map<String, String> provenance = new TreeMap<>();
    private LocalDate published;
    /** Whether {@link #published} is an update's date, which a publication date replaces. */
    private boolean publishedIsUpdate;

    /** Records {@code value} for {@code field}, found at {@code where}, unless the field is known. */
    void offer(String field, String value, String where) {
        if (!texts.containsKey(field) && !value.isBlank()) {
            texts.put(field, value.strip());
            provenance.put(field, where);
        }
    }

    /** Records the publication date, found at {@code where}, unless it is known. */
    void offerDate(LocalDate date, String where) {
        if (published == null || publishedIsUpdate) {
            published = date;
            publishedIsUpdate = false;
            provenance.put("published", where);
        }
    }

    /**
     * Records the date of {@code stamp}, found at {@code where}, unless the date is known; an
     * update's date holds only until a publication date is found ({@code Updated Jun 18} above
     * {@code Published Jun 17}).
     */
    void offerStamp(DateStamp stamp, String where) {
        if (!stamp.updated()) {
            offerDate(stamp.date(), where);
        } else if (published == null) {
            published = stamp.date();
            publishedIsUpdate = true;
            provenance.put("published", where);
        }
    }

    /** Sets {@code field} whatever was found before: front matter overrides what was inferred. */
    void override(String field, String value, String where) {
        texts.put(field, value);
        provenance.put(field, where);
    }

    /** Sets the date whatever was found before. */
    void overrideDate(LocalDate date, String where) {
        published = date;
        provenance.put("published", where);
    }

    /** The value of {@code field}, if found. */
    Optional<String> get(String field) {
        return Optional.ofNullable(texts.get(field));
    }

    /** Whether {@code field} is known. */
    boolean has(String field) {
        return texts.containsKey(field);
    }

    /** The publication date, if found. */
    Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    /** Where each field came from. */
    Map<String, String> provenance() {
        return Map.copyOf(provenance);
    }
}
