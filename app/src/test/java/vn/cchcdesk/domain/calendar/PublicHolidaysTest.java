package vn.cchcdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The holiday rule of Bộ luật Lao động 2019 and the days it proposes, checked against recent years' decisions. */
class PublicHolidaysTest {

    private static List<LocalDate> dates(int year) {
        return PublicHolidays.of(year).stream().map(Holiday::date).toList();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void year2026() {
        assertThat(dates(2026)).containsExactly(
                d(2026, 1, 1),
                d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20),
                d(2026, 4, 26), d(2026, 4, 27), // Giỗ Tổ is a Sunday: the Monday is off instead
                d(2026, 4, 30), d(2026, 5, 1),
                d(2026, 9, 1), d(2026, 9, 2));
        assertThat(PublicHolidays.of(2026)).filteredOn(h -> h.date().equals(d(2026, 4, 27))).singleElement()
                .satisfies(h -> {
                    assertThat(h.name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
                    assertThat(h.lunar()).isTrue();
                });
        assertThat(PublicHolidays.of(2026).get(2).name()).isEqualTo("Tết Nguyên đán (mùng 1)");
    }

    @Test
    void tetIsPlacedToAvoidWeekendsAsInRecentDecisions() {
        // 2025: Monday 27/01 to Friday 31/01 (two days before mùng 1, no weekend inside)
        assertThat(dates(2025)).containsSubsequence(d(2025, 1, 27), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30), d(2025, 1, 31));
        assertThat(dates(2025)).doesNotContain(d(2025, 2, 1), d(2025, 2, 3));
        // 2024: 08/02 to 12/02 with two compensation days, off from 08/02 to 14/02 as decided
        assertThat(dates(2024)).containsSubsequence(d(2024, 2, 8), d(2024, 2, 9), d(2024, 2, 10), d(2024, 2, 11),
                d(2024, 2, 12), d(2024, 2, 13), d(2024, 2, 14));
        assertThat(dates(2024)).doesNotContain(d(2024, 2, 7), d(2024, 2, 15));
        // 2023: 20/01 to 26/01 as decided
        assertThat(dates(2023)).containsSubsequence(d(2023, 1, 20), d(2023, 1, 21), d(2023, 1, 22), d(2023, 1, 23),
                d(2023, 1, 24), d(2023, 1, 25), d(2023, 1, 26));
        assertThat(dates(2023)).doesNotContain(d(2023, 1, 19), d(2023, 1, 27));
        // 2022: 31/01 to 04/02, 2019: 04/02 to 08/02 (from the last day of the year: no weekend inside)
        assertThat(dates(2022)).containsSubsequence(d(2022, 1, 31), d(2022, 2, 1), d(2022, 2, 2), d(2022, 2, 3), d(2022, 2, 4));
        assertThat(dates(2022)).doesNotContain(d(2022, 1, 28), d(2022, 2, 7));
        assertThat(dates(2019)).containsSubsequence(d(2019, 2, 4), d(2019, 2, 5), d(2019, 2, 6), d(2019, 2, 7), d(2019, 2, 8));
        // 2020: 23/01 to 29/01 with the days in lieu, as decided
        assertThat(dates(2020)).containsSubsequence(d(2020, 1, 23), d(2020, 1, 24), d(2020, 1, 25), d(2020, 1, 26),
                d(2020, 1, 27), d(2020, 1, 28), d(2020, 1, 29));
        assertThat(dates(2020)).doesNotContain(d(2020, 1, 22), d(2020, 1, 30));
        // 2027: mùng 1 is a Saturday: five days from 04/02 and two compensation days
        assertThat(PublicHolidays.of(2027)).filteredOn(h -> h.name().startsWith("Tết Nguyên đán")).extracting(Holiday::date)
                .containsExactly(d(2027, 2, 4), d(2027, 2, 5), d(2027, 2, 6), d(2027, 2, 7), d(2027, 2, 8));
        assertThat(PublicHolidays.of(2027)).filteredOn(h -> h.name().equals("Nghỉ bù Tết Nguyên đán")).extracting(Holiday::date)
                .containsExactly(d(2027, 2, 9), d(2027, 2, 10));
    }

