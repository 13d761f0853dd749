package org.dossier.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.render.PageSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveOutputTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path dir;

    @Test
    void theFirstSiteIsStagedThenSwappedIn() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        LiveOutput.Changes changes = output.apply(output.render(site(Map.of("index.html", "home", "people/a.html", "a"))), Set.of());

        assertThat(changes).isEqualTo(new LiveOutput.Changes(2, 0));
        assertThat(output.hasSite()).isTrue();
        assertThat(out.resolve("people/a.html")).hasContent("a");
        assertThat(out.resolve(StagedOutput.MARKER)).exists();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aFailedFirstRenderLeavesNoSiteAndNoStaging() throws IOException {
        LiveOutput output = new LiveOutput(dir.resolve("site"));
        assertThatThrownBy(() -> output.render(sink -> {
            sink.write("index.html", "half".getBytes(UTF_8));
            throw new IllegalStateException("broken template");
        })).hasMessage("broken template");

        assertThat(output.hasSite()).isFalse();
        assertThat(siblings()).isEmpty();
    }

    @Test
    void anUpdateRewritesOnlyChangedFilesAndDeletesThoseNoLongerProduced() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        output.apply(output.render(site(Map.of("index.html", "home", "a.html", "a", "gone/b.html", "b"))), Set.of());
        Files.setLastModifiedTime(out.resolve("index.html"), LONG_AGO);

        LiveOutput.Changes changes = output.apply(output.render(site(Map.of("index.html", "home", "a.html", "a2"))), Set.of());

        assertThat(changes).isEqualTo(new LiveOutput.Changes(1, 1));
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(LONG_AGO);
        assertThat(out.resolve("a.html")).hasContent("a2");
        assertThat(out.resolve("gone")).doesNotExist();
    }

    @Test
    void aFailedRenderLeavesTheFolderAsItWas() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        output.apply(output.render(site(Map.of("index.html", "home"))), Set.of());

        assertThatThrownBy(() -> output.render(sink -> {
            sink.write("index.html", "half".getBytes(UTF_8));
            sink.write("new/page.html", "new".getBytes(UTF_8));
            throw new IllegalStateException("broken template");
        })).hasMessage("broken template");

        assertThat(out.resolve("index.html")).hasContent("home");
        try (Stream<Path> tree = Files.walk(out)) {
            assertThat(tree.map(p -> out.relativize(p).toString())).containsExactlyInAnyOrder("", "index.html", StagedOutput.MARKER);
        }
    }

    @Test
    void aFileWrittenAheadFromNewerSourcesStaysUntilTheNextUpdate() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        output.apply(output.render(site(Map.of("a.html", "a", "b.html", "b"))), Set.of());

        LiveOutput.Revision older = output.render(site(Map.of("a.html", "a from older sources", "b.html", "b2")));
        output.write("a.html", "a ahead".getBytes(UTF_8));
        assertThat(output.apply(older, Set.of("a.html"))).isEqualTo(new LiveOutput.Changes(1, 0));
        assertThat(out.resolve("a.html")).hasContent("a ahead");
        assertThat(out.resolve("b.html")).hasContent("b2");
        assertThat(siblings(out)).containsExactlyInAnyOrder(StagedOutput.MARKER, "a.html", "b.html");

        output.apply(output.render(site(Map.of("a.html", "a linked", "b.html", "b2"))), Set.of());
        assertThat(out.resolve("a.html")).hasContent("a linked");
    }

    @Test
    void aFileWrittenAheadCountsAsOnDisk() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        output.apply(output.render(site(Map.of("a.html", "a"))), Set.of());
        output.write("a.html", "a2".getBytes(UTF_8));

        assertThat(output.apply(output.render(site(Map.of("a.html", "a2"))), Set.of())).isEqualTo(new LiveOutput.Changes(0, 0));
        assertThat(out.resolve("a.html")).hasContent("a2");
    }

    @Test
    void aFileKeptFromTheLastSiteStaysAsItWas() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        output.apply(output.render(site(Map.of("a.html", "a", "b.html", "b"))), Set.of());
        Files.setLastModifiedTime(out.resolve("a.html"), LONG_AGO);

        boolean[] kept = new boolean[1];
        LiveOutput.Revision revision = output.render(sink -> {
            kept[0] = sink.keep("a.html");
            sink.write("b.html", "b2".getBytes(UTF_8));
        });

        assertThat(kept[0]).isTrue();
        assertThat(output.apply(revision, Set.of())).isEqualTo(new LiveOutput.Changes(1, 0));
        assertThat(out.resolve("a.html")).hasContent("a");
        assertThat(Files.getLastModifiedTime(out.resolve("a.html"))).isEqualTo(LONG_AGO);
        assertThat(out.resolve("b.html")).hasContent("b2");
    }

    @Test
    void noFileIsKeptBeforeTheFirstSiteNorOnceWrittenAheadNorIfTheLastSiteLackedIt() throws IOException {
        Path out = dir.resolve("site");
        LiveOutput output = new LiveOutput(out);
        boolean[] kept = new boolean[3];
        output.apply(output.render(sink -> {
            kept[0] = sink.keep("a.html");
            sink.write("a.html", "a".getBytes(UTF_8));
        }), Set.of());
        output.write("a.html", "a ahead".getBytes(UTF_8));

        output.render(sink -> {
            kept[1] = sink.keep("a.html");
            kept[2] = sink.keep("new.html");
        });

        assertThat(kept).containsExactly(false, false, false);
    }

    private static Consumer<PageSink> site(Map<String, String> files) {
        return sink -> files.forEach((path, text) -> sink.write(path, text.getBytes(UTF_8)));
    }

    private String[] siblings() throws IOException {
        return siblings(dir);
    }

    private static String[] siblings(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }
}
