package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MentionTest {

    private static Mention inParagraph(String sentence) {
        return new Mention("a", new Span("p9", 0, 1, "x"), "test", sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(Reporting by Anna Smith; Editing by Tom Brown)",
        "Reporting by Anna Smith in Seoul",
        "Additional reporting by Jon Lee.",
        "With additional reporting by Jon Lee",
        "[Editing by Tom Brown]",
        "Writing by Mark Trevelyan; editing by Kevin Liffey",
        "Reporting and writing by Anna Smith",
        "Compiled by the foreign desk",
        "Photographs by Ahn Young-joon",
        "Contributing: Jane Doe, USA TODAY",
        "\u2014 Reporting by Anna Smith",
        "CNN\u2019s Yoonjung Seo contributed to this report.",
        "Associated Press writers Hanna Arhirova in Kyiv and Matthew Lee in Washington contributed to this report.",
        "AFP contributed reporting.",
        "Lee contributed reporting from Seoul.",
    })
    void aSentenceCreditingTheMakersIsACredit(String sentence) {
        assertThat(inParagraph(sentence).credit()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kim was reported by KCNA to have visited the plant.",
        "Reported by state media, the launch came on Sunday.",
        "The report by Anna Smith's team was edited by Tom Brown.",
        "Editors at the paper said the reporting was accurate.",
        "Writing in the journal, Anna Smith argued otherwise.",
        "Contributions by Russia to the fund rose.",
        "Sanctions contributed to this year's fall in trade, Anna Smith said.",
        "Putin said North Korea contributed to the report's findings.",
        "",
    })
    void aSentenceOfTheStoryIsNot(String sentence) {
        assertThat(inParagraph(sentence).credit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {Span.BYLINE})
    void aMentionInTheBylineIsACredit(String block) {
        assertThat(new Mention("a", new Span(block, 3, 13, "Anna Smith"), "test", "By Anna Smith").credit()).isTrue();
        assertThat(new Mention("a", new Span(Span.TITLE, 0, 10, "Anna Smith"), "test", "Anna Smith wins").credit()).isFalse();
        assertThat(new Mention("a", new Span(Span.STANDFIRST, 0, 10, "Anna Smith"), "test", "By Anna Smith").credit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(Reporting by Anna Smith; Editing by Tom Brown)",
        "With additional reporting by Jon Lee",
        "[Editing by Tom Brown]",
        "Writing by Mark Trevelyan",
        "Compiled by the foreign desk",
        "Produced by the video team",
        "Translated by Jon Lee",
        "Research by Jon Lee",
        "Photos by Ahn Young-joon",
        "Graphics by Jon Lee",
        "Fact-checking by Jon Lee",
        "Contributing: Jane Doe, USA TODAY",
        "\u2014 (reporting by Anna Smith",
    })
    void everyCreditLineMayOpenWithCredit(String sentence) {
        assertThat(Mention.mayOpenWithCredit(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The report by Anna Smith", "Kim said", "(( (Reporting by Anna Smith)", "\u0158eporting by Anna Smith", "R", ""})
    void aSentenceOpeningWithAnotherWordMayNot(String sentence) {
        assertThat(Mention.mayOpenWithCredit(sentence)).isFalse();
    }
}
