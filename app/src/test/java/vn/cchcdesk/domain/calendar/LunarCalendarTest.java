package vn.cchcdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hồ Ngọc Đức's conversion against dates every Vietnamese calendar prints. */
class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2020, 2020-01-25",
            "2021, 2021-02-12",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            // the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) disagree in these years
            "1985, 1985-01-21",
            "2007, 2007-02-17"})
    void lunarNewYear(int year, LocalDate expected) {
        assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(1, 1, year));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(PublicHolidays.hungKings(year)).isEqualTo(expected);
    }

    @Test
    void theDayBeforeTetIsTheLastDayOfTheOldYear() {
        LunarDate eve = LunarCalendar.toLunar(LocalDate.of(2026, 2, 16));
        assertThat(eve.month()).isEqualTo(12);
        assertThat(eve.year()).isEqualTo(2025);
        assertThat(eve.day()).isIn(29, 30);
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 12, 31)).year()).isEqualTo(2025);
    }

    @Test
    void leapMonthsRepeatTheirMonth() {
        // 2025 (Ất Tỵ) repeats month 6 from 25/07/2025; 2023 (Quý Mão) repeats month 2 from 22/03/2023
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 6, 2025, true))).contains(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 3, 2025, true))).isEmpty();
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 6, 2026, true))).isEmpty();
    }

    @Test
    void solarToLunarAndBackIsTheSameDayForEveryDayOfAFewYears() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("%s = %s", day, lunar).contains(day);
        }
    }

    @Test
    void saysTheDayTheVietnameseWay() {
        assertThat(LunarDate.of(1, 1, 2026).spoken()).isEqualTo("mùng 1 tháng Giêng");
        assertThat(LunarDate.of(29, 12, 2025).spoken()).isEqualTo("29 tháng Chạp");
        assertThat(new LunarDate(15, 6, 2025, true).spoken()).isEqualTo("15 tháng 6 nhuận");
    }

    @Test
    void refusesYearsOutsideItsRange() {
        assertThatThrownBy(() -> LunarCalendar.lunarNewYear(1800)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(31, 1, 2026)).isInstanceOf(IllegalArgumentException.class);
    }
}
