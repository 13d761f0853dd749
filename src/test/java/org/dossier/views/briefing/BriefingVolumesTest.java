package org.dossier.views.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.dossier.views.ParagraphLinks;
import org.dossier.views.briefing.BriefingVolumes.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BriefingVolumesTest {

    @ParameterizedTest(name = "{0} articles at {1} a volume: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | 3 | 1:0-0
            1   | 3 | 1:0-1
            3   | 3 | 1:0-3
            4   | 3 | 1:0-3 2:3-4
            6   | 3 | 1:0-3 2:3-6
            7   | 3 | 1:0-3 2:3-6 3:6-7
            100 | 100 | 1:0-100
            101 | 100 | 1:0-100 2:100-101
            5   | 1 | 1:0-1 2:1-2 3:2-3 4:3-4 5:4-5
            """)
    void splitsTheArticlesIntoVolumesOfAtMostTheSize(int articles, int perVolume, String expected) {
        BriefingVolumes volumes = BriefingVolumes.of(ids(articles), perVolume);

        assertThat(volumes.all()).extracting(v -> v.number() + ":" + v.from() + "-" + v.to())
                .containsExactly(expected.split(" "));
        assertThat(volumes.single()).isEqualTo(volumes.all().size() == 1);
    }

    @Test
    void laterVolumesAreNamedAsTheSiteNamesLaterPagesOfAList() {
        assertThat(BriefingVolumes.of(ids(7), 3).all()).extracting(Volume::path)
                .containsExactly("briefing.html", "briefing--2.html", "briefing--3.html");
    }

    @Test
    void everyArticleIsInTheVolumeThatHoldsItsPosition() {
        BriefingVolumes volumes = BriefingVolumes.of(ids(7), 3);

        assertThat(ids(7)).extracting(id -> volumes.volumeOf(id).number()).containsExactly(1, 1, 1, 2, 2, 2, 3);
    }

    @Test
    void aLinkToAnArticleOfAnotherVolumeNamesThatVolumesPage() {
        BriefingVolumes volumes = BriefingVolumes.of(ids(4), 3);
        ParagraphLinks fromFirst = volumes.links(volumes.first());
        ParagraphLinks fromSecond = volumes.links(volumes.all().get(1));

        assertThat(fromFirst.link("a4", "p3")).isEqualTo("briefing--2.html#article-a4-p3");
        assertThat(fromFirst.link("a4", "title")).isEqualTo("briefing--2.html#article-a4");
        assertThat(fromFirst.link("a2", "p1")).isEqualTo("#article-a2-p1");
        assertThat(fromSecond.link("a4", "p3")).isEqualTo("#article-a4-p3");
        assertThat(fromSecond.link("a1", "p2")).isEqualTo("briefing.html#article-a1-p2");
    }

    @Test
    void inABookOfOneVolumeEveryLinkIsTheInPageOne() {
        BriefingVolumes volumes = BriefingVolumes.of(ids(3), 3);
        ParagraphLinks links = volumes.links(volumes.first());

        for (String id : ids(3)) {
            for (String block : List.of("p1", "p2", "title", "standfirst", "byline")) {
                assertThat(links.link(id, block)).isEqualTo(ParagraphLinks.IN_PAGE.link(id, block));
            }
        }
    }

    @Test
    void aVolumeHoldsAtLeastOneArticle() {
        assertThatThrownBy(() -> BriefingVolumes.of(ids(3), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A volume must hold at least one article, not 0");
    }

    @Test
    void anArticleOutsideTheBookIsNamedInTheError() {
        BriefingVolumes volumes = BriefingVolumes.of(ids(3), 3);

        assertThatThrownBy(() -> volumes.links(volumes.first()).link("elsewhere", "p1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No article elsewhere in the briefing book");
    }

    /** {@code a1}, {@code a2}, ...: ids in reading order. */
    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "a" + i).toList();
    }
}
