package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.EntityKind;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;

/**
 * Builds the home page: an overview of the dossier, its articles newest first, and the entities
 * named most often.
 */
final class HomePage {

    static final String PATH = "index.html";
    /** The entities of each kind the home page lists. */
    static final int MOST_NAMED = 5;
    /** The articles a page lists; older ones go to {@code index--2.html}, ... */
    static final int ARTICLES_PER_PAGE = 100;

    private final DossierIndex index;

    HomePage(DossierIndex index) {
        this.index = index;
    }

    /** One page of the article list: where it goes, its title and what it shows. */
    record Page(String path, String title, HomeView view) {}

    /** The home page and, for a long dossier, the pages of older articles. */
    List<Page> pages() {
        LinkedDossier dossier = index.dossier();
        List<LinkedArticle> articles = dossier.articles();
        int pages = Pagination.pages(articles.size(), ARTICLES_PER_PAGE);
        String title = dossier.config().title();
        List<Page> result = new ArrayList<>();
        result.add(new Page(PATH, title, first(pages)));
        for (int page = 2; page <= pages; page++) {
            result.add(new Page(Pagination.path(PATH, page), title + ", page " + page, new HomeView(
                    title, null, List.of(), summaries(page), List.of(), Pagination.of(PATH, page, pages))));
        }
        return result;
    }

    private List<ArticleSummary> summaries(int page) {
        List<LinkedArticle> articles = index.dossier().articles();
        return ArticleSummary.of(articles.subList((page - 1) * ARTICLES_PER_PAGE,
                Math.min(articles.size(), page * ARTICLES_PER_PAGE)), "");
    }

    private HomeView first(int pages) {
        LinkedDossier dossier = index.dossier();
        List<HomeView.Count> overview = new ArrayList<>();
        overview.add(new HomeView.Count(dossier.articles().size(),
                dossier.articles().size() == 1 ? "article" : "articles", "#articles"));
        for (EntityKind kind : EntityKind.values()) {
            int count = dossier.catalog().ofKind(kind).size();
            overview.add(new HomeView.Count(count, KindWords.noun(count, kind), EntityIndexPage.path(kind)));
        }
        return new HomeView(dossier.config().title(), dossier.config().description().orElse(null), overview,
                summaries(1), mostNamed(), Pagination.of(PATH, 1, pages));
    }

    private List<HomeView.Leaders> mostNamed() {
        List<HomeView.Leaders> leaders = new ArrayList<>();
        for (EntityKind kind : SiteRenderer.INDEXED) {
            List<EntityLink> top = index.ranked(kind).stream()
                    .filter(e -> e.getValue() > 0)
                    .limit(MOST_NAMED)
                    .map(e -> EntityLink.counted(e, ""))
                    .toList();
            if (!top.isEmpty()) {
                leaders.add(new HomeView.Leaders(kind.plural(), EntityIndexPage.path(kind), top));
            }
        }
        return leaders;
    }
}
