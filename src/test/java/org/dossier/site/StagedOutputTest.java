package org.dossier.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.diagnostic.DossierException;
import org.dossier.text.Utf8Parts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesThePreviousSiteAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("index.html", "one".getBytes(UTF_8));
        first.commit();
        StagedOutput second = StagedOutput.open(out);
        second.write("index.html", "two".getBytes(UTF_8));
        second.commit();

        assertThat(out.resolve("index.html")).hasContent("two");
        assertThat(out.resolve(StagedOutput.MARKER)).exists();
        assertOnlyTheSiteBeside();
    }

    @Test
    void partsAreWrittenAsTheirJoinedTextInUtf8() throws IOException {
        Path out = dir.resolve("site");
        List<String> parts = List.of("{\"a\":[", "Kim\u2019s caf\u00e9", "", "\ud83c\uddf7\ud83c\uddfa", "lone \ud800", "]}\n");
        StagedOutput.write(out, sink -> sink.write("entities.json", parts));

        assertThat(Files.readAllBytes(out.resolve("entities.json"))).isEqualTo(Utf8Parts.join(parts));
        assertThat(Files.readString(out.resolve("entities.json"), UTF_8)).isEqualTo(String.join("", parts).replace('\ud800', '?'));
    }

    @Test
    void everyPageWrittenFromParallelThreadsIsInPlaceWhenTheWriteReturns() throws IOException {
        Path out = dir.resolve("site");
        byte[] large = new byte[1 << 20];
        int files = StagedOutput.write(out, sink -> IntStream.range(0, 2_000).parallel().forEach(i -> sink.write(
                "f" + i % 7 + "/page-" + i + ".html", i % 50 == 0 ? large : ("page " + i).getBytes(UTF_8))));

        assertThat(files).isEqualTo(2_000);
        for (int i = 0; i < 2_000; i++) {
            Path page = out.resolve("f" + i % 7 + "/page-" + i + ".html");
            if (i % 50 == 0) {
                assertThat(Files.size(page)).isEqualTo(large.length);
            } else {
                assertThat(page).hasContent("page " + i);
            }
        }
    }

    @Test
    void aPageThatCannotBeWrittenFailsTheBuildNamingItAndKeepsThePreviousSite() throws IOException {
        Path out = dir.resolve("site");
        StagedOutput.write(out, sink -> sink.write("index.html", "one".getBytes(UTF_8)));

        // "people" is written as a file, so the page under it cannot be: its folder is not one.
        assertThatThrownBy(() -> StagedOutput.write(out, sink -> {
            sink.write("people", "a file".getBytes(UTF_8));
            sink.write("index.html", "two".getBytes(UTF_8));
            sink.write("people.html", "list".getBytes(UTF_8));
            sink.write("people/kim.html", "kim".getBytes(UTF_8));
        })).isInstanceOf(DossierException.class).hasMessageContaining("people").hasMessageContaining("cannot write");

        assertThat(out.resolve("index.html")).hasContent("one");
        assertThat(out.resolve("people")).doesNotExist();
        assertOnlyTheSiteBeside();
    }

    @Test
    void abandonKeepsThePreviousSite() throws IOException {
        Path out = dir.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("index.html", "one".getBytes(UTF_8));
        first.commit();
        StagedOutput failed = StagedOutput.open(out);
        failed.write("index.html", "half".getBytes(UTF_8));
        failed.abandon();

        assertThat(out.resolve("index.html")).hasContent("one");
    }

    @Test
    void aWriterThatRunsOutOfMemoryLeavesThePreviousSiteAndNoStagedFiles() throws IOException {
        Path out = dir.resolve("site");
        StagedOutput.write(out, sink -> sink.write("index.html", "one".getBytes(UTF_8)));

        assertThatThrownBy(() -> StagedOutput.write(out, sink -> {
            sink.write("index.html", "half".getBytes(UTF_8));
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);

        assertThat(out.resolve("index.html")).hasContent("one");
        assertOnlyTheSiteBeside();
    }

    @Test
    void refusesAFolderItDidNotWrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious", UTF_8);

        assertThatThrownBy(() -> StagedOutput.open(out))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("not written by Dossier");
        assertThat(out.resolve("thesis.tex")).hasContent("precious");
    }

    @Test
    void restoresASiteLeftBesideTheOutputByAnInterruptedSwap() throws IOException {
        Path out = dir.resolve("site");
        StagedOutput first = StagedOutput.open(out);
        first.write("index.html", "one".getBytes(UTF_8));
        first.commit();
        // A build killed between its two renames leaves the old site beside the output.
        Files.move(out, dir.resolve(".site.previous"));

        StagedOutput.open(out).abandon();

        assertThat(out.resolve("index.html")).hasContent("one");
    }

    @Test
    void refusesToWriteOutsideTheSite() {
        StagedOutput output = StagedOutput.open(dir.resolve("site"));

        assertThatThrownBy(() -> output.write("../escape.html", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        output.abandon();
    }

    /** Nothing is left beside the output folder: no staging folder, no previous site. */
    private void assertOnlyTheSiteBeside() throws IOException {
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }
}
