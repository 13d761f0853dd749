package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;
import org.dossier.markdown.BodyRenderer;
import org.dossier.text.CompactText;
import org.junit.jupiter.api.Test;

class CrossLinkerTest {

    private static final BodyRenderer RENDERER = new BodyRenderer();
    private final CrossLinker linker = new CrossLinker();

    private static ArticleDraft draft(String id, String title, LocalDate published, String markdown) {
        Article article = new Article(id + ".md", title, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(published), Optional.empty(), List.of(), Map.of(), markdown, Map.of());
        return new ArticleDraft(id, article, RENDERER.render(markdown));
    }

    /** Every occurrence of every name in every body block, with offsets as the extractor gives them. */
    private static EntityCatalog catalog(List<ArticleDraft> drafts, Map<String, String> namesById) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (ArticleDraft draft : drafts) {
            for (Block block : draft.body().blocks()) {
                namesById.forEach((id, name) -> {
                    for (int at = block.text().indexOf(name); at >= 0; at = block.text().indexOf(name, at + 1)) {
                        Span span = new Span(block.id(), at, at + name.length(), name);
                        mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(draft.id(), span, "test", ""));
                    }
                });
            }
        }
        return new EntityCatalog(mentions.entrySet().stream()
                .map(e -> InsertCase.entity(e.getKey(), namesById.get(e.getKey()), e.getValue()))
                .toList());
    }

    @Test
    void linksTheFirstMentionsOfARenderedMarkdownBody() {
        ArticleDraft draft = draft("summit", "Summit", null, """
                ## Kim Jong Un in Moscow

                Kim Jong Un met *Vladimir Putin* in [Moscow](https://example.org/).

                Kim Jong Un and Putin spoke in `Moscow`, then in Moscow again.
                """);
        EntityCatalog catalog = catalog(List.of(draft), Map.of(
                "person/kim-jong-un", "Kim Jong Un",
                "person/vladimir-putin", "Vladimir Putin",
                "place/moscow", "Moscow"));

        String html = linker.link(DossierConfig.defaults(), List.of(draft), catalog).articles().get(0).bodyHtml();

        assertThat(html).isEqualTo("<h2 id=\"section-kim-jong-un-in-moscow\">Kim Jong Un in Moscow</h2>\n"
                + "<p id=\"p1\"><a class=\"entity entity-person\" href=\"../people/kim-jong-un.html\" title=\"Person: Kim Jong Un\">Kim Jong Un</a>"
                + " met <em><a class=\"entity entity-person\" href=\"../people/vladimir-putin.html\" title=\"Person: Vladimir Putin\">Vladimir Putin</a></em>"
                + " in <a href=\"https://example.org/\" rel=\"noopener noreferrer\">Moscow</a>.</p>\n"
                + "<p id=\"p2\">Kim Jong Un and Putin spoke in <code>Moscow</code>, then in "
                + "<a class=\"entity entity-place\" href=\"../places/moscow.html\" title=\"Place: Moscow\">Moscow</a> again.</p>\n");
    }

    @Test
    void changesNothingButTheInsertedLinks() {
        ArticleDraft draft = draft("mixed", "Mixed", null, """
                "Quotes" & ampersands, non breaking spaces, cafés and « guillemets » near Seoul.

                | City | Note |
                |------|------|
                | Seoul | *big* <br> city |

                - Seoul again
                - ~~Tokyo~~ and **Tokyo**

                > Pyongyang, quoted.

                ```
                Seoul in code
                ```
                """);
        EntityCatalog catalog = catalog(List.of(draft), Map.of(
                "place/seoul", "Seoul", "place/tokyo", "Tokyo", "place/pyongyang", "Pyongyang"));

        String html = linker.link(DossierConfig.defaults(), List.of(draft), catalog).articles().get(0).bodyHtml();

        assertThat(html).contains("Place: Seoul", "Place: Tokyo", "Place: Pyongyang");
        assertThat(html.replaceAll("<a class=\"entity [^\"]*\" href=\"[^\"]*\" title=\"[^\"]*\">([^<]*)</a>", "$1"))
                .isEqualTo(draft.body().html());
    }

    @Test
    void putsArticlesInReadingOrderWithTheirRelatedArticles() {
        List<ArticleDraft> drafts = List.of(
                draft("old", "Old", LocalDate.of(2024, 1, 1), "Kursk fell."),
                draft("undated-b", "B undated", null, "Nothing here."),
                draft("new", "New", LocalDate.of(2024, 6, 1), "Kursk again."),
                draft("undated-a", "A undated", null, "Nothing either."));
        EntityCatalog catalog = catalog(drafts, Map.of("place/kursk", "Kursk"));

        LinkedDossier dossier = linker.link(DossierConfig.defaults(), drafts, catalog);

        assertThat(dossier.articles()).extracting(LinkedArticle::id).containsExactly("new", "old", "undated-a", "undated-b");
        assertThat(dossier.article("new").orElseThrow().related()).singleElement().satisfies(r -> {
            assertThat(r.article()).isEqualTo("old");
            assertThat(r.shared()).containsExactly("place/kursk");
        });
        assertThat(dossier.article("undated-a").orElseThrow().related()).isEmpty();
        assertThat(dossier.coMentions().with("place/kursk", 5)).isEmpty();
    }

    @Test
    void parallelLinkingGivesTheSameOutputAsSequential() {
        List<String> names = IntStream.range(0, 30).mapToObj(i -> "Name" + i).toList();
        List<ArticleDraft> drafts = IntStream.range(0, 300)
                .mapToObj(i -> draft(String.format("a%03d", i), "Title " + i, LocalDate.of(2024, 1, 1).plusDays(i % 50),
                        "%s met *%s* and %s.\n\n%s, %s and %s spoke.".formatted(
                                names.get(i % 30), names.get((i * 7) % 30), names.get((i * 11) % 30),
                                names.get((i * 13) % 30), names.get(i % 30), names.get((i * 17) % 30))))
                .toList();
        Map<String, String> namesById = new LinkedHashMap<>();
        names.forEach(n -> namesById.put("person/" + n.toLowerCase(java.util.Locale.ROOT), n));
        EntityCatalog catalog = catalog(drafts, namesById);

        LinkedDossier parallel = linker.link(DossierConfig.defaults(), drafts, catalog);
        List<LinkedArticle> sequential = new ArrayList<>();
        for (LinkedArticle article : parallel.articles()) {
            ArticleDraft draft = drafts.stream().filter(d -> d.id().equals(article.id())).findFirst().orElseThrow();
            sequential.add(linker.linkOne(draft, catalog, article.related(), LinkMemo.NONE, CompactText::of));
        }

        assertThat(parallel.articles()).isEqualTo(sequential);
        assertThat(parallel.articles()).allSatisfy(a -> assertThat(a.bodyHtml()).contains("class=\"entity entity-person\""));
        assertThat(linker.link(DossierConfig.defaults(), drafts, catalog)).isEqualTo(parallel);
    }
}
