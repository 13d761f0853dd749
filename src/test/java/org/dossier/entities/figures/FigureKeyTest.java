package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dossier.entities.FigureFacts;
import org.junit.jupiter.api.Test;

class FigureKeyTest {

    private static FigureFacts facts(String value, String unit, String what, String hedge) {
        return new FigureFacts(
                new BigDecimal(value), unit, what, Optional.ofNullable(hedge), Optional.empty(), List.of());
    }

    @Test
    void sameFigureWithDifferentHedgeAndWordingSharesAKey() {
        FigureKey hedged = FigureKey.of(facts("15000", "people", "North Korean troops", "as many as"));
        FigureKey plain = FigureKey.of(facts("1.5E4", "people", "more North Korean troops", null));

        assertThat(hedged).isEqualTo(plain);
        assertThat(hedged).hasToString("15000|people|north korean troop");
    }

    @Test
    void differentThingsDoNotShareAKey() {
        assertThat(FigureKey.of(facts("5000", "people", "military construction workers", null)))
                .isNotEqualTo(FigureKey.of(facts("5000", "people", "sappers", null)));
    }

    @Test
    void moneyKeyAndNameUseTheCurrencyCode() {
        FigureFacts money = facts("20000000000", "USD", "cash or goods", "about");

        assertThat(FigureKey.of(money)).hasToString("20000000000|USD|cash or goods");
        assertThat(FigureNames.name(money)).isEqualTo("USD 20 billion (cash or goods)");
    }

    @Test
    void namesReadNaturally() {
        assertThat(FigureNames.name(facts("15000", "people", "North Korean troops", null)))
                .isEqualTo("15,000 North Korean troops");
        assertThat(FigureNames.name(facts("40", "percent", "Russia's ammunition", null)))
                .isEqualTo("40% (Russia's ammunition)");
        assertThat(FigureNames.name(facts("1500000", "people", "refugees", null))).isEqualTo("1.5 million refugees");
        assertThat(FigureNames.name(facts("24500000000", "USD", "", null))).isEqualTo("USD 24.5 billion");
    }
}
