package org.dossier.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.entities.CurationRules;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.entities.RecognitionMemo;
import org.dossier.feed.BaseUrl;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkMemo;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.ArticleLoader;
import org.dossier.loader.ConfigLoader;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.BodyRenderer;
import org.dossier.markdown.RenderedBody;
import org.dossier.parallel.Parallel;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.text.CompactText;
import org.dossier.text.Slugs;
import org.dossier.views.AnalystViews;

/**
 * Keeps a built site up to date as its sources change, for the live preview: it holds the last
 * build in memory and redoes only what changed.
 *
 * <ul>
 *   <li>An article file is reloaded and its body re-rendered only when its size or modification
 *       time changed; the others are reused as loaded.
 *   <li>An edited article that keeps its title has its own page written first, from its new
 *       body and the related articles it had (its entity links follow in the second step), so the
 *       page being edited is fresh at once.
 *   <li>Then the dossier-wide steps run on the whole dossier (entities, links, related articles,
 *       indexes, views), recognising names again only in the articles whose reading can have
 *       changed ({@link RecognitionMemo}), and linking again only the bodies ({@link LinkMemo}),
 *       looking for dates again only in the blocks and rendering again only the pages
 *       ({@link RenderMemo}) whose inputs changed. Only the files whose bytes changed are
 *       rewritten, and files the dossier no longer has are deleted. The folder then matches a
 *       full {@link SiteBuilder} build of the same sources, byte for byte.
 *   <li>A change to the templates or the settings files re-renders everything from the articles
 *       in memory.
 * </ul>
 *
 * <p>A failed update (a front matter error, a broken template) throws and keeps the last good
 * state, so the next update retries what failed. One update runs at a time; {@link #writeAhead}
 * may run beside it, for an edit saved while it runs.
 *
 * <pre>{@code
 * IncrementalBuild live = new IncrementalBuild(BuildOptions.defaults());
 * live.update();              // builds everything
 * // ... an article changes ...
 * UpdateSummary s = live.update();
 * }</pre>
 */
public final class IncrementalBuild {

    private final BuildOptions options;
    private final ArticleLoader loader = new ArticleLoader();
    private final BodyRenderer bodies = new BodyRenderer();
    private final EntityExtractor extractor = new EntityExtractor();
    private final CrossLinker linker = new CrossLinker();
    private final AnalystViews views;
    private final LiveOutput output;
    /** The pages {@link #writeAhead} wrote while an update ran, from newer sources than it read; guarded by itself. */
    private final Set<String> newer = new HashSet<>();
    /** The last successful build, or null before the first; read by {@link #writeAhead} meanwhile. */
    private volatile Snapshot last;
    private volatile boolean updating;

    /** A live build of the dossier {@code options} describes, into its output folder. */
    public IncrementalBuild(BuildOptions options) {
        this(options, new AnalystViews());
    }

    /** A live build whose analyst views are {@code views}, such as a briefing book of short volumes. */
    IncrementalBuild(BuildOptions options, AnalystViews views) {
        this.options = options;
        this.views = views;
        this.output = new LiveOutput(options.out());
    }

    /**
     * Brings the output folder up to date with the sources: the first call builds everything,
     * later calls redo what changed since the last successful one.
     *
     * @throws DossierException when the dossier cannot be built as it stands; the last good site
     *     stays in place
     */
    public synchronized UpdateSummary update() {
        return update(List.of(), () -> { });
    }

    /**
     * Like {@link #update()}, told which files changed (as a file watcher reports them, under the
     * articles folder given in the options): an edited article among them has its own page written
     * before anything else is read, and {@code pagesAhead} runs once such pages are on disk (a
     * preview can reload them while the rest is redone). The whole folder is still checked for
     * changes after that.
     */
    public synchronized UpdateSummary update(Collection<Path> touched, Runnable pagesAhead) {
        synchronized (newer) {
            newer.clear();
            updating = true;
        }
        try {
            return updateNow(touched, pagesAhead);
        } finally {
            updating = false;
        }
    }

