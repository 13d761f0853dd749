package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dossier.diagnostic.Diagnostics;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clippings assembled at random (seeded, so every run is the same) from pieces that trip up
 * readers: markup, Markdown syntax, furniture labels, bylines, dates, dashes, odd spaces. Whatever
 * the mix, the loader reads an article, gives it a title, never lets markup through and reads the
 * same file the same way twice.
 */
class RandomClippingsTest {

    private static final List<String> PIECES = List.of(
            "The council said on Monday that the plan would go ahead.", "By Jane Doe", "by A B · Outlet Namesomewhere — ",
            "Published 3 March 2024", "(Published 16 November 2024, 06:49 IST)", "ADVERTISEMENT", "Top stories",
            "Related Articles", "Read more: ", "Share", "<div><p>", "</p></div>", "<script>alert(1)</script>",
            "[link](javascript:alert(1))", "*", "_", "#", "- ", "1. ", "> ", "`", "&amp;", "\u00A0", "\u200B", "\t",
            "—", "?", ".", "Credit: Photo Agency", "Photograph: Someone/Agency", "WASHINGTON (AP) — ",
            "SEOUL, March 1, 2024 (Yonhap) -- ", " Bloomberg", " REUTERS", "What happens next?", "Long-term plans",
            "Item 1 of 2 ", "Source: ", "Justin Case in Paris", "\u00e9\u00e8\u4e2d\u6587", "\uD83D\uDE00", "---", "| a | b |");

    @TempDir
    Path folder;

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyMixIsReadSafelyAndTheSameWayTwice(int seed) throws IOException {
        Path file = Files.writeString(folder.resolve("random.txt"), clipping(new Random(seed)), StandardCharsets.UTF_8);
        ArticleLoader loader = new ArticleLoader();

        Article first = loader.load(folder, file, new Diagnostics());
        Article second = loader.load(folder, file, new Diagnostics());

        assertThat(first).isEqualTo(second);
        assertThat(first.title()).isNotBlank();
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(first.body()));
        assertThat(html).doesNotContain("<script", "<div", "href=\"javascript", "<table");
    }

    private static String clipping(Random random) {
        StringBuilder text = new StringBuilder("A title for seed ").append(random.nextInt(1000)).append('\n');
        int lines = 1 + random.nextInt(30);
        for (int line = 0; line < lines; line++) {
            int pieces = 1 + random.nextInt(8);
            for (int piece = 0; piece < pieces; piece++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            text.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }
}
