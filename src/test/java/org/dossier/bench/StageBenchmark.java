package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.ArticleText;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.ArticleLoader;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.BodyRenderer;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.dossier.views.timeline.Timeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microbenchmarks of the hot stages over a dossier (the seeds unless told another articles folder),
 * each stage on its own, so a regression can be traced to one. Run with {@code mvn -q -Pjmh
 * test-compile exec:exec}; over a generated corpus, with {@code -Djmh.args="StageBenchmark -p
 * articles=target/bench/corpus-1000/articles"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    private final ArticleLoader loader = new ArticleLoader();
    private final BodyRenderer bodies = new BodyRenderer();
    private final EntityExtractor extractor = new EntityExtractor();
    private final CrossLinker linker = new CrossLinker();
    private final SiteRenderer renderer = new SiteRenderer(Templates.fromFolder(Path.of("templates")));

    /** The articles folder the stages read. */
    @Param("articles")
    public String articles;

    private Path folder;
    private List<Article> loaded;
    private List<ArticleDraft> drafts;
    private List<ArticleText> texts;
    private EntityCatalog catalog;
    private LinkedDossier linked;

    @Setup
    public void prepare() throws IOException {
        folder = Path.of(articles);
        loaded = loader.loadAll(folder, new Diagnostics());
        drafts = draft();
        texts = drafts.stream().map(StageBenchmark::text).toList();
        catalog = extractor.extract(texts, new Diagnostics());
        linked = linker.link(DossierConfig.defaults(), drafts, catalog);
    }

    @Benchmark
    public List<Article> load() {
        return loader.loadAll(folder, new Diagnostics());
    }

    @Benchmark
    public List<ArticleDraft> renderBodies() {
        return draft();
    }

    @Benchmark
    public EntityCatalog recognise() {
        return extractor.extract(texts, new Diagnostics());
    }

    @Benchmark
    public LinkedDossier link() {
        return linker.link(DossierConfig.defaults(), drafts, catalog);
    }

    @Benchmark
    public Timeline timeline() {
        return Timeline.of(linked);
    }

    @Benchmark
    public long renderPages() {
        // Pages render in parallel, so the count is added to from several threads.
        LongAdder bytes = new LongAdder();
        renderer.render(linked, (path, content) -> bytes.add(content.length));
        return bytes.sum();
    }

    private List<ArticleDraft> draft() {
        return loaded.stream()
                .map(a -> new ArticleDraft(a.file(), a, bodies.render(a.body())))
                .toList();
    }

    private static ArticleText text(ArticleDraft d) {
        Article a = d.article();
        return new ArticleText(d.id(), a.title(), a.standfirst(), a.author(), a.published(), d.body().blocks());
    }

}
