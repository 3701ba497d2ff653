package vn.cchcdesk.intake.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.constraints.DateRange;

/** Dates typed as text in a sheet's cell: every way a clerk types a real day reads as that day; nothing else throws. */
class CellValuesProperties {

    @Property(tries = 2000)
    void aRealDayTypedAnyUsualWayReadsAsThatDay(@ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate day) {
        for (String pattern : new String[] {"dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "d/M/yy"}) {
            if (pattern.endsWith("yy") && !pattern.endsWith("yyyy") && day.getYear() >= 2100) {
                continue; // two digits of the year mean 20xx
            }
            String typed = day.format(DateTimeFormatter.ofPattern(pattern));
            assertThat(CellValues.dateText(typed).value()).as(typed).isEqualTo(day);
        }
    }

    @Property(tries = 2000)
    void anImpossibleDayIsAReasonNeverAnException(@ForAll @IntRange(min = 0, max = 99) int day,
                                                  @ForAll @IntRange(min = 0, max = 99) int month,
                                                  @ForAll @IntRange(min = 1900, max = 2200) int year) {
        String typed = String.format("%02d/%02d/%d", day, month, year);
        CellValues.Read<LocalDate> read = CellValues.dateText(typed);
        boolean real;
        try {
            LocalDate.of(year, month, day);
            real = true;
        } catch (DateTimeException e) {
            real = false;
        }
        assertThat(read.failed()).as(typed).isEqualTo(!real);
        if (!real) {
            assertThat(read.problemKey()).startsWith("collect.value.date");
        }
    }

    @Property(tries = 1000)
    void anyTextIsADateOrAReason(@ForAll @StringLength(max = 30) String text) {
        CellValues.Read<LocalDate> read = CellValues.dateText(text.strip());
        assertThat(read.failed()).isEqualTo(read.value() == null);
    }
}
