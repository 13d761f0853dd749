package org.dossier.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.entities.ArticleText;
import org.dossier.entities.CurationRules;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.feed.BaseUrl;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkMemo;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.ArticleLoader;
import org.dossier.loader.ConfigLoader;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.BodyRenderer;
import org.dossier.parallel.Parallel;
import org.dossier.render.Templates;
import org.dossier.text.CompactText;
import org.dossier.text.Slugs;
import org.dossier.text.TextShelf;
import org.dossier.views.AnalystViews;

/**
 * Builds a dossier site. Knows the order of the phases and nothing else: load every article,
 * render bodies, extract entities, link, render pages, then swap the new site in. The article
 * bodies, before and after linking, wait for their page on a {@link TextShelf} in the system's
 * folder for temporary files rather than in memory; where no file can be made there, they are
 * held in memory and the build says so.
 */
public final class SiteBuilder {

    private final ArticleLoader loader = new ArticleLoader();
    private final BodyRenderer bodies = new BodyRenderer();
    private final EntityExtractor extractor = new EntityExtractor();
    private final CrossLinker linker = new CrossLinker();
    private final AnalystViews views;
    private final Path temporaryFolder;

    /** A builder of the usual site. */
    public SiteBuilder() {
        this(new AnalystViews());
    }

    /** A builder whose analyst views are {@code views}, such as a briefing book of short volumes. */
    SiteBuilder(AnalystViews views) {
        this(views, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A builder of the usual site that keeps the article bodies in {@code temporaryFolder}. */
    SiteBuilder(Path temporaryFolder) {
        this(new AnalystViews(), temporaryFolder);
    }

    private SiteBuilder(AnalystViews views, Path temporaryFolder) {
        this.views = views;
        this.temporaryFolder = temporaryFolder;
    }

    /** Builds the site described by {@code options}. */
    public BuildSummary build(BuildOptions options, Diagnostics warnings, Progress progress) {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.articles())) {
            throw new DossierException(Diagnostic.of(options.articles(), "articles folder not found"));
        }
        SeparateFolders.check(options);
        Templates templates = templates(options.templates(), warnings);
        DossierConfig config = BaseUrl.override(new ConfigLoader().load(options.articles(), warnings), options.baseUrl());
        CurationRules curation = CurationRules.load(options.articles().resolve(CurationRules.FILE_NAME), warnings);

        StageTimes stages = new StageTimes(progress);
        int files;
        int articles;
        try (TextShelf shelf = shelf(warnings)) {
            LinkedDossier dossier = linked(options, config, curation, shelf::keep, stages, warnings, progress);
            files = StagedOutput.write(options.out(),
                    sink -> SitePages.write(templates, views, dossier, sink, RenderMemo.NONE, stages));
            articles = dossier.articles().size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildSummary(articles, files, warnings.sorted(), millis, stages.millis(),
                options.out().resolve("index.html"));
    }

    /** A shelf in the temporary folder, or, with a warning, in memory where none can be made there. */
    private TextShelf shelf(Diagnostics warnings) {
        try {
            return TextShelf.in(temporaryFolder);
        } catch (DossierException e) {
            warnings.warn(Diagnostic.of(e.diagnostic().file(), e.diagnostic().message() + "; they are held in memory"));
            return TextShelf.inMemory();
        }
    }

    /**
     * The linked dossier of the articles folder. What only the steps up to linking need (the
     * bodies before linking, the texts the extractor reads) is held in this method alone, so
     * that it can be collected while the pages are written.
     */
    private LinkedDossier linked(BuildOptions options, DossierConfig config, CurationRules curation,
            Function<String, CompactText> keep, StageTimes stages, Diagnostics warnings, Progress progress) {
        List<ArticleDraft> drafts = drafts(options, keep, stages, warnings, progress);
        EntityCatalog catalog = stages.time("entities",
                () -> extractor.extract(drafts.stream().map(SiteBuilder::text).toList(), curation, warnings));
        return stages.time("links", () -> linker.link(config, drafts, catalog, LinkMemo.NONE, keep));
    }

    /**
     * The articles loaded and their bodies rendered. The loaded records, Markdown bodies and all,
     * are held in this method alone: a draft keeps its article without the Markdown.
     */
    private List<ArticleDraft> drafts(BuildOptions options, Function<String, CompactText> keep, StageTimes stages,
            Diagnostics warnings, Progress progress) {
        List<Article> articles = stages.time("load", () -> loader.loadAll(options.articles(), warnings));
        return stages.time("bodies", () -> drafts(articles, keep, progress));
    }

    /**
     * The articles of {@code folder} as a build reads them: loaded, with rendered bodies and
     * article ids, in file order. For commands that look at one stage, such as {@code explain}.
     */
    public List<ArticleDraft> drafts(Path folder, Diagnostics warnings) {
        if (!Files.isDirectory(folder)) {
            throw new DossierException(Diagnostic.of(folder, "articles folder not found"));
        }
        return drafts(loader.loadAll(folder, warnings), CompactText::of, Progress.NONE);
    }

    /** The text the entity extractor reads from a draft. */
    public static ArticleText articleText(ArticleDraft draft) {
        return text(draft);
    }

    private static Templates templates(Path folder, Diagnostics warnings) {
        if (Files.isDirectory(folder)) {
            return Templates.fromFolder(folder, warnings);
        }
        warnings.warn(Diagnostic.of(folder, "templates folder not found; using the default templates"));
        return Templates.defaults();
    }

    private List<ArticleDraft> drafts(List<Article> articles, Function<String, CompactText> keep, Progress progress) {
        Slugs slugs = new Slugs();
        List<String> ids = articles.stream().map(a -> slugs.unique(a.title(), "article")).toList();
        AtomicInteger done = new AtomicInteger();
        return Parallel.range(articles.size(), i -> {
            ArticleDraft draft = new ArticleDraft(ids.get(i), articles.get(i), bodies.render(articles.get(i).body(), keep));
            progress.update("render bodies", done.incrementAndGet(), articles.size());
            return draft;
        });
    }

    private static ArticleText text(ArticleDraft draft) {
        Article a = draft.article();
        return new ArticleText(draft.id(), a.title(), a.standfirst(), a.author(), a.published(), draft.body().blocks());
    }
}
