package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTest {

    /** The definition of a word that the tokenizer's scanner follows, as a regular expression. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:[-\u2010\u2011'\u2019.][\\p{L}\\p{M}\\p{Nd}]+)*");

    /** Letters, marks, digits of several scripts, joiners, spaces and a character outside the BMP. */
    private static final String[] PIECES = {"a", "Z", "k", "7", "\u0663", "\u00e9", "e\u0301", "\u0301", "\u20dd",
        "\u0903", "\u4e2d", "\u00df", "\u01c5", "\u02b0", "\ud835\udc00", "\ud83d\ude00", "\u00b2", "\u2163", "-",
        "\u2010", "\u2011", "'", "\u2019", ".", ",", " ", "\n", "\u00a0", "_", "\u2014", "s", "'s", "\u2019s"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wordsAreWhatTheWordPatternFinds(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        List<String> expected = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            expected.add(matcher.start() + ":" + matcher.group());
        }
        // A possessive 's and a kept final dot change a token's text, not where it starts.
        List<String> starts = Tokenizer.words(text.toString()).stream().map(t -> t.start() + ":").toList();

        assertThat(starts).as(text.toString()).isEqualTo(expected.stream().map(w -> w.substring(0, w.indexOf(':') + 1)).toList());
        Set<String> lower = new HashSet<>();
        Tokenizer.addLowerCaseWords(text.toString(), lower);
        Set<String> expectedLower = expected.stream().map(w -> w.substring(w.indexOf(':') + 1))
                .filter(w -> Character.isLowerCase(w.codePointAt(0)))
                .map(w -> w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) ? w.substring(0, w.length() - 2) : w)
                .collect(Collectors.toSet());
        assertThat(lower).as(text.toString()).isEqualTo(expectedLower);
    }

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
