package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.entities.EntityKind;
import org.junit.jupiter.api.Test;

/** The public API of the gazetteer: offsets, evidence, look-ups, and scanning large texts. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void offsetsPointIntoTheGivenText() {
        String text = "Talks between Russia’s envoy and the U.S. delegation.";

        List<GazetteerMatch> matches = GAZETTEER.find(text);

        assertThat(matches).hasSize(2);
        assertThat(matches).allSatisfy(match ->
                assertThat(text.substring(match.start(), match.end())).isEqualTo(match.surface()));
        assertThat(matches.get(0).surface()).isEqualTo("Russia");
        assertThat(matches.get(1).surface()).isEqualTo("U.S.");
    }

    @Test
    void evidenceSaysWhatMatchedAndFromWhichData() {
        List<GazetteerMatch> matches = GAZETTEER.find("North Korean troops and the U.S. envoy");

        assertThat(matches).extracting(GazetteerMatch::evidence).containsExactly(
                "demonym 'North Korean' of North Korea (world-countries)",
                "abbreviation 'U.S.' of United States (dotted form of 'US', world-countries altSpellings)");
    }

    @Test
    void theHandWrittenShortFormsNameTheirCountries() {
        List<GazetteerMatch> matches = GAZETTEER.find("Britain, the ROK and the PRC sent envoys.");

        assertThat(matches).extracting(GazetteerMatch::name)
                .containsExactly("United Kingdom", "South Korea", "China");
        assertThat(matches.get(0).evidence()).isEqualTo("short form 'Britain' of United Kingdom (short-forms.tsv)");
        assertThat(matches.get(1).evidence()).isEqualTo("abbreviation 'ROK' of South Korea (short-forms.tsv)");
    }

    @Test
    void aPlaceCarriesItsCountryAndACountryNone() {
        List<GazetteerMatch> matches = GAZETTEER.find("Pyongyang is the capital of North Korea.");

        assertThat(matches.get(0).kind()).isEqualTo(EntityKind.PLACE);
        assertThat(matches.get(0).country()).contains("North Korea");
        assertThat(matches.get(1).kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(matches.get(1).country()).isEmpty();
    }

    @Test
    void lookupKnowsCountriesPlacesAndDemonymsWithoutContext() {
        assertThat(GAZETTEER.lookup("North Korea")).map(GazetteerMatch::name).contains("North Korea");
        assertThat(GAZETTEER.lookup("North Korean")).map(GazetteerMatch::name).contains("North Korea");
        assertThat(GAZETTEER.lookup(" Kursk ")).map(GazetteerMatch::country).contains(Optional.of("Russia"));
        assertThat(GAZETTEER.lookup("Kursk region")).map(GazetteerMatch::name).contains("Kursk Oblast");
        assertThat(GAZETTEER.lookup("Jordan")).map(GazetteerMatch::kind).contains(EntityKind.COUNTRY);
        assertThat(GAZETTEER.lookup("USSR")).map(GazetteerMatch::name).contains("Soviet Union");
    }

    @Test
    void lookupRejectsWhatIsNotExactlyAName() {
        assertThat(GAZETTEER.lookup("Vladimir Putin")).isEmpty();
        assertThat(GAZETTEER.lookup("north korea")).isEmpty();
        assertThat(GAZETTEER.lookup("North Korea troops")).isEmpty();
        assertThat(GAZETTEER.lookup("")).isEmpty();
    }

    @Test
    void sharedFormsAreAmbiguousButGeographic() {
        assertThat(GAZETTEER.lookup("Congolese")).isEmpty();
        assertThat(GAZETTEER.isAmbiguousPlaceName("Congolese")).isTrue();
        assertThat(GAZETTEER.isAmbiguousPlaceName("Korea")).isTrue();
        assertThat(GAZETTEER.isGeographic("Korea")).isTrue();
        assertThat(GAZETTEER.isGeographic("Kyiv")).isTrue();
        assertThat(GAZETTEER.isGeographic("Putin")).isFalse();
    }

    @Test
    void scansAMegabyteInOnePassWithEveryMentionFound() {
        String paragraph = "Officials in Moscow and Pyongyang met North Korean and U.S. envoys near Kursk region.\n";
        int copies = 1_000_000 / paragraph.length() + 1;
        String text = paragraph.repeat(copies);

        List<GazetteerMatch> matches = GAZETTEER.find(text);

        assertThat(text.length()).isGreaterThan(1_000_000);
        assertThat(matches).hasSize(5 * copies);
        assertThat(matches.get(matches.size() - 1).surface()).isEqualTo("Kursk region");
    }

    @Test
    void givesTheSameMatchesFromManyThreads() {
        String text = "Russian President Vladimir Putin met Kim in Pyongyang, then flew to Beijing and Hanoi.";
        List<GazetteerMatch> expected = GAZETTEER.find(text);

        List<List<GazetteerMatch>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> GAZETTEER.find(text))
                .toList();

        assertThat(expected).hasSize(4);
        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void loadsTheSameGazetteerTwice() {
        String text = "Turkey, Burma, the DRC, Kyiv Oblast and West Germany.";

        assertThat(Gazetteer.load().find(text)).isEqualTo(GAZETTEER.find(text)).hasSize(5);
    }
}
