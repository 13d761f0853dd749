package org.dossier.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.loader.Article;
import org.dossier.loader.ArticleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated articles ({@link RandomArticles}, seeds 0 to {@link PropertyCases#COUNT}): the loader
 * either reads an article or refuses the file with a one-line error naming it; it never throws
 * anything else, and reads the same bytes the same way twice.
 */
class LoaderPropertyTest {

    @TempDir
    Path folder;

    @Test
    void loaderReadsOrRefusesWithTheFileAndIsDeterministic() throws IOException {
        ArticleLoader loader = new ArticleLoader();
        int read = 0;
        for (long seed = 0; seed < PropertyCases.COUNT; seed++) {
            RandomArticles.Generated generated = RandomArticles.article(seed);
            Path file = Files.write(folder.resolve(generated.name()), generated.bytes());

            Object first = load(loader, file, seed);
            Object second = load(loader, file, seed);

            assertThat(first).as("seed %d", seed).isEqualTo(second);
            if (first instanceof Article article) {
                read++;
                assertThat(article.title()).as("seed %d", seed).isNotBlank().doesNotContain("\u0000");
                assertThat(article.body()).as("seed %d", seed).doesNotContain("\r", "\u0000", "\uFEFF");
            }
            Files.delete(file);
        }
        assertThat(read).as("most generated articles are readable").isGreaterThan(PropertyCases.COUNT / 2);
    }

    /** The article read, or the one-line error, checked to name the file. */
    private Object load(ArticleLoader loader, Path file, long seed) {
        try {
            return loader.load(folder, file, new Diagnostics());
        } catch (DossierException refused) {
            String line = refused.diagnostic().toString();
            assertThat(refused.diagnostic().file()).as("seed %d: %s", seed, line).isEqualTo(file);
            assertThat(line).as("seed %d", seed).doesNotContain("\n", "\r").startsWith(file + ":");
            return line;
        }
    }
}
