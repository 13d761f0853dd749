package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateLabelTest {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Test
    void everyDayOfSeveralYearsReadsAsTheEnglishFormatterWritesIt() {
        for (LocalDate date = LocalDate.of(1999, 1, 1); date.isBefore(LocalDate.of(2005, 1, 1)); date = date.plusDays(1)) {
            assertThat(DateLabel.of(date)).isEqualTo(new DateLabel(date.toString(), READABLE.format(date)));
        }
    }

    @Test
    void yearsOutsideFourDigitsAreWrittenAsTheFormatterWritesThem() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(999, 3, 4), LocalDate.of(12024, 12, 31), LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(-44, 3, 15)}) {
            assertThat(DateLabel.of(date)).isEqualTo(new DateLabel(date.toString(), READABLE.format(date)));
        }
    }

    @Test
    void theReadableFormHasNoLeadingZero() {
        assertThat(DateLabel.of(LocalDate.of(2024, 11, 6)).text()).isEqualTo("6 November 2024");
    }
}