    private UpdateSummary updateNow(Collection<Path> touched, Runnable pagesAhead) {
        long start = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        if (!Files.isDirectory(options.articles())) {
            throw new DossierException(Diagnostic.of(options.articles(), "articles folder not found"));
        }
        SeparateFolders.check(options);
        Settings settings = settings(last);
        boolean settingsChanged = last == null || !settings.digest().equals(last.settings().digest());
        boolean ahead = !settingsChanged && output.hasSite();
        Map<Path, String> written = new TreeMap<>();
        Map<Path, Source> early = ahead ? writeTouchedPagesAhead(last, settings, touched, written) : Map.of();
        OptionalLong firstPages = written.isEmpty() ? OptionalLong.empty() : OptionalLong.of(millisSince(start));
        firstPages.ifPresent(millis -> {
            stages.put("page", millis);
            pagesAhead.run();
        });
        long step = System.nanoTime();
        Diagnostics listing = new Diagnostics();
        Map<Path, Source> sources = sources(listing, early);
        Set<Path> changedFiles = changedFiles(sources);
        stages.put("load", millisSince(step));
        if (!settingsChanged && changedFiles.isEmpty() && output.hasSite()) {
            last = new Snapshot(settings, sources, last.ids(), last.memo(), last.articles(), last.links(), last.render(), last.warnings());
            return new UpdateSummary(false, last.articles().size(), 0, firstPages, 0, 0,
                    millisSince(start), stages, last.warnings());
        }
        List<ArticleDraft> drafts = drafts(sources);
        Set<Path> notYetWritten = new TreeSet<>(changedFiles);
        notYetWritten.removeAll(written.keySet());
        if (ahead && !notYetWritten.isEmpty()) {
            // Changes the watcher did not name (or no watcher): their pages still go first.
            step = System.nanoTime();
            if (writeArticlePagesAhead(settings, drafts, notYetWritten, sources) > 0) {
                stages.merge("page", millisSince(step), Long::sum);
                firstPages = OptionalLong.of(millisSince(start));
                pagesAhead.run();
            }
        }
        step = System.nanoTime();
        Diagnostics warnings = new Diagnostics();
        EntityExtractor.Extraction extraction = extractor.extract(drafts.stream().map(SiteBuilder::articleText).toList(),
                settings.curation(), warnings, last == null ? RecognitionMemo.empty() : last.memo());
        stages.put("entities", millisSince(step));
        step = System.nanoTime();
        LinkMemo links = last == null ? LinkMemo.empty() : last.links().next();
        LinkedDossier dossier = linker.link(settings.config(), drafts, extraction.catalog(), links, CompactText::of);
        stages.put("links", millisSince(step));
        // What a render recorded holds only under the templates and settings it had.
        RenderMemo render = settingsChanged ? RenderMemo.empty() : last.render().next();
        StageTimes renderStages = new StageTimes(Progress.NONE);
        LiveOutput.Revision revision = output.render(
                sink -> SitePages.write(settings.templates(), views, dossier, sink, render, renderStages));
        stages.putAll(renderStages.millis());
        step = System.nanoTime();
        LiveOutput.Changes changes;
        synchronized (newer) {
            changes = output.apply(revision, newer);
        }
        stages.put("write", millisSince(step));

        List<Diagnostic> all = new ArrayList<>(settings.warnings());
        all.addAll(listing.sorted());
        sources.values().forEach(source -> all.addAll(source.warnings()));
        all.addAll(warnings.sorted());
        Diagnostics sorted = new Diagnostics();
        all.forEach(sorted::warn);
        last = new Snapshot(settings, sources, idsByFile(sources, drafts), extraction.memo(), byId(dossier), links, render,
                sorted.sorted());
        return new UpdateSummary(true, drafts.size(), changedFiles.size(), firstPages, changes.written(),
                changes.deleted(), millisSince(start), stages, last.warnings());
    }

    /**
     * Writes at once the own pages of the edited articles among {@code touched}, as
     * {@link #update(Collection, Runnable)} does first, without waiting for an update that is
     * running: from the last successful build, so that a preview shows an edit at once even while
     * a long update runs. Returns the number of pages written: none before the first site, or when
     * the templates or settings changed. An update must follow: the running one leaves these pages
     * as they are, and it is the next that links them and brings the rest of the site up to date.
     */
    public int writeAhead(Collection<Path> touched) {
        Snapshot base = last;
        if (base == null || !output.hasSite() || !settingsDigest().equals(base.settings().digest())) {
            return 0;
        }
        Map<Path, String> written = new TreeMap<>();
        synchronized (newer) {
            writeTouchedPagesAhead(base, base.settings(), touched, written);
            if (updating) {
                newer.addAll(written.values());
            }
        }
        return written.size();
    }

    /** The templates and settings, reused from {@code base} while their files are unchanged. */
    private Settings settings(Snapshot base) {
        Path articles = options.articles();
        String digest = settingsDigest();
        if (base != null && base.settings().digest().equals(digest)) {
            return base.settings();
        }
        Diagnostics warnings = new Diagnostics();
        Templates templates;
        if (Files.isDirectory(options.templates())) {
            templates = Templates.fromFolder(options.templates());
        } else {
            warnings.warn(Diagnostic.of(options.templates(), "templates folder not found; using the default templates"));
            templates = Templates.defaults();
        }
        DossierConfig config = BaseUrl.override(new ConfigLoader().load(articles, warnings), options.baseUrl());
        CurationRules curation = CurationRules.load(articles.resolve(CurationRules.FILE_NAME), warnings);
        return new Settings(digest, templates, config, curation, warnings.sorted());
    }

