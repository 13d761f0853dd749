package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.Test;

/**
 * The digest of an entity page's inputs stands for the page: wherever two dossiers give a page
 * the same digest, they render it to the same text, and a change reaches every page it shows on.
 */
class EntityPageInputsTest {

    private static final Templates TEMPLATES = Templates.fromFolder(Path.of("templates"));
    private static final LinkedDossier SEEDS = seeds();
    private static final String KIM = "person/kim-jong-un";
    /** A person named in one article only, so that the pages of the other articles' entities stay. */
    private static final String NAMED_ONCE = SEEDS.catalog().entities().stream()
            .filter(e -> e.kind() == EntityKind.PERSON && e.mentions().stream().map(Mention::article).distinct().count() == 1)
            .findFirst().orElseThrow().id();

    @Test
    void theSameDossierBuiltTwiceGivesEveryPageTheSameDigest() {
        Map<String, Optional<ModelDigest.Digest>> first = digests(SEEDS);
        Map<String, Optional<ModelDigest.Digest>> again = digests(seeds());

        assertThat(first).hasSizeGreaterThan(50).isEqualTo(again);
        assertThat(first.values()).allMatch(Optional::isPresent);
    }

    @Test
    void aRenamedEntityChangesThePagesThatListItAndOnlyPagesThatRenderDifferently() {
        expectDigestsToFollowTheText(withCatalog(SEEDS, entities -> entities.stream()
                .map(e -> e.id().equals(NAMED_ONCE) ? new Entity(e.id(), e.kind(), e.name() + " Renamed", e.aliases(),
                        e.mentions(), e.figure(), e.country()) : e)
                .toList()));
    }

    @Test
    void anArticleRetitledChangesThePagesThatListItAndOnlyPagesThatRenderDifferently() {
        LinkedArticle first = SEEDS.articles().get(0);
        Article a = first.article();
        Article retitled = new Article(a.file(), a.title() + " (updated)", a.standfirst(), a.author(), a.source(),
                a.published(), a.url(), a.tags(), a.extra(), a.body(), a.provenance());
        expectDigestsToFollowTheText(withArticle(SEEDS, 0,
                new LinkedArticle(first.id(), retitled, first.bodyHtml(), first.blocks(), first.related())));
    }

    @Test
    void aBlockRewordedChangesThePagesThatQuoteItAndOnlyPagesThatRenderDifferently() {
        LinkedArticle second = SEEDS.articles().get(1);
        List<Block> blocks = new ArrayList<>(second.blocks());
        Block p1 = blocks.get(0);
        blocks.set(0, new Block(p1.id(), p1.heading(), "Reworded. " + p1.text()));
        expectDigestsToFollowTheText(withArticle(SEEDS, 1,
                new LinkedArticle(second.id(), second.article(), second.bodyHtml(), blocks, second.related())));
    }

    @Test
    void aMentionDroppedInOneArticleChangesThePagesThatCountOrQuoteIt() {
        String article = SEEDS.articles().get(2).id();
        expectDigestsToFollowTheText(withCatalog(SEEDS, entities -> entities.stream()
                .map(e -> e.id().equals(KIM) ? new Entity(e.id(), e.kind(), e.name(), e.aliases(),
                        e.mentions().stream().filter(m -> !m.article().equals(article) || !isFirstOf(e, m)).toList(),
                        e.figure(), e.country()) : e)
                .toList()));
    }

    @Test
    void whyASpanWasTakenIsNoInputOfAnyPage() {
        LinkedDossier reasoned = withCatalog(SEEDS, entities -> entities.stream()
                .map(e -> new Entity(e.id(), e.kind(), e.name(), e.aliases(),
                        e.mentions().stream().map(m -> new Mention(m.article(), m.span(), "another reason", m.sentence())).toList(),
                        e.figure(), e.country()))
                .toList());

        assertThat(digests(reasoned)).isEqualTo(digests(SEEDS));
        assertThat(pages(reasoned)).isEqualTo(pages(SEEDS));
    }

    /**
     * Every page whose digest stays renders the same text; at least one page changes and at least
     * one stays, so both are put to the test.
     */
    private static void expectDigestsToFollowTheText(LinkedDossier changed) {
        Map<String, Optional<ModelDigest.Digest>> before = digests(SEEDS);
        Map<String, Optional<ModelDigest.Digest>> after = digests(changed);
        Map<String, String> textBefore = pages(SEEDS);
        Map<String, String> textAfter = pages(changed);
        int same = 0;
        int different = 0;
        for (String path : after.keySet()) {
            boolean sameDigest = before.containsKey(path) && before.get(path).equals(after.get(path));
            boolean sameText = textAfter.get(path).equals(textBefore.get(path));
            if (sameDigest) {
                assertThat(textAfter.get(path)).as(path).isEqualTo(textBefore.get(path));
                same++;
            } else {
                different++;
            }
            if (!sameText) {
                assertThat(sameDigest).as(path + " renders differently under the same digest").isFalse();
            }
        }
        assertThat(same).as("pages left as they were").isPositive();
        assertThat(different).as("pages changed").isPositive();
    }

    private static boolean isFirstOf(Entity entity, Mention mention) {
        return entity.mentions().stream().filter(m -> m.article().equals(mention.article())).findFirst()
                .orElseThrow() == mention;
    }

    private static Map<String, Optional<ModelDigest.Digest>> digests(LinkedDossier dossier) {
        DossierIndex index = new DossierIndex(dossier);
        EntityPage pages = new EntityPage(index, EntityEvents.NONE);
        EntityPageInputs inputs = new EntityPageInputs(index, EntityEvents.NONE);
        Map<String, Optional<ModelDigest.Digest>> digests = new LinkedHashMap<>();
        for (Entity entity : dossier.catalog().entities()) {
            IntStream.rangeClosed(1, pages.pageCount(entity)).forEach(page ->
                    digests.put(EntityPage.path(entity, page), inputs.of(entity, page, pages)));
        }
        return digests;
    }

    private static Map<String, String> pages(LinkedDossier dossier) {
        DossierIndex index = new DossierIndex(dossier);
        EntityPage pages = new EntityPage(index, EntityEvents.NONE);
        PageRenderer renderer = new PageRenderer(TEMPLATES, dossier.config());
        Map<String, String> texts = new LinkedHashMap<>();
        for (Entity entity : dossier.catalog().entities()) {
            for (int number = 1; number <= pages.pageCount(entity); number++) {
                EntityPage.Page page = pages.page(entity, number);
                texts.put(page.path(), renderer.html(page.path(), page.title(), "entity.mustache", page.view()));
            }
        }
        return texts;
    }

    private static LinkedDossier withCatalog(LinkedDossier dossier, UnaryOperator<List<Entity>> change) {
        return new LinkedDossier(dossier.config(), dossier.articles(), new EntityCatalog(change.apply(dossier.catalog().entities())));
    }

    private static LinkedDossier withArticle(LinkedDossier dossier, int at, LinkedArticle article) {
        List<LinkedArticle> articles = new ArrayList<>(dossier.articles());
        articles.set(at, article);
        return new LinkedDossier(dossier.config(), articles, dossier.catalog());
    }

    private static LinkedDossier seeds() {
        List<ArticleDraft> drafts = new SiteBuilder().drafts(Path.of("articles"), new Diagnostics());
        return new CrossLinker().link(DossierConfig.defaults(), drafts, new EntityExtractor()
                .extract(drafts.stream().map(SiteBuilder::articleText).toList(), new Diagnostics()));
    }
}
