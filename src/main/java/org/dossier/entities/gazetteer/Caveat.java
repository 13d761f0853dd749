package org.dossier.entities.gazetteer;

/** Why a country's name needs its context checked before it counts as the country. */
enum Caveat {
    /** The name is also a common English first name: {@code Jordan}, {@code Chad}, {@code Israel}. */
    FIRST_NAME,
    /** The name is also a US state: {@code Georgia}. */
    US_STATE,
    /**
     * The form is another name of the country, often its own language's, which names firms and
     * places more often than the country in English copy: {@code Nippon Steel}, {@code Nihon
     * Hidankyo}, {@code Holland Park}.
     */
    ALTERNATIVE_NAME,
    /**
     * The form names a city or region, which, unlike a capital standing for its government
     * ({@code Moscow said}), does not speak: before a reporting verb it is a person's surname
     * ({@code Jackson said}).
     */
    NOT_A_SPEAKER
}
