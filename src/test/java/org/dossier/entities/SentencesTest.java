package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A text split once gives, at every offset, the sentence a fresh search of the text gives. */
class SentencesTest {

    /** The sentence boundary the scanner follows, as a regular expression (abbreviations aside). */
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+(?=[\\p{Lu}\\d\"'\u201c\u2018(])");

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|(?<!(?<!\\p{L})\\p{Ll}{1,40} )\\b\\p{Lu}|\\b(?:\\p{Lu}\\.)+\\p{Lu})$");

    /** Stops, closers, spaces of several kinds, openers, abbreviations and upper case of several scripts. */
    private static final String[] PIECES = {".", "!", "?", "\"", "'", "\u201d", "\u2019", ")", " ", "  ", "\n", "\t", "\u00a0",
        "A", "Z", "X", "on ", "a", "7", "\u00c9", "\u0416", "\ud835\udc00", "\u201c", "\u2018", "(", "Mr", "U.S", "Jan", "word", "x"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "",
        "One sentence without a stop",
        "Mr. Kim met Dr. Lee in the U.S. on Monday. They talked. \"Good,\" he said! Was it? Yes.",
        "Prices rose 3.5 percent. In Jan. 2024 the St. Petersburg office closed.  Two spaces before this.",
        "Ends with a stop. ",
        "A. B. C. Initials then a sentence. (Brackets open one.) 2024 was a year."
    })
    void splitAgreesWithAround(String text) {
        Sentences.Split split = Sentences.split(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            Sentence sentence = split.around(offset);
            assertThat(sentence.toString()).as("offset %d", offset).isEqualTo(Sentences.around(text, offset));
            assertThat(text.substring(sentence.start(), sentence.end())).as("where it stands").isEqualTo(sentence.toString());
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sentencesEndWhereTheBoundaryPatternSays(long seed) {
        Random random = new Random(seed);
        StringBuilder built = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            built.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = built.toString();
        Sentences.Split split = Sentences.split(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            String expected = reference(text, offset);
            assertThat(Sentences.around(text, offset)).as("%s at %d", text, offset).isEqualTo(expected);
            assertThat(split.around(offset).toString()).as("%s at %d", text, offset).isEqualTo(expected);
        }
    }

    private static String reference(String text, int offset) {
        int start = 0;
        int end = text.length();
        Matcher boundary = BOUNDARY.matcher(text);
        while (boundary.find()) {
            if (abbreviation(text, boundary.start())) {
                continue;
            }
            if (boundary.end() <= offset) {
                start = boundary.end();
            } else {
                end = boundary.start() + 1;
                break;
            }
        }
        return text.substring(start, Math.max(start, Math.min(end, text.length()))).strip();
    }

    private static boolean abbreviation(String text, int stop) {
        return ABBREVIATION.matcher(text).region(Math.max(0, stop - 12), stop).useTransparentBounds(true).find();
    }

    /** The abbreviations as the scanner's pattern lists them, before a capital after a lower-case word is set aside. */
    private static final Pattern LISTED = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\\b\\p{Lu}|\\b(?:\\p{Lu}\\.)+\\p{Lu})$");

    private static final String[] WORDS = {" ", ".", "Mr", "Mrs", "Sept", "Corp", "etc", "vs", "U.S", "X", "x", "\u00c9", "7", "_",
        "officials", "Prof", "ofMr", "said", "A.B", "\u0416", "\ud835\udc00", "-", "Inc", "Ltd"};

    @ParameterizedTest
    @MethodSource("seeds")
    void aStopTheQuickCheckRulesOutEndsNoAbbreviation(long seed) {
        Random random = new Random(seed);
        StringBuilder built = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            built.append(WORDS[random.nextInt(WORDS.length)]);
        }
        String text = built.toString();
        for (int stop = 0; stop <= text.length(); stop++) {
            boolean listed = LISTED.matcher(text).region(Math.max(0, stop - 12), stop).find();
            if (listed) {
                assertThat(Sentences.mayEndAbbreviation(text, stop)).as("%s at %d", text, stop).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mr|true", "U.S|true", "etc|true", "Sept|true", "J|true", "said|true", "officials|false",
        "2024|false", "Russia|false", "done)|false", "Inc|true"})
    void theQuickCheckLetsThroughWhatMayBeAnAbbreviation(String word, boolean may) {
        String text = "In " + word + ". Then";
        assertThat(Sentences.mayEndAbbreviation(text, text.indexOf(". Then"))).isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister said so in a post on X. Kallas added that more was needed.|Kallas|Kallas added that more was needed.",
        "Levels of vitamin C. Doctors say more is needed.|Doctors|Doctors say more is needed.",
        "President George W. Bush met him in 2002.|Bush|President George W. Bush met him in 2002."})
    void aCapitalAloneAfterALowerCaseWordEndsASentenceButAnInitialDoesNot(String text, String word, String sentence) {
        assertThat(Sentences.around(text, text.indexOf(word))).isEqualTo(sentence);
        assertThat(Sentences.split(text).around(text.indexOf(word)).toString()).isEqualTo(sentence);
    }

    @Test
    void aRunWithoutAnEndIsCutIntoPiecesAtSpaces() {
        StringBuilder run = new StringBuilder();
        for (int i = 0; run.length() < 34_000; i++) {
            run.append("officials counted ").append(1000 + i).append(" troops and ");
        }
        String text = run.append("it ended. Then a short one.").toString();
        Sentences.Split split = Sentences.split(text);

        StringBuilder joined = new StringBuilder();
        String previous = null;
        for (int offset = 0; offset < text.length(); offset++) {
            String sentence = split.around(offset).toString();
            assertThat(sentence.length()).isLessThanOrEqualTo(Sentences.MAX_SENTENCE);
            assertThat(sentence).isEqualTo(Sentences.around(text, offset));
            if (!sentence.equals(previous)) {
                joined.append(sentence).append(' ');
                previous = sentence;
            }
        }
        assertThat(joined.toString().strip()).isEqualTo(text);
        assertThat(split.around(text.length() - 3).toString()).isEqualTo("Then a short one.");
        assertThat(split.around(text.indexOf("1005 troops")).toString()).startsWith("officials counted 1000 troops");
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimitBetweenCharacters() {
        String text = "a" + "\ud83d\ude00".repeat(800);
        Sentences.Split split = Sentences.split(text);

        String first = split.around(0).toString();
        assertThat(first.length()).isLessThanOrEqualTo(Sentences.MAX_SENTENCE);
        assertThat(Character.isHighSurrogate(first.charAt(first.length() - 1))).as("a pair kept whole").isFalse();
        assertThat(first + split.around(text.length() - 1)).isEqualTo(text);
    }
}
