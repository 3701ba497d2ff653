package vn.cchcdesk.store.calendar;

import static vn.cchcdesk.store.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.calendar.Holiday;

/** The clerk's list of public holidays and days in lieu. Writes only inside a service transaction. */
public final class HolidayRepository {

    private final DSLContext dsl;

    public HolidayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Holiday> findAll() {
        return dsl.selectFrom(PUBLIC_HOLIDAY).orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName(), r.getLunar()));
    }

    public List<Holiday> ofYear(int year) {
        return dsl.selectFrom(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName(), r.getLunar()));
    }

    public Optional<Holiday> find(LocalDate date) {
        return dsl.selectFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date))
                .fetchOptional(r -> new Holiday(r.getHolidayDate(), r.getName(), r.getLunar()));
    }

    /** The years that have at least one day in the list. */
    public Set<Integer> years() {
        return new TreeSet<>(dsl.selectDistinct(DSL.year(PUBLIC_HOLIDAY.HOLIDAY_DATE)).from(PUBLIC_HOLIDAY)
                .fetch(0, Integer.class));
    }

    public void insert(Holiday holiday) {
        dsl.insertInto(PUBLIC_HOLIDAY)
                .set(PUBLIC_HOLIDAY.HOLIDAY_DATE, holiday.date())
                .set(PUBLIC_HOLIDAY.NAME, holiday.name())
                .set(PUBLIC_HOLIDAY.LUNAR, holiday.lunar())
                .execute();
    }

    public void update(LocalDate date, Holiday holiday) {
        dsl.update(PUBLIC_HOLIDAY)
                .set(PUBLIC_HOLIDAY.HOLIDAY_DATE, holiday.date())
                .set(PUBLIC_HOLIDAY.NAME, holiday.name())
                .set(PUBLIC_HOLIDAY.LUNAR, holiday.lunar())
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date))
                .execute();
    }

    public void delete(LocalDate date) {
        dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date)).execute();
    }
}
