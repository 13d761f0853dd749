package org.dossier.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words, punctuation and spacing as the gazetteer sees them. */
class TokenizerTest {

    @Test
    void splitsWordsFromPunctuationAndFoldsApostrophes() {
        List<Token> tokens = Tokenizer.tokenize("Russia’s U.S. envoy");

        assertThat(tokens).extracting(Token::text).containsExactly("Russia", "'", "s", "U", ".", "S", ".", "envoy");
        assertThat(tokens).extracting(Token::spaceBefore)
                .containsExactly(false, false, false, true, false, false, false, true);
    }

    @Test
    void keepsAccentsAndCombiningMarksInsideWords() {
        List<Token> tokens = Tokenizer.tokenize("Bogotá and Türkiye and Bogota\u0301");

        assertThat(tokens).extracting(Token::text).containsExactly("Bogotá", "and", "Türkiye", "and", "Bogota\u0301");
    }

    @Test
    void recordsLineBreaksAndOffsets() {
        List<Token> tokens = Tokenizer.tokenize("Kyiv\nMoscow");

        assertThat(tokens.get(1).lineBreakBefore()).isTrue();
        assertThat(tokens.get(1).start()).isEqualTo(5);
        assertThat(tokens.get(1).end()).isEqualTo(11);
    }
}
