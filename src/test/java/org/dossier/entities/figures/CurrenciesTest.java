package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrenciesTest {

    @Test
    void everyCodeInTheTablesIsAnIsoCurrency() {
        assertThat(Currencies.codes())
                .isNotEmpty()
                .allSatisfy(code -> assertThat(Currencies.known(code)).as(code).isTrue());
    }

    @Test
    void ambiguousSignsResolveAsDocumented() {
        assertThat(Currencies.dollar("")).contains("USD");
        assertThat(Currencies.dollar("S")).contains("SGD");
        assertThat(Currencies.sign("\u00a5")).contains("JPY");
        assertThat(Currencies.name("pounds")).isEmpty();
        assertThat(Currencies.prefixWord("usd")).isEmpty();
        assertThat(Currencies.prefixWord("USD")).contains("USD");
    }
}
