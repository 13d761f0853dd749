package org.dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dossier.site.UpdateSummary;
import org.junit.jupiter.api.Test;

/** The line the preview logs after each update, with its times counted from the file event. */
class UpdateLogTest {

    @Test
    void anEditSaysWhenItsPageAndTheRestWereOnDiskCountingTheWaitForTheEvent() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("load", 20L);
        stages.put("page", 30L);
        stages.put("render", 1_200L);
        UpdateSummary summary = new UpdateSummary(true, 10_000, 1, OptionalLong.of(50), 37, 0, 1_350, stages, List.of());

        assertThat(PreviewServer.describe(summary, 50))
                .isEqualTo("Rebuilt 1 article: page in 100 ms, 37 files written and 0 deleted in 1.40 s"
                        + " (load 0.02 s, page 0.03 s, render 1.20 s)");
    }

    @Test
    void aFullBuildSaysHowManyArticlesAndFiles() {
        UpdateSummary summary = new UpdateSummary(true, 5, 5, OptionalLong.empty(), 60, 0, 2_000, Map.of("load", 100L), List.of());

        assertThat(PreviewServer.describe(summary, 0)).isEqualTo("Built 5 articles: 60 files in 2.0 s (load 0.10 s)");
    }
}
