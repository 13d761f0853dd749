package org.dossier.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clause of a date: named cases, and random text on which trying the joint pattern only at
 * commas, semicolons and the spaces before dashes must give what finding every joint gives.
 */
class ClausesTest {

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', value = {
        "Kim visited Vladivostok in 2023, and Putin visited Pyongyang in June. | June | Putin visited Pyongyang in June.",
        "Kim visited Vladivostok in 2023, and Putin visited Pyongyang in June. | 2023 | Kim visited Vladivostok in 2023",
        "In June, the two met; in July, they signed. | July | in July, they signed.",
        "The talks \u2013 held in May \u2013 failed. | May | held in May",
        "The talks\u2013held in May\u2013failed, while Seoul watched. | May | The talks\u2013held in May\u2013failed",
        "In 2019, Kim, Putin and Xi met,  whereas  in 2020 nobody did. | 2020 | in 2020 nobody did.",
    })
    void aDateBelongsToItsClause(String sentence, String date, String clause) {
        int[] bounds = Clauses.around(sentence, new int[] {0, sentence.length()}, sentence.indexOf(date));

        assertThat(sentence.substring(bounds[0], bounds[1])).isEqualTo(clause);
    }

    @Test
    void clausesAreWhatFindingEveryJointGives() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomDateText.of(random);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            int offset = start + (end > start ? random.nextInt(end - start) : 0);
            int[] sentence = {start, end};

            assertThat(Clauses.around(text, sentence, offset)).as(text).containsExactly(byFind(text, sentence, offset));
        }
    }

    /** The clause as every joint {@code Matcher.find()} gives marks it. */
    private static int[] byFind(String text, int[] sentence, int offset) {
        Matcher joint = Clauses.JOINT.matcher(text).region(sentence[0], sentence[1]);
        int start = sentence[0];
        int end = sentence[1];
        while (joint.find()) {
            if (joint.end() <= offset) {
                start = joint.end();
            } else if (joint.start() >= offset) {
                end = joint.start();
                break;
            }
        }
        return new int[] {start, end};
    }
}
