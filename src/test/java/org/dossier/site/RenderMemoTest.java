package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.EntityExtractor;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.DossierConfig;
import org.dossier.render.PageSink;
import org.dossier.render.Templates;
import org.dossier.views.AnalystViews;
import org.junit.jupiter.api.Test;

class RenderMemoTest {

    private static final Templates TEMPLATES = Templates.fromFolder(Path.of("templates"));

    @Test
    void aSecondRenderOfTheSameDossierKeepsEveryTemplatedPageAndWritesTheOtherFiles() {
        LinkedDossier dossier = seeds();
        RenderMemo memo = RenderMemo.empty();
        RecordingSink first = new RecordingSink(true);
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, first, memo);
        RecordingSink second = new RecordingSink(true);
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, second, memo.next());

        assertThat(first.kept).isEmpty();
        // The 404 page is made without a view model: the memo does not know it.
        List<String> pages = first.written.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).toList();
        assertThat(pages).hasSizeGreaterThan(20).contains("index.html", "people/vladimir-putin.html", "briefing.html");
        assertThat(second.kept).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(second.written).contains("404.html", "entities.json", "assets/search-index.js")
                .doesNotContainAnyElementsOf(pages);
    }

    @Test
    void aPageTheSinkCannotKeepIsRenderedAgain() {
        LinkedDossier dossier = seeds();
        RenderMemo memo = RenderMemo.empty();
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, new RecordingSink(true), memo);
        RecordingSink refusing = new RecordingSink(false);
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, refusing, memo.next());

        assertThat(refusing.kept).contains("index.html", "briefing.html");
        assertThat(refusing.written).contains("index.html", "briefing.html");
    }

    @Test
    void withoutAMemoNothingIsKept() {
        LinkedDossier dossier = seeds();
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, new RecordingSink(true), RenderMemo.NONE);
        RecordingSink again = new RecordingSink(true);
        SitePages.write(TEMPLATES, new AnalystViews(), dossier, again, RenderMemo.NONE.next());

        assertThat(again.kept).isEmpty();
        assertThat(again.written).contains("index.html", "briefing.html");
    }

    private static LinkedDossier seeds() {
        List<ArticleDraft> drafts = new SiteBuilder().drafts(Path.of("articles"), new Diagnostics());
        return new CrossLinker().link(DossierConfig.defaults(), drafts, new EntityExtractor()
                .extract(drafts.stream().map(SiteBuilder::articleText).toList(), new Diagnostics()));
    }

    /** A sink that records what it was asked to write and to keep, and keeps files if told to. */
    private static final class RecordingSink implements PageSink {
        final Set<String> written = new ConcurrentSkipListSet<>();
        final Set<String> kept = new ConcurrentSkipListSet<>();
        private final boolean keeps;

        RecordingSink(boolean keeps) {
            this.keeps = keeps;
        }

        @Override
        public void write(String path, byte[] content) {
            written.add(path);
        }

        @Override
        public boolean keep(String path) {
            kept.add(path);
            return keeps;
        }
    }
}
