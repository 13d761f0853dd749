package org.dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyRendererTest {

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void headingIdsCannotBeThePagesOwnOrAParagraphs() {
        RenderedBody body = renderer.render("""
                ## Main

                First.

                ## P2

                ## Entities heading

                <h3 id="related-heading">x</h3>

                ## Main
                """);

        List<String> ids = Jsoup.parseBodyFragment(body.html()).body().select("[id]").stream()
                .map(Element::id).toList();

        assertThat(ids).containsExactly("section-main", "p1", "section-p2", "section-entities-heading", "section-x",
                "section-main-1");
        assertThat(body.blocks()).extracting(Block::id).containsExactlyElementsOf(ids);
    }
}
