package vn.cchcdesk.store.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.domain.calendar.PublicHolidays;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.store.audit.AuditLog;

/**
 * The holiday list: filled in with the computed holidays ({@link PublicHolidays}) of the current
 * and the next year the first time it is needed, then the clerk's to correct when the Prime
 * Minister's decision for a year differs. Each change is one transaction with its audit line
 * (the entity id is the date's epoch day, the table's key being the date).
 */
public final class HolidayService {

    private final DSLContext dsl;
    private final HolidayRepository holidays;
    private final AuditLog audit;
    private final Clock clock;

    public HolidayService(DSLContext dsl, HolidayRepository holidays, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    /** Working days as the clerk's list has them (filling it in first for this year and the next). */
    public WorkingCalendar calendar() {
        prefill();
        return new WorkingCalendar(holidays.findAll(), holidays.years());
    }

    /** A year's holidays, filled in first when it is this year or the next and the list has none yet. */
    public List<Holiday> ofYear(int year) {
        prefill();
        return holidays.ofYear(year);
    }

    /** Adds (originalDate null) or changes a day of the list. */
    public Holiday save(LocalDate originalDate, Holiday holiday) {
        List<Problem> problems = new ArrayList<>(holiday.validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return dsl.transactionResult(() -> {
            if (!holiday.date().equals(originalDate) && holidays.find(holiday.date()).isPresent()) {
                throw new ValidationException(List.of(Problem.of("date", "tasks.holiday.dateTaken",
                        vn.cchcdesk.domain.text.Formats.date(holiday.date()))));
            }
            if (originalDate == null) {
                holidays.insert(holiday);
                audit.record("public_holiday", holiday.date().toEpochDay(), AuditLog.Action.CREATE, null, holiday);
            } else {
                Holiday before = holidays.find(originalDate).orElseThrow(() -> new AppException("tasks.holiday.notFound"));
                holidays.update(originalDate, holiday);
                audit.record("public_holiday", holiday.date().toEpochDay(), AuditLog.Action.UPDATE, before, holiday);
            }
            return holiday;
        });
    }

    public void delete(LocalDate date) {
        dsl.transaction(() -> {
            Holiday before = holidays.find(date).orElseThrow(() -> new AppException("tasks.holiday.notFound"));
            holidays.delete(date);
            audit.record("public_holiday", date.toEpochDay(), AuditLog.Action.DELETE, before, null);
        });
    }

    /** Adds the computed holidays of a year that the list lacks (the clerk's own days stay); returns how many. */
    public int addComputed(int year) {
        return dsl.transactionResult(() -> insertMissing(year));
    }

    private synchronized void prefill() {
        int year = LocalDate.now(clock).getYear();
        Set<Integer> listed = new HashSet<>(holidays.years());
        if (listed.contains(year) && listed.contains(year + 1)) {
            return;
        }
        dsl.transaction(() -> {
            for (int y = year; y <= year + 1; y++) {
                if (!listed.contains(y)) {
                    insertMissing(y);
                }
            }
        });
    }

    private int insertMissing(int year) {
        int added = 0;
        for (Holiday holiday : PublicHolidays.of(year)) {
            if (holidays.find(holiday.date()).isEmpty()) {
                holidays.insert(holiday);
                audit.record("public_holiday", holiday.date().toEpochDay(), AuditLog.Action.CREATE, null, holiday);
                added++;
            }
        }
        return added;
    }
}
