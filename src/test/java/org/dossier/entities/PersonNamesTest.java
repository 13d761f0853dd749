package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When two written names are one person's. Surnames must match (precision first), but for how a
 * Slavic ending is transliterated; given names may differ by a letter.
 */
class PersonNamesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Jong-Un      | Kim Jong Un      | true
            Kim Jong Un      | kim jong un      | true
            Sergei Lavrov    | Sergey Lavrov    | true
            Volodymyr Zelensky | Volodymyr Zelenskyy | true
            Volodymyr Zelenskiy | Volodymyr Zelenskyy | true
            Valerii Zaluzhny | Valerii Zaluzhnyi | true
            Oleksandr Zelensky | Volodymyr Zelenskyy | false
            Mark Johnson     | Mark Johnston    | false
            David Miller     | David Millar     | false
            Paolo Rossi      | Paolo Ross       | false
            José Antonio Kast | Jose Antonio Kast | true
            Rachel Minyoung Lee | Rachel Lee    | true
            Kim Jong Un      | Kim Yong-hyun    | false
            Kim Jong Un      | Kim Jong Il      | false
            Sergei Lavrov    | Sergei Shoigu    | false
            Ian Smith        | Ivan Smith       | false
            Anna Keller      | Hanna Keller     | false
            """)
    void samePerson(String a, String b, boolean same) {
        assertThat(PersonNames.samePerson(a, b)).isEqualTo(same);
        assertThat(PersonNames.samePerson(b, a)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim     | Kim Jong Un    | true
            Lavrov  | Sergey Lavrov  | true
            Jong    | Kim Jong Un    | false
            Lee     | Lee            | false
            """)
    void isPartOf(String word, String name, boolean part) {
        assertThat(PersonNames.isPartOf(word, name)).isEqualTo(part);
    }

    @Test
    void partsAreTheKeysOfTheWordsBetweenWhiteSpace() {
        Random random = new Random(3);
        String[] pieces = {"Kim", "Jong-Un", "Jos\u00e9", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "O'Brien", ".", "-"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = Arrays.stream(name.toString().strip().split("\\s+"))
                    .map(PersonNames::key).filter(k -> !k.isEmpty()).toList();

            assertThat(PersonNames.parts(name.toString())).as(name.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aSurnameIsAlsoKnownWithoutTheArabicArticleJoinedToIt() {
        assertThat(PersonNames.surnameWithoutArticle("Abdel Fattah el-Sisi")).contains("sisi");
        assertThat(PersonNames.surnameWithoutArticle("Bashar al-Assad")).contains("assad");
        assertThat(PersonNames.surnameWithoutArticle("Abdel Fattah al-Burhan")).contains("burhan");
        assertThat(PersonNames.surnameWithoutArticle("Mohammed bin Abdulrahman Al Thani")).isEmpty();
        assertThat(PersonNames.surnameWithoutArticle("Kim Jong-Un")).isEmpty();
        assertThat(PersonNames.surnameWithoutArticle("Hassan al-sharif")).isEmpty();
    }
}
