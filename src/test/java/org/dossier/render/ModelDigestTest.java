package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelDigestTest {

    enum Kind { PERSON, COUNTRY }

    record Name(String text, Kind kind, int count, boolean marked, Optional<LocalDate> seen) {}

    record Names(String heading, List<Name> names, List<?> anything) {}

    record Other(String text, Kind kind, int count, boolean marked, Optional<LocalDate> seen) {}

    record Pair(String first, String second) {}

    record ByKey(Map<String, String> names) {}

    record Holder(Object anything) {}

    private final ModelDigest digest = new ModelDigest();

    private static Name kim() {
        return new Name("Kim", Kind.PERSON, 3, true, Optional.of(LocalDate.of(2024, 6, 19)));
    }

    @Test
    void equalModelsBuiltApartHaveOneDigest() {
        Names a = new Names("People", new ArrayList<>(List.of(kim())), List.of(kim(), "note"));
        Names b = new Names("People", List.of(kim()), List.of(kim(), "note"));

        assertThat(digest.of("t", "entity.mustache", a)).isPresent().isEqualTo(digest.of("t", "entity.mustache", b));
    }

    @Test
    void anyDifferenceInTitleTemplateOrModelChangesTheDigest() {
        Optional<ModelDigest.Digest> base = digest.of("t", "entity.mustache", kim());

        assertThat(List.of(
                digest.of("u", "entity.mustache", kim()),
                digest.of("t", "home.mustache", kim()),
                digest.of("t", "entity.mustache", new Name("Kim", Kind.COUNTRY, 3, true, kim().seen())),
                digest.of("t", "entity.mustache", new Name("Kim", Kind.PERSON, 4, true, kim().seen())),
                digest.of("t", "entity.mustache", new Name("Kim", Kind.PERSON, 3, false, kim().seen())),
                digest.of("t", "entity.mustache", new Name("Kim", Kind.PERSON, 3, true, Optional.empty())),
                digest.of("t", "entity.mustache", new Name("Kin", Kind.PERSON, 3, true, kim().seen())),
                digest.of("t", "entity.mustache", new Other("Kim", Kind.PERSON, 3, true, kim().seen()))))
                .allSatisfy(other -> assertThat(other).isPresent().isNotEqualTo(base));
    }

    @Test
    void wherePartsOfTheTextEndMatters() {
        assertThat(digest.of("t", "x", new Pair("ab", "c"))).isNotEqualTo(digest.of("t", "x", new Pair("a", "bc")));
        assertThat(digest.of("t", "x", new Pair(null, "a"))).isNotEqualTo(digest.of("t", "x", new Pair("a", null)));
    }

    @Test
    void aLongTextIsReadWhole() {
        String page = "x".repeat(100_000);

        assertThat(digest.of("t", "x", new Pair(page + "a", "")))
                .isNotEqualTo(digest.of("t", "x", new Pair(page + "b", "")));
    }

    @Test
    void everyCharacterOfALongTextCountsAtEveryPlace() {
        String page = "Kim’s troops — ".repeat(3_000);
        Optional<ModelDigest.Digest> base = digest.of("t", "x", new Pair(page, "tail"));
        for (int at : new int[] {0, 8_190, 8_191, 8_192, 16_383, page.length() - 1}) {
            String changed = page.substring(0, at) + '\u0100' + page.substring(at + 1);
            assertThat(digest.of("t", "x", new Pair(changed, "tail"))).as("changed at %d", at).isNotEqualTo(base);
        }
        assertThat(digest.of("t", "x", new Pair(page, "tail"))).isEqualTo(base);
    }

    @Test
    void textsThatPagesWriteAlikeHaveOneDigest() {
        // An unpaired surrogate is written as "?" in a page's UTF-8.
        assertThat(digest.of("t", "x", new Pair("a\uD800", ""))).isEqualTo(digest.of("t", "x", new Pair("a?", "")));
        assertThat(digest.of("t", "x", new Pair("\u00e9", ""))).isNotEqualTo(digest.of("t", "x", new Pair("e\u0301", "")));
    }

    @Test
    void aModelHoldingWhatCannotBeReadByValueHasNoDigest() {
        assertThat(digest.of("t", "x", new ByKey(Map.of("a", "b")))).isEmpty();
        assertThat(digest.of("t", "x", new Holder(new StringBuilder("a")))).isEmpty();
        assertThat(digest.of("t", "x", new Names("People", List.of(), List.of(new Object())))).isEmpty();
        assertThat(digest.of("t", "x", new Holder("a"))).isPresent();
    }
}
