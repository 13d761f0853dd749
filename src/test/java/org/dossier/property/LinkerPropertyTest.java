package org.dossier.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.CurationRules;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.DossierConfig;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated dossiers of one to six articles, {@link PropertyCases#COUNT} articles in all: entity
 * extraction and the cross-linker never throw, and the same articles give the same linked dossier.
 */
class LinkerPropertyTest {

    private static final long SEED_BASE = 1_000_000_000L;

    /** Shared, as a build shares them between articles: they are immutable and load their tables once. */
    private final SiteBuilder builder = new SiteBuilder();
    private final EntityExtractor extractor = new EntityExtractor();
    private final CrossLinker linker = new CrossLinker();

    @TempDir
    Path root;

    @Test
    void crossLinkerNeverThrowsAndIsDeterministic() {
        Random sizes = new Random(7);
        int articles = 0;
        int dossiers = 0;
        while (articles < PropertyCases.COUNT) {
            int size = 1 + sizes.nextInt(6);
            long from = SEED_BASE + articles;
            List<String> kept = PropertyCases.dossier(root.resolve("articles"), from, from + size);
            articles += size;
            dossiers++;

            LinkedDossier first = link(root.resolve("articles"));
            LinkedDossier second = link(root.resolve("articles"));

            assertThat(first.articles()).as("seeds %d-%d", from, from + size - 1).hasSize(kept.size())
                    .isEqualTo(second.articles());
            assertThat(first.catalog().entities()).as("seeds %d-%d", from, from + size - 1)
                    .isEqualTo(second.catalog().entities());
        }
        assertThat(dossiers).isPositive();
    }

    private LinkedDossier link(Path folder) {
        Diagnostics warnings = new Diagnostics();
        List<ArticleDraft> drafts = builder.drafts(folder, warnings);
        EntityCatalog catalog = extractor.extract(drafts.stream().map(SiteBuilder::articleText).toList(),
                CurationRules.none(), warnings);
        return linker.link(DossierConfig.defaults(), drafts, catalog);
    }
}
