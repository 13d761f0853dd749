package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BodyLinkerTest {

    private final BodyLinker linker = new BodyLinker();

    static Stream<InsertCase> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(BodyLinkerTest.class.getResource("/link/insert").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".case")).sorted().toList();
            return sorted.stream().map(InsertCase::read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void insertsLinksAsTheExampleSays(InsertCase example) {
        String linked = linker.link(InsertCase.ARTICLE, example.html(), example.entities());

        assertThat(linked).isEqualTo(example.expected());
    }

    @Test
    void thereIsAnExampleForEveryBehaviour() throws IOException, URISyntaxException {
        assertThat(cases().map(InsertCase::name)).contains(
                "simple", "first-mention-only", "span-inside-em", "span-across-nodes",
                "inside-existing-link", "heading", "offset-mismatch", "whole-word",
                "two-entities-one-paragraph", "figure-link", "escaping");
    }

    @Test
    void ignoresMentionsOfOtherArticles() throws IOException, URISyntaxException {
        InsertCase simple = cases().filter(c -> c.name().equals("simple")).findFirst().orElseThrow();

        String linked = linker.link("another-article", simple.html(), simple.entities());

        assertThat(linked).isEqualTo(simple.html());
    }
}