    private String settingsDigest() {
        Path articles = options.articles();
        return SourceDigest.of(List.of(options.templates(), articles.resolve(ConfigLoader.FILE_NAME),
                articles.resolve(CurationRules.FILE_NAME)));
    }

    /** Every article file as it now is: reused from the last build when its stamp is unchanged. */
    private Map<Path, Source> sources(Diagnostics listing, Map<Path, Source> early) {
        List<Path> files = loader.files(options.articles(), listing);
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        for (Path file : files) {
            stamps.put(file, FileStamp.of(file));
        }
        Map<Path, Source> reused = new HashMap<>();
        List<Path> reload = new ArrayList<>();
        stamps.forEach((file, stamp) -> {
            Source before = early.containsKey(file) ? early.get(file) : last == null ? null : last.sources().get(file);
            if (before != null && before.stamp().equals(stamp)) {
                reused.put(file, before);
            } else {
                reload.add(file);
            }
        });
        List<Source> reloaded = Parallel.map(reload,
                file -> load(file, stamps.get(file), last == null ? null : last.sources().get(file)));
        Map<Path, Source> loaded = new HashMap<>();
        for (int i = 0; i < reload.size(); i++) {
            loaded.put(reload.get(i), reloaded.get(i));
        }
        Map<Path, Source> sources = new LinkedHashMap<>();
        for (Path file : files) {
            sources.put(file, reused.containsKey(file) ? reused.get(file) : loaded.get(file));
        }
        return sources;
    }

    /** The file as it now is, reusing the rendered body of {@code before} (or null) if its article is the same. */
    private Source load(Path file, FileStamp stamp, Source before) {
        Diagnostics warnings = new Diagnostics();
        Optional<Article> article = loader.loadIfArticle(options.articles(), file, warnings);
        if (before != null && before.article().equals(article)) {
            // Saved unchanged: keep the rendered body, and the files as they are.
            return new Source(stamp, before.article(), before.body(), warnings.sorted());
        }
        return new Source(stamp, article, article.map(a -> bodies.render(a.body())), warnings.sorted());
    }

