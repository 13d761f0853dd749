package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms derived from the names of world-countries. */
class CountryNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Republic of Turkey|Turkey",
        "Islamic Republic of Iran|Iran",
        "Democratic People's Republic of Korea|Korea",
        "Kingdom of the Netherlands|Netherlands",
        "Federal Republic of Germany|Germany",
    })
    void shortFormDropsAStateTitle(String title, String shortForm) {
        assertThat(CountryNames.shortForm(title)).contains(shortForm);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "United States of America",
        "Bosnia and Herzegovina",
        "Isle of Man",
        "Russia",
    })
    void shortFormNeedsATitleOfStateWords(String name) {
        assertThat(CountryNames.shortForm(name)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"US,U.S.", "UK,U.K.", "UAE,U.A.E."})
    void dotsAnAbbreviation(String abbreviation, String dotted) {
        assertThat(CountryNames.dotted(abbreviation)).isEqualTo(dotted);
    }
}
