package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.dossier.entities.EntityKind;
import org.junit.jupiter.api.Test;

/** How forms shared by several entities are settled. */
class NameTableTest {

    private static GazetteerName country(String surface, String name) {
        return new GazetteerName(surface, EntityKind.COUNTRY, name, Optional.empty(), "test", Set.of());
    }

    @Test
    void anIndependentStateOwnsAFormItSharesWithATerritory() {
        NameTable table = new NameTable();
        table.offer(country("American", "American Samoa"), NameTable.Tier.DEPENDENT_TERRITORY);
        table.offer(country("American", "United States"), NameTable.Tier.INDEPENDENT_COUNTRY);

        assertThat(table.settled().get("American").name()).isEqualTo("United States");
        assertThat(table.ambiguous()).isEmpty();
    }

    @Test
    void aFormOfTwoStatesOfTheSameTierNamesNeither() {
        NameTable table = new NameTable();
        table.offer(country("Congolese", "DR Congo"), NameTable.Tier.INDEPENDENT_COUNTRY);
        table.offer(country("Congolese", "Republic of the Congo"), NameTable.Tier.INDEPENDENT_COUNTRY);
        table.offer(new GazetteerName("Congolese", EntityKind.PLACE, "Congolese", Optional.of("X"), "test", Set.of()),
                NameTable.Tier.PLACE);

        assertThat(table.settled()).doesNotContainKey("Congolese");
        assertThat(table.ambiguous()).containsExactly("Congolese");
    }

    @Test
    void theFirstFormOfferedForAnEntityWins() {
        NameTable table = new NameTable();
        table.offer(new GazetteerName("Georgia", EntityKind.COUNTRY, "Georgia", Optional.empty(), "name", Set.of()),
                NameTable.Tier.INDEPENDENT_COUNTRY);
        table.offer(new GazetteerName("Georgia", EntityKind.COUNTRY, "Georgia", Optional.empty(), "official", Set.of()),
                NameTable.Tier.INDEPENDENT_COUNTRY);

        assertThat(table.settled().get("Georgia").evidence()).isEqualTo("name");
    }
}
