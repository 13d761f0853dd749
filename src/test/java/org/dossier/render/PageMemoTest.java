package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMemoTest {

    private static final String PATH = "people/kim-jong-un.html";
    private static final ModelDigest.Digest INPUTS = new ModelDigest.Digest(1, 2, 3, 4);
    private static final ModelDigest.Digest OTHER_INPUTS = new ModelDigest.Digest(1, 2, 3, 5);

    private record Model(String name) {}

    @Test
    void pageInputsSeenInTheLastRenderOfThatPageMeanItsModelNeedNotBeMade() {
        PageMemo first = PageMemo.empty();
        assertThat(first.inputsUnchanged(PATH, INPUTS)).isFalse();
        first.unchanged(PATH, "Kim Jong Un", "entity.mustache", new Model("Kim Jong Un"));

        PageMemo second = first.next();
        assertThat(second.inputsUnchanged(PATH, INPUTS)).isTrue();
        // The model's digest was carried over unmade: a third render still knows it.
        PageMemo third = second.next();
        assertThat(third.unchanged(PATH, "Kim Jong Un", "entity.mustache", new Model("Kim Jong Un"))).isTrue();
    }

    @Test
    void otherInputsOrAPageWithoutAModelDigestAreNotUnchanged() {
        PageMemo first = PageMemo.empty();
        first.inputsUnchanged(PATH, INPUTS);
        first.unchanged(PATH, "Kim Jong Un", "entity.mustache", new Model("Kim Jong Un"));
        first.inputsUnchanged("people/other.html", INPUTS);

        PageMemo second = first.next();
        assertThat(second.inputsUnchanged(PATH, OTHER_INPUTS)).isFalse();
        assertThat(second.inputsUnchanged("people/other.html", INPUTS)).isFalse();
    }

    @Test
    void aMemoThatRemembersNothingFindsNothingUnchanged() {
        PageMemo none = PageMemo.NONE;
        none.inputsUnchanged(PATH, INPUTS);
        assertThat(none.remembers()).isFalse();
        assertThat(none.next().inputsUnchanged(PATH, INPUTS)).isFalse();
    }
}
