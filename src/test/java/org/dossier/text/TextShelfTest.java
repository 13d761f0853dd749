package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.diagnostic.DossierException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A text kept on a shelf reads back as the very string it was made from and leaves no file behind. */
class TextShelfTest {

    @TempDir
    Path folder;

    private TextShelf shelf;

    @BeforeEach
    void open() {
        shelf = TextShelf.in(folder);
    }

    @AfterEach
    void close() {
        shelf.close();
    }

    @ParameterizedTest
    @MethodSource("org.dossier.text.CompactTextTest#randomTexts")
    void readsBackTheSameStringAndEqualsTheTextInMemory(String text) {
        CompactText kept = shelf.keep(text);

        assertThat(kept.toString()).isEqualTo(text);
        assertThat(kept).isEqualTo(CompactText.of(text)).hasSameHashCodeAs(CompactText.of(text));
        assertThat(CompactText.of(text)).isEqualTo(kept);
    }

    @Test
    void aTextKeptTwiceIsEqualAndDifferentTextsAreNot() {
        CompactText first = shelf.keep("Kim\u2019s visit");

        assertThat(shelf.keep("Kim\u2019s visit")).isEqualTo(first);
        assertThat(shelf.keep("Kim\u2019s visit\u2014")).isNotEqualTo(first);
        assertThat(shelf.keep("Kim's visit")).isNotEqualTo(first);
    }

    @Test
    void textsKeptAndReadByManyThreadsAtOnceReadBackTheirOwn() {
        List<String> texts = IntStream.range(0, 2_000)
                .mapToObj(i -> "paragraph " + i + " \u2014 " + "Pyongyang\u2019s ".repeat(i % 50))
                .toList();

        List<CompactText> kept = texts.parallelStream().map(shelf::keep).toList();

        assertThat(IntStream.range(0, texts.size()).parallel().mapToObj(i -> kept.get(i).toString()).toList())
                .isEqualTo(texts);
    }

    @Test
    void leavesNoFileBehind() throws IOException {
        shelf.keep("a body of text");
        shelf.close();

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aTextReadAfterTheShelfIsClosedIsAnErrorNamingTheFile() {
        CompactText kept = shelf.keep("a body of text");
        shelf.close();

        assertThatThrownBy(kept::toString)
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("dossier-texts-")
                .hasMessageContaining("cannot keep article texts in a temporary file");
    }

    @Test
    void aShelfInAFolderThatIsNotThereIsAnErrorNamingIt() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> TextShelf.in(missing))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("missing");
    }
}