    @Test
    void nationalDayTakesTheAdjacentDayThatJoinsAWeekend() {
        assertThat(dates(2021)).contains(d(2021, 9, 2), d(2021, 9, 3));   // Thursday → Friday
        assertThat(dates(2022)).contains(d(2022, 9, 1), d(2022, 9, 2));   // Friday → Thursday
        assertThat(dates(2023)).contains(d(2023, 9, 1), d(2023, 9, 2), d(2023, 9, 4)); // Saturday → Friday, Monday in lieu
        assertThat(dates(2024)).contains(d(2024, 9, 2), d(2024, 9, 3));   // Monday → Tuesday
        assertThat(dates(2025)).contains(d(2025, 9, 1), d(2025, 9, 2));   // Tuesday → Monday
    }

    @Test
    void aHolidayPairOnAWeekendGivesTwoWorkingDaysInLieu() {
        // 30/4/2022 Saturday, 1/5/2022 Sunday: off Monday 2/5 and Tuesday 3/5
        assertThat(dates(2022)).contains(d(2022, 4, 30), d(2022, 5, 1), d(2022, 5, 2), d(2022, 5, 3));
    }

    @Test
    void everyHolidayHasANameAndOnlyTetAndGioToFollowTheMoon() {
        for (int year = 2024; year <= 2030; year++) {
            for (Holiday h : PublicHolidays.of(year)) {
                assertThat(h.validate()).isEmpty();
                assertThat(h.lunar()).as(h.name()).isEqualTo(h.name().contains("Tết Nguyên đán") || h.name().contains("Giỗ Tổ"));
            }
            assertThat(Set.copyOf(dates(year))).hasSameSizeAs(dates(year));
        }
    }

    @Test
    void workingDaysSkipWeekendsHolidaysAndDaysInLieu() {
        WorkingCalendar calendar = new WorkingCalendar(PublicHolidays.of(2026), Set.of(2026));
        assertThat(calendar.isDayOff(d(2026, 2, 18))).isTrue();
        assertThat(calendar.holiday(d(2026, 2, 18))).map(Holiday::name).contains("Tết Nguyên đán (mùng 2)");
        assertThat(calendar.isDayOff(d(2026, 5, 23))).isTrue();          // a Saturday
        assertThat(calendar.isDayOff(d(2026, 5, 22))).isFalse();
        assertThat(calendar.nextWorkingDay(d(2026, 2, 13))).isEqualTo(d(2026, 2, 23)); // Friday before Tết
        assertThat(calendar.nextWorkingDay(d(2026, 4, 24))).isEqualTo(d(2026, 4, 28)); // over Giỗ Tổ and its day in lieu
        assertThat(calendar.workingDayOnOrAfter(d(2026, 5, 20))).isEqualTo(d(2026, 5, 20));
        assertThat(calendar.workingDayOnOrBefore(d(2026, 5, 1))).isEqualTo(d(2026, 4, 29));
        assertThat(calendar.plusWorkingDays(d(2026, 4, 29), 2)).isEqualTo(d(2026, 5, 5));
    }

    @Test
    void theClerksListIsAuthoritativeForItsYearsAndComputedDaysFillTheOthers() {
        WorkingCalendar edited = new WorkingCalendar(List.of(new Holiday(d(2026, 6, 15), "Nghỉ theo quyết định của tỉnh", false)),
                Set.of(2026));
        assertThat(edited.isDayOff(d(2026, 6, 15))).isTrue();
        assertThat(edited.isDayOff(d(2026, 2, 17))).as("removed from the list by the clerk").isFalse();
        assertThat(edited.isDayOff(d(2027, 2, 8))).as("2027 is not in the list: computed").isTrue();
        assertThat(WorkingCalendar.computed().isDayOff(d(2026, 9, 2))).isTrue();
    }
}
