package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A sentence kept as its place in a block reads, compares and hashes as its characters do. */
class SentenceTest {

    private static final String BLOCK = "Kim met Putin. Kim met Putin. Then they left.";

    @Test
    void readsAsTheCharactersItStandsOn() {
        Sentence second = Sentence.in(BLOCK, 15, 29);

        assertThat(second.toString()).isEqualTo("Kim met Putin.");
        assertThat(second.length()).isEqualTo(14);
        assertThat(second.charAt(0)).isEqualTo('K');
        assertThat(second.subSequence(4, 7).toString()).isEqualTo("met");
        assertThat(Pattern.compile("^Kim").matcher(second).lookingAt()).as("a pattern reads it from its start").isTrue();
    }

    @Test
    void equalWordsAreEqualWhereverTheyStand() {
        Sentence first = Sentence.in(BLOCK, 0, 14);
        Sentence second = Sentence.in(BLOCK, 15, 29);
        Sentence copy = Sentence.of("Kim met Putin.");

        assertThat(List.of(second, copy)).allSatisfy(same -> {
            assertThat(first.equals(same)).isTrue();
            assertThat(first.hashCode()).isEqualTo(same.hashCode());
            assertThat(first.compareTo(same)).isZero();
        });
        assertThat(first.hashCode()).isEqualTo("Kim met Putin.".hashCode());
        assertThat(first.equals(Sentence.in(BLOCK, 30, BLOCK.length()))).isFalse();
        assertThat(first.equals(Sentence.in(BLOCK, 0, 13))).isFalse();
    }

    @Test
    void sortsAsItsStringDoes() {
        List<String> texts = List.of("Kim met Putin.", "Kim met", "Kim", "kim", "\u00c9t\u00e9", "Zed", "");
        List<String> bySentence = texts.stream().map(Sentence::of).sorted().map(Sentence::toString).toList();

        assertThat(bySentence).isEqualTo(texts.stream().sorted().toList());
    }

    @Test
    void strippedLeavesWhatStripLeaves() {
        String text = "\u2003 Then they left. \n";
        Sentence sentence = Sentence.stripped(text, 0, text.length());

        assertThat(sentence.toString()).isEqualTo(text.strip());
        assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(text.strip());
        assertThat(Sentence.stripped(" \t ", 0, 3).length()).isZero();
    }

    @Test
    void containsOnlyWhatStandsWithinItsPlace() {
        Sentence second = Sentence.in(BLOCK, 15, 29);

        assertThat(second.contains("met Putin.")).isTrue();
        assertThat(second.contains("Kim met Putin.")).isTrue();
        assertThat(second.contains("Then")).as("after its end").isFalse();
        assertThat(Sentence.in(BLOCK, 4, 14).contains("Kim")).as("before its start").isFalse();
        assertThat(Sentence.in(BLOCK, 15, 28).contains("Putin.")).as("across its end").isFalse();
    }

    @Test
    void containsWhatItsTextContains() {
        Random random = new Random(5);
        String block = "abcab cabba cab a bc";
        for (int n = 0; n < 2_000; n++) {
            int start = random.nextInt(block.length() + 1);
            int end = start + random.nextInt(block.length() - start + 1);
            int from = random.nextInt(block.length() + 1);
            String part = block.substring(from, from + random.nextInt(Math.min(4, block.length() - from) + 1));
            Sentence sentence = Sentence.in(block, start, end);

            assertThat(sentence.contains(part)).as("'%s' in '%s'", part, sentence).isEqualTo(sentence.toString().contains(part));
        }
    }

    @Test
    void blankWhenOnlyWhiteSpace() {
        assertThat(Sentence.of(" \t").isBlank()).isTrue();
        assertThat(Sentence.in(BLOCK, 14, 15).isBlank()).isTrue();
        assertThat(Sentence.in(BLOCK, 13, 15).isBlank()).isFalse();
    }

    @Test
    void aCreditLineIsReadOnceAndToldTheSameEachTime() {
        String block = "Kim met Putin. (Reporting by Anna Smith)";
        Sentence credit = Sentence.in(block, 15, block.length());
        Sentence news = Sentence.in(block, 0, 14);

        for (int asked = 0; asked < 2; asked++) {
            assertThat(credit.isCreditLine()).isTrue();
            assertThat(news.isCreditLine()).isFalse();
        }
        assertThat(credit.toString()).isEqualTo("(Reporting by Anna Smith)");
    }

    @Test
    void aPlaceOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> Sentence.in(BLOCK, 5, BLOCK.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Sentence.in(BLOCK, 9, 8)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Sentence.of("abc").charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