    /** The files whose article is new, gone or different since the last build. */
    private Set<Path> changedFiles(Map<Path, Source> sources) {
        if (last == null) {
            return sources.keySet();
        }
        Set<Path> changed = new TreeSet<>();
        sources.forEach((file, source) -> {
            Source before = last.sources().get(file);
            if (before == null || !before.article().equals(source.article())) {
                changed.add(file);
            }
        });
        last.sources().keySet().stream().filter(file -> !sources.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /**
     * The drafts of a build: articles in file order, ids given in that order as {@link SiteBuilder}
     * does. While no title changed and no article came or went, the ids are the last build's.
     */
    private List<ArticleDraft> drafts(Map<Path, Source> sources) {
        boolean sameIds = last != null && sameTitles(sources);
        Slugs slugs = new Slugs();
        List<ArticleDraft> drafts = new ArrayList<>();
        sources.forEach((file, source) -> source.article().ifPresent(article -> drafts.add(new ArticleDraft(
                sameIds ? last.ids().get(file) : slugs.unique(article.title(), "article"), article, source.body().orElseThrow()))));
        return drafts;
    }

    /** Whether the same files hold articles as in the last build, with the same titles, in the same order. */
    private boolean sameTitles(Map<Path, Source> sources) {
        if (!sources.keySet().equals(last.sources().keySet())) {
            return false;
        }
        for (Map.Entry<Path, Source> entry : sources.entrySet()) {
            Optional<String> title = entry.getValue().article().map(Article::title);
            if (!title.equals(last.sources().get(entry.getKey()).article().map(Article::title))) {
                return false;
            }
        }
        return true;
    }

    private static Map<Path, String> idsByFile(Map<Path, Source> sources, List<ArticleDraft> drafts) {
        Map<Path, String> ids = new HashMap<>();
        int i = 0;
        for (Map.Entry<Path, Source> entry : sources.entrySet()) {
            if (entry.getValue().article().isPresent()) {
                ids.put(entry.getKey(), drafts.get(i++).id());
            }
        }
        return ids;
    }

    /**
     * Reloads the touched files the build {@code base} knew and writes the page of each whose
     * article changed but kept its title (so its id, and every other id, stays): the new body
     * without entity links, with the related articles it had. Returns the files reloaded, to be
     * reused, and adds those whose page it wrote to {@code written}, with the page's path.
     */
    private Map<Path, Source> writeTouchedPagesAhead(Snapshot base, Settings settings, Collection<Path> touched,
            Map<Path, String> written) {
        Map<Path, Source> reloaded = new HashMap<>();
        for (Path file : new TreeSet<>(touched)) {
            Source before = base.sources().get(file);
            if (before == null || before.article().isEmpty() || !Files.isRegularFile(file)) {
                continue;
            }
            Source now = load(file, FileStamp.of(file), before);
            reloaded.put(file, now);
            if (now.article().isPresent() && !now.article().equals(before.article())
                    && now.article().orElseThrow().title().equals(before.article().orElseThrow().title())) {
                Article article = now.article().orElseThrow();
                RenderedBody body = now.body().orElseThrow();
                written.put(file, writePageAhead(base, settings, new ArticleDraft(base.ids().get(file), article, body)));
            }
        }
        return reloaded;
    }

    /**
     * Writes ahead of the dossier-wide steps the pages of the edited articles that keep their
     * address (same file, same id); returns how many. New articles and new titles wait for the
     * rest of the site, which links to them.
     */
    private int writeArticlePagesAhead(Settings settings, List<ArticleDraft> drafts, Set<Path> changedFiles,
            Map<Path, Source> sources) {
        Map<Path, String> ids = idsByFile(sources, drafts);
        Map<String, ArticleDraft> byId = new HashMap<>();
        drafts.forEach(draft -> byId.put(draft.id(), draft));
        int written = 0;
        for (Path file : changedFiles) {
            String id = ids.get(file);
            if (id != null && id.equals(last.ids().get(file))) {
                writePageAhead(last, settings, byId.get(id));
                written++;
            }
        }
        return written;
    }

    /**
     * Writes the page of one draft, without entity links, with the related articles it had in
     * {@code base}; returns the page's path.
     */
    private String writePageAhead(Snapshot base, Settings settings, ArticleDraft draft) {
        Optional<LinkedArticle> before = Optional.ofNullable(base.articles().get(draft.id()));
        List<LinkedArticle> page = new ArrayList<>();
        page.add(new LinkedArticle(draft.id(), draft.article(), draft.body().html(), draft.body().blocks(),
                before.map(LinkedArticle::related).orElse(List.of())));
        before.ifPresent(b -> b.related().forEach(r -> Optional.ofNullable(base.articles().get(r.article()))
                .filter(other -> !other.id().equals(draft.id()))
                .ifPresent(page::add)));
        LinkedDossier alone = new LinkedDossier(settings.config(), page, EntityCatalog.empty());
        String path = page.get(0).url();
        new SiteRenderer(settings.templates()).render(alone, (file, content) -> {
            if (file.equals(path)) {
                output.write(file, content);
            }
        });
        return path;
    }

    private static Map<String, LinkedArticle> byId(LinkedDossier dossier) {
        Map<String, LinkedArticle> articles = new HashMap<>();
        dossier.articles().forEach(article -> articles.put(article.id(), article));
        return articles;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The size and modification time of a file: what tells that it may have changed. */
    private record FileStamp(long size, FileTime modified) {
        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.size(), attributes.lastModifiedTime());
            } catch (NoSuchFileException e) {
                // Deleted since the folder was listed: the load that follows reports it.
                return new FileStamp(-1, FileTime.fromMillis(0));
            } catch (IOException e) {
                throw new DossierException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
            }
        }
    }

    /** One article file as loaded: empty when it holds no article (the warnings say why). */
    private record Source(FileStamp stamp, Optional<Article> article, Optional<RenderedBody> body, List<Diagnostic> warnings) {}

    /** What every page depends on, with the digest of the files it was read from. */
    private record Settings(String digest, Templates templates, DossierConfig config, CurationRules curation,
            List<Diagnostic> warnings) {}

    /**
     * The last successful build: what the next update reuses. Of the linked dossier it keeps only
     * the articles, by id, for the pages written ahead, not the entity catalog, so an update does
     * not hold two catalogs at once (of the last one, the link memo keeps only the spans each
     * body was linked from); and what its render made each page and timeline entry from.
     */
    private record Snapshot(Settings settings, Map<Path, Source> sources, Map<Path, String> ids, RecognitionMemo memo,
            Map<String, LinkedArticle> articles, LinkMemo links, RenderMemo render, List<Diagnostic> warnings) {}
}
