package vn.cchcdesk.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void draftsLeaveTheDayOrMonthBlank() {
        PartialDate march = new PartialDate(null, 3, 2026);
        assertThat(march.isComplete()).isFalse();
        assertThat(march.format()).isEqualTo("../03/2026");
        assertThat(march.earliest()).contains(LocalDate.of(2026, 3, 1));
        assertThat(march.latest()).contains(LocalDate.of(2026, 3, 31));
        assertThat(new PartialDate(null, null, 2026).latest()).contains(LocalDate.of(2026, 12, 31));
        assertThat(PartialDate.unknown().format()).isEmpty();
    }

    @Test
    void theDateLineFollowsDecree30() {
        assertThat(new PartialDate(5, 3, 2026).formatLong()).isEqualTo("ngày 05 tháng 3 năm 2026");
        assertThat(new PartialDate(15, 2, 2026).formatLong()).isEqualTo("ngày 15 tháng 02 năm 2026");
        assertThat(new PartialDate(null, 3, 2026).formatLong()).isEqualTo("ngày      tháng 3 năm 2026");
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> new PartialDate(30, 2, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(5, null, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(null, 13, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(null, 3, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartialDate(29, 2, 2028).toLocalDate()).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void readsDatesAsTypedWithBlanksAsInDrafts() {
        assertThat(PartialDate.parse("05/03/2026")).contains(new PartialDate(5, 3, 2026));
        assertThat(PartialDate.parse(" 5-3-2026 ")).contains(new PartialDate(5, 3, 2026));
        assertThat(PartialDate.parse("5.3.2026")).contains(new PartialDate(5, 3, 2026));
        assertThat(PartialDate.parse("../03/2026")).contains(new PartialDate(null, 3, 2026));
        assertThat(PartialDate.parse("  /3/2026")).contains(new PartialDate(null, 3, 2026));
        assertThat(PartialDate.parse("__/3/2026")).contains(new PartialDate(null, 3, 2026));
        assertThat(PartialDate.parse("3/2026")).contains(new PartialDate(null, 3, 2026));
        assertThat(PartialDate.parse("../../2026")).contains(new PartialDate(null, null, 2026));
        assertThat(PartialDate.parse("2026")).contains(new PartialDate(null, null, 2026));
        assertThat(PartialDate.parse("")).contains(PartialDate.unknown());
        assertThat(PartialDate.parse(null)).contains(PartialDate.unknown());
        assertThat(PartialDate.parse(new PartialDate(null, 3, 2026).format())).as("reads what it prints")
                .contains(new PartialDate(null, 3, 2026));
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String text : new String[]{"31/02/2026", "13/2026", "5//2026", "ngày 5", "5/3/26", "05/03/0026", "1/2/3/2026", "a/3/2026"}) {
            assertThat(PartialDate.parse(text)).as(text).isEmpty();
        }
    }
}
