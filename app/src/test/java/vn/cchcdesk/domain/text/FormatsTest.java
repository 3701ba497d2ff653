package vn.cchcdesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAreDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void readsDatesTypedInTheUsualWays() {
        LocalDate expected = LocalDate.of(2026, 3, 5);
        assertThat(Formats.parseDate("05/03/2026")).contains(expected);
        assertThat(Formats.parseDate("5/3/2026")).contains(expected);
        assertThat(Formats.parseDate(" 05-03-2026 ")).contains(expected);
        assertThat(Formats.parseDate("05.03.2026")).contains(expected);
    }

    @Test
    void refusesImpossibleOrForeignDates() {
        assertThat(Formats.parseDate("31/02/2026")).isEmpty();
        assertThat(Formats.parseDate("2026-03-05")).isEmpty();
        assertThat(Formats.parseDate("13/13/2026")).isEmpty();
        assertThat(Formats.parseDate("hôm qua")).isEmpty();
        assertThat(Formats.parseDate(null)).isEmpty();
    }

    @Test
    void numbersGroupThousandsWithDotsAndDecimalsWithComma() {
        assertThat(Formats.integer(1234567)).isEqualTo("1.234.567");
        assertThat(Formats.integer(12)).isEqualTo("12");
        assertThat(Formats.decimal(85.5, 1)).isEqualTo("85,5");
        assertThat(Formats.decimal(1234.25, 2)).isEqualTo("1.234,25");
    }
}
