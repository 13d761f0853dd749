package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void theLowerCaseWordsAreThoseOfTheFullTokenizer() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "the envoy's visit to Pyongyang's port, the U.S. and Mr. Kim; officials\u2019s words.",
                "e.g. a re-run of o'clock talks: ab's, x's and 's alone",
                "\u00e9lite troops \u2014 stra\u00dfe and \u00e7a, then 10,000 km\u00b2",
                "Sen. Schumer said the U.N. met in St. Petersburg on 3 June."));
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(5);

        for (String text : texts) {
            Set<String> fast = new HashSet<>();
            Tokenizer.addLowerCaseWords(text, fast);
            Set<String> full = Tokenizer.words(text).stream().map(Token::text)
                    .filter(w -> Character.isLowerCase(w.codePointAt(0))).collect(Collectors.toSet());

            assertThat(fast).as(text.substring(0, Math.min(60, text.length()))).isNotEmpty().isEqualTo(full);
        }
    }
}
