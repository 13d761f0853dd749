package org.dossier.entities.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlockTokensTest {

    /** The token grammar the lexer's scanner follows, as a regular expression: number, word or symbol. */
    private static final Pattern TOKEN = Pattern.compile(
            "(\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?)"
                    + "|(\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:(?:['\u2019.\\-]\\p{L}|-[0-9])[\\p{L}\\p{M}\\p{N}]*)*)"
                    + "|(\\S)");

    /** Digits, separators, letters and marks of several scripts, numbers that are not digits, spaces. */
    private static final String[] PIECES = {"1", "25", "0", ",", ",000", ",12", ".", ".5", "a", "Mr", "U", "S", "G",
        "\u00e9", "e\u0301", "\u0301", "\u0663", "\u00b2", "\u2163", "\u4e2d", "\ud835\udc00", "\ud83d\ude00", "'", "\u2019",
        "-", "$", "%", " ", "\n", "\t", "\u00a0", "\u2009", "no", "St"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tokensAreThoseOfTheTokenGrammar(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i >= 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }

        assertThat(lexed(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
    }

    @Test
    void numbersKeepThousandsGroupsAndDecimalsAndWordsKeepTheStopOfAnAbbreviation() {
        assertThat(lexed("US$20,000.5 from Mr. Kim, 1,2345 no. 7")).containsExactly(
                "WORD:US", "SYMBOL:$", "NUMBER:20,000.5", "WORD:from", "WORD:Mr.", "WORD:Kim", "SYMBOL:,",
                "NUMBER:1", "SYMBOL:,", "NUMBER:2345", "WORD:no.", "NUMBER:7");
    }

    @Test
    void eachTokenKnowsItsLowerCase() {
        BlockTokens tokens = new BlockTokens("Troops IN \u2163");

        assertThat(IntStream.range(0, tokens.size()).mapToObj(tokens::lower))
                .containsExactly("troops", "in", "\u2173");
    }

    private static List<String> lexed(String text) {
        BlockTokens tokens = new BlockTokens(text);
        return IntStream.range(0, tokens.size()).mapToObj(tokens::get)
                .map(t -> t.kind() + ":" + t.text() + (t.text().equals(text.substring(t.start(), t.end())) ? "" : "!"))
                .toList();
    }

    private static List<String> reference(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add("NUMBER:" + m.group());
            } else if (m.group(2) != null) {
                int start = m.start();
                int end = m.end();
                String word = m.group();
                if (end < text.length() && text.charAt(end) == '.' && keepsStop(word)) {
                    end++;
                    m.region(end, text.length());
                }
                tokens.add("WORD:" + text.substring(start, end));
            } else {
                tokens.add("SYMBOL:" + m.group());
            }
        }
        return tokens;
    }

    private static boolean keepsStop(String word) {
        return word.indexOf('.') > 0 || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || List.of("mr", "no", "st").contains(word.toLowerCase(Locale.ROOT));
    }
}
