package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.markdown.Block;
import org.dossier.views.ArticleRef;
import org.dossier.views.DossierFixture;
import org.junit.jupiter.api.Test;

class TimelineMemoTest {

    private static final ArticleRef ARTICLE = new ArticleRef("a", "A", Optional.empty(), Optional.empty());
    private static final Timeline.BlockReading FIRST = reading("Kim met Putin in June 2023.");
    private static final Timeline.BlockReading SECOND = reading("Putin went to Pyongyang in June 2024.");

    private final List<String> read = new ArrayList<>();
    private final Function<Timeline.BlockReading, List<TimelineEvent>> reader = reading -> {
        read.add(reading.block().text());
        return List.of();
    };

    @Test
    void theNextTimelineReusesTheBlocksThisOneRead() {
        TimelineMemo first = TimelineMemo.empty();
        first.events(FIRST, reader);
        TimelineMemo second = first.next();
        second.events(FIRST, reader);
        second.events(SECOND, reader);

        assertThat(read).containsExactly(FIRST.block().text(), SECOND.block().text());
    }

    @Test
    void aBlockWithOtherEntitiesOrInAnotherArticleIsReadAgain() {
        TimelineMemo first = TimelineMemo.empty();
        first.events(FIRST, reader);
        TimelineMemo second = first.next();
        second.events(new Timeline.BlockReading(ARTICLE, FIRST.block(), List.of(new Timeline.Placed(null, 0))), reader);
        second.events(new Timeline.BlockReading(new ArticleRef("b", "A", Optional.empty(), Optional.empty()),
                FIRST.block(), List.of()), reader);

        assertThat(read).hasSize(3);
    }

    @Test
    void aTimelineForgetsTheBlocksItDidNotRead() {
        TimelineMemo first = TimelineMemo.empty();
        first.events(FIRST, reader);
        TimelineMemo second = first.next();
        second.events(SECOND, reader);
        second.next().events(FIRST, reader);

        assertThat(read).containsExactly(FIRST.block().text(), SECOND.block().text(), FIRST.block().text());
    }

    @Test
    void noMemoRemembersNothing() {
        TimelineMemo.NONE.events(FIRST, reader);
        TimelineMemo.NONE.next().events(FIRST, reader);

        assertThat(read).hasSize(2);
    }

    @Test
    void aTimelineFromTheMemoIsTheTimelineReadAfresh() {
        DossierFixture fixture = DossierFixture.read(Path.of("src/test/resources/views/dossiers/treaty.txt"));
        TimelineMemo memo = TimelineMemo.empty();
        Timeline.of(fixture.dossier(), memo);

        Timeline reused = Timeline.of(fixture.dossier(), memo.next());
        Timeline fresh = Timeline.of(fixture.dossier());

        assertThat(reused.dated()).isNotEmpty().isEqualTo(fresh.dated());
        assertThat(reused.undated()).isNotEmpty().isEqualTo(fresh.undated());
    }

    private static Timeline.BlockReading reading(String text) {
        return new Timeline.BlockReading(ARTICLE, new Block("p1", false, text), List.of());
    }
}
