package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which section the masthead marks for a page. */
class NavigationTest {

    @ParameterizedTest(name = "{0}: current {1}, within {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            briefing.html           | Briefing | -
            briefing--2.html        | -        | Briefing
            index--3.html           | -        | Articles
            articles/a-story.html   | -        | Articles
            countries/russia--2.html | -       | Countries
            timeline.html           | Timeline | -
            404.html                | -        | -
            """)
    void marksThePageAndTheSectionItIsIn(String path, String current, String within) {
        List<Navigation.Link> links = Navigation.links(path);

        assertThat(links.stream().filter(Navigation.Link::current).map(Navigation.Link::label))
                .containsExactlyElementsOf(current == null ? List.of() : List.of(current));
        assertThat(links.stream().filter(Navigation.Link::within).map(Navigation.Link::label))
                .containsExactlyElementsOf(within == null ? List.of() : List.of(within));
    }
}
