package vn.cchcdesk.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import vn.cchcdesk.domain.text.Formats;

/** Partial dates and typed dates: valid ones are consistent, impossible ones are refused cleanly. */
class PartialDateProperties {

    @Property(tries = 3000)
    void anyDayMonthYearIsEitherARealPartialDateOrRefused(@ForAll @IntRange(min = -2, max = 33) int day,
                                                          @ForAll @IntRange(min = -1, max = 14) int month,
                                                          @ForAll @IntRange(min = 1900, max = 2200) int year,
                                                          @ForAll boolean blankDay, @ForAll boolean blankMonth) {
        Integer d = blankDay ? null : day;
        Integer m = blankMonth ? null : month;
        if (isValid(d, m, year)) {
            PartialDate date = new PartialDate(d, m, year);
            assertThat(date.earliest().orElseThrow()).isBeforeOrEqualTo(date.latest().orElseThrow());
            assertThat(date.earliest().orElseThrow().getYear()).isEqualTo(year);
            assertThat(date.format()).endsWith("/" + year);
            assertThat(date.isComplete()).isEqualTo(d != null);
        } else {
            assertThatThrownBy(() -> new PartialDate(d, m, year)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void aCompleteDateIsItsOwnEarliestAndLatestDay(@ForAll @DateRange(min = "1945-01-01", max = "2200-12-31") LocalDate day) {
        PartialDate date = PartialDate.of(day);
        assertThat(date.toLocalDate()).contains(day);
        assertThat(date.earliest()).contains(day);
        assertThat(date.latest()).contains(day);
        assertThat(Formats.parseDate(date.format())).contains(day);
    }

    @Property
    void aTypedDateReadsBackWhateverTheSeparator(@ForAll @DateRange(min = "1945-01-01", max = "2200-12-31") LocalDate day,
                                                 @ForAll("separators") String separator) {
        String typed = day.getDayOfMonth() + separator + day.getMonthValue() + separator + day.getYear();
        assertThat(Formats.parseDate(typed)).as(typed).contains(day);
        assertThat(Formats.parseDate(Formats.date(day))).contains(day);
    }

    @Property(tries = 2000)
    void anyTextIsADateOrNothingNeverAnError(@ForAll String text) {
        Formats.parseDate(text).ifPresent(date -> assertThat(Formats.date(date)).hasSize(10));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> separators() {
        return net.jqwik.api.Arbitraries.of("/", "-", ".", " / ");
    }

    private static boolean isValid(Integer day, Integer month, int year) {
        if (day != null && month == null) {
            return false;
        }
        if (month != null && (month < 1 || month > 12)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
