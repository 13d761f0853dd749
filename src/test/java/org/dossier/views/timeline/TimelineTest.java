package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.views.DossierFixture;
import org.dossier.views.EntityRef;
import org.dossier.views.ParagraphLinks;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final DossierFixture fixture = DossierFixture.read(Path.of("src/test/resources/views/dossiers/treaty.txt"));
    private final Timeline timeline = Timeline.of(fixture.dossier());

    @Test
    void eventsReportedByTwoArticlesAreShownOnceWithBothSources() {
        List<String> expected = fixture.expectations().stream().filter(e -> e.startsWith("event ")).toList();

        List<String> actual = timeline.dated().stream()
                .map(e -> "event " + e.when().orElseThrow().label() + " | "
                        + String.join(" ; ", e.sources().stream().map(s -> s.article().title()).toList()))
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void datesThatNeedAnUnknownArticleDateStayUnresolved() {
        List<String> expected = fixture.expectations().stream().filter(e -> e.startsWith("undated ")).toList();

        List<String> actual = timeline.undated().stream()
                .map(e -> "undated " + e.lead().expression() + " | " + e.lead().article().title())
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(timeline.undated().get(0).lead().explanation()).contains("unknown");
    }

    @Test
    void anEventNamesTheEntitiesOfItsSentences() {
        TimelineEvent visit = timeline.dated().stream()
                .filter(e -> e.when().orElseThrow().label().equals("June 2024")).findFirst().orElseThrow();

        assertThat(visit.entities()).extracting(EntityRef::name)
                .containsExactly("Kim Jong Un", "Pyongyang", "Vladimir Putin");
    }

    @Test
    void eachEntityHasItsEvents() {
        assertThat(timeline.eventsOf("place/pyongyang")).hasSize(1);
        assertThat(timeline.eventsOf("place/vladivostok")).extracting(e -> e.when().orElseThrow().label())
                .containsExactly("2023");
        assertThat(timeline.eventsOf("organisation/defense-intelligence-of-ukraine")).hasSize(1)
                .allSatisfy(e -> assertThat(e.when()).isEmpty());
        assertThat(timeline.eventsOf("person/nobody")).isEmpty();
    }

    @Test
    void anEntityPageListsItsEventsWithoutTheirNamesAndWithFewSources() {
        TimelineView.EventView onThePage = TimelineView.eventsOf(timeline, "place/pyongyang", "../", 20).get(0);
        TimelineView.EventView onTheTimeline = TimelineView.of(timeline, "", ParagraphLinks.SITE)
                .periods().stream().flatMap(p -> p.months().stream()).flatMap(m -> m.events().stream())
                .filter(e -> e.sentence().equals(onThePage.sentence())).findFirst().orElseThrow();

        assertThat(onThePage.entities()).isEmpty();
        assertThat(onThePage.hasEntities()).isFalse();
        assertThat(onTheTimeline.entities()).extracting(l -> l.text()).contains("Pyongyang");
        assertThat(onThePage.sources()).hasSizeLessThanOrEqualTo(TimelineView.ENTITY_PAGE_SOURCES)
                .allSatisfy(source -> assertThat(source.link()).startsWith("../articles/"));
    }

    @Test
    void theSameWordsInTwoArticlesAreOneEvent() {
        DossierFixture copies = DossierFixture.parse(List.of(
                "article a | Wire copy | Wire | -",
                "block a p1 | The ministry said on Saturday that the talks had failed.",
                "article b | Reprint | Daily | -",
                "block b p1 | The ministry said on Saturday that the talks had failed.",
                "article c | Dated reprint | Weekly | 2024-11-05",
                "block c p1 | The ministry said in June 2024 that the talks had failed.",
                "article d | Another dated reprint | Monthly | 2024-11-07",
                "block d p1 | The ministry said in June 2024 that the talks had failed."));

        Timeline copied = Timeline.of(copies.dossier());

        assertThat(copied.undated()).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(s -> s.article().id()).containsExactly("a", "b"));
        assertThat(copied.dated()).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(s -> s.article().id()).containsExactly("c", "d"));
    }
}
