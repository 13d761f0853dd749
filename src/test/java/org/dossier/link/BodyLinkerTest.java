package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.entities.Entity;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
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
    void survivesManyRefusedMentionsInALongBody() {
        int paragraphs = 5_000;
        StringBuilder html = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            html.append("<p id=\"p").append(i).append("\"><a href=\"#x\">Seoul</a> <em>and</em> Seou</p>");
            mentions.add(new Mention(InsertCase.ARTICLE, new Span("p" + i, 0, 5, "Seoul"), "test", ""));
            mentions.add(new Mention(InsertCase.ARTICLE, new Span("p" + i, 10, 15, "Seoul"), "test", ""));
        }
        Collections.reverse(mentions);
        Entity seoul = InsertCase.entity("place/seoul", "Seoul", mentions);

        String linked = linker.link(InsertCase.ARTICLE, html.toString(), List.of(seoul));

        assertThat(linked).isEqualTo(html.toString());
    }

    @Test
    void ignoresMentionsOfOtherArticles() throws IOException, URISyntaxException {
        InsertCase simple = cases().filter(c -> c.name().equals("simple")).findFirst().orElseThrow();

        String linked = linker.link("another-article", simple.html(), simple.entities());

        assertThat(linked).isEqualTo(simple.html());
    }
}
