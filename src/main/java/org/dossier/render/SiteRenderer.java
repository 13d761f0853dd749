package org.dossier.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;

/**
 * Renders the linked dossier's core pages: home, articles, entity pages and their indexes, the
 * 404 page, {@code robots.txt}, {@code entities.json} and the stylesheet. Article and entity
 * pages render in parallel; each page depends only on the dossier, so the output is the same
 * whatever the order.
 */
public final class SiteRenderer {

    /** The kinds with an index page here; the figures index belongs to the analyst views. */
    static final List<EntityKind> INDEXED = List.of(
            EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.ORGANISATION);

    /** The templates this renderer uses. */
    static final List<String> TEMPLATES = List.of(PageRenderer.LAYOUT, "home.mustache", "article.mustache",
            "entity.mustache", "entity-index.mustache", NotFoundPage.TEMPLATE);

    private final Templates templates;
    private final PageMemo memo;

    public SiteRenderer(Templates templates) {
        this(templates, PageMemo.NONE);
    }

    /** A renderer that skips the pages {@code memo} knows unchanged, as {@link PageRenderer} does. */
    public SiteRenderer(Templates templates, PageMemo memo) {
        this.templates = templates;
        this.memo = memo;
    }

    /** Renders every core page of {@code dossier} into {@code sink}, entity pages without events. */
    public void render(LinkedDossier dossier, PageSink sink) {
        render(dossier, sink, EntityEvents.NONE);
    }

    /** Renders every core page of {@code dossier} into {@code sink}, entity pages with their {@code events}. */
    public void render(LinkedDossier dossier, PageSink sink, EntityEvents events) {
        // Compile first, in order, so a broken template fails the same way every time.
        TEMPLATES.forEach(templates::template);
        PageRenderer pages = new PageRenderer(templates, dossier.config(), memo);
        DossierIndex index = new DossierIndex(dossier);

        for (HomePage.Page home : new HomePage(index).pages()) {
            pages.page(sink, home.path(), home.title(), "home.mustache", home.view());
        }

        ArticlePage articles = new ArticlePage(index);
        Parallel.forEach(dossier.articles(), article -> pages.page(sink, article.url(),
                article.article().title(), "article.mustache", articles.view(article)));

        // One task per page, not per entity: the few entities named everywhere have a hundred pages each.
        EntityPage entities = new EntityPage(index, events);
        List<EntityPageNumber> entityPages = dossier.catalog().entities().stream()
                .flatMap(entity -> IntStream.rangeClosed(1, entities.pageCount(entity))
                        .mapToObj(number -> new EntityPageNumber(entity, number)))
                .toList();
        // A live build first checks what each page is made from, and makes only the pages whose inputs changed.
        Optional<EntityPageInputs> inputs = memo.remembers() ? Optional.of(new EntityPageInputs(index, events)) : Optional.empty();
        Parallel.forEach(entityPages, number -> {
            if (inputs.isEmpty() || !unchanged(number, inputs.get(), entities, sink)) {
                EntityPage.Page page = entities.page(number.entity(), number.page());
                pages.page(sink, page.path(), page.title(), "entity.mustache", page.view());
            }
        });

        EntityIndexPage indexes = new EntityIndexPage(index);
        for (EntityKind kind : INDEXED) {
            pages.page(sink, EntityIndexPage.path(kind), kind.plural(), "entity-index.mustache", indexes.view(kind));
        }

        sink.write(NotFoundPage.PATH, new NotFoundPage(templates).bytes(dossier.config()));
        sink.write(RobotsTxt.PATH, new RobotsTxt().bytes(dossier.config()));
        sink.write(EntitiesJson.PATH, new EntitiesJson().parts(dossier));
        sink.write(PageRenderer.STYLESHEET, pages.asset("style.css"));
        sink.write(PageRenderer.FAVICON, pages.asset("favicon.svg"));
    }

    /** Whether the page {@code number} is made from what the last render made it from, and is kept as it wrote it. */
    private boolean unchanged(EntityPageNumber number, EntityPageInputs inputs, EntityPage entities, PageSink sink) {
        String path = EntityPage.path(number.entity(), number.page());
        Optional<ModelDigest.Digest> made = inputs.of(number.entity(), number.page(), entities);
        return made.isPresent() && memo.inputsUnchanged(path, made.get()) && sink.keep(path);
    }

    private record EntityPageNumber(Entity entity, int page) {}
}
