package vn.cchcdesk.store.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.report.ReportFixture;

/**
 * Documents issued with a partial date ("ngày … tháng 4 năm 2026", "năm 2026") count from their
 * month's or year's first day: spans that start on the 1st (the calendar rule) must take them.
 */
class PartialIssueDatesTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir, ReportFixture.CLOCK);
        app.settings().saveCommune(ReportFixture.COMMUNE);
        app.settings().saveReporting(new ReportingSettings(CutoffRule.CALENDAR, 5, 3));
        save("1/KH-UBND", new PartialDate(null, 4, 2026));      // April, no day
        save("2/KH-UBND", new PartialDate(null, null, 2026));   // the year only
        save("3/KH-UBND", new PartialDate(null, 1, 2026));      // January, no day
        save("4/KH-UBND", new PartialDate(null, 3, 2026));      // March, no day: quarter I
        save("5/KH-UBND", new PartialDate(1, 4, 2026));         // a full date on the first day
        save("6/KH-UBND", new PartialDate(null, 4, 2025));      // April of the year before
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aMonthWithoutItsDayCountsInASpanStartingOnTheFirst() {
        QuarterlyReport q2 = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
        // 01/04–30/06: 1 and 5 this year, 6 a year before; lũy kế from 01/01 takes all five of 2026
        assertThat(q2.summary().directives().plansIssued()).isEqualTo(new Figures(2, 5, 1));
        assertThat(q2.issued()).extracting(d -> d.ref().number().format()).containsExactlyInAnyOrder("1/KH-UBND", "5/KH-UBND");
    }

    @Test
    void theYearAloneCountsFromTheFirstOfJanuary() {
        QuarterlyReport q1 = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 1), ReportFixture.TODAY);
        assertThat(q1.summary().directives().plansIssued().current()).isEqualTo(3); // 2, 3, 4
        assertThat(q1.issued()).extracting(d -> d.ref().number().format())
                .containsExactlyInAnyOrder("2/KH-UBND", "3/KH-UBND", "4/KH-UBND");
        QuarterlyReport year = ReportFixture.queries(app).quarterly(new ReportingPeriod(2026, PeriodKind.YEAR), ReportFixture.TODAY);
        assertThat(year.summary().directives().plansIssued()).isEqualTo(new Figures(5, 5, 1));
    }

    @Test
    void underDecree09ThePartialDateStillCountsFromItsFirstDay() {
        app.settings().saveReporting(ReportingSettings.defaults());
        // quarter II is 15/03–14/06: April (from 01/04) is inside, March (from 01/03) is not; the year alone is 01/01, in quarter I
        QuarterlyReport q2 = ReportFixture.queries(app).quarterly(ReportingPeriod.quarter(2026, 2), ReportFixture.TODAY);
        assertThat(q2.issued()).extracting(d -> d.ref().number().format()).containsExactlyInAnyOrder("1/KH-UBND", "5/KH-UBND");
    }

    @Test
    void lowestKeysOfSpanStarts() {
        assertThat(Windows.lowestIssueKey(java.time.LocalDate.of(2026, 4, 1))).isEqualTo(20260400);
        assertThat(Windows.lowestIssueKey(java.time.LocalDate.of(2026, 1, 1))).isEqualTo(20260000);
        assertThat(Windows.lowestIssueKey(java.time.LocalDate.of(2025, 12, 15))).isEqualTo(20251215);
    }

    private void save(String number, PartialDate date) {
        app.documents().save(new Document(null, Direction.OUT, DocumentType.KE_HOACH, DocumentNumber.parse(number).orElseThrow(), date,
                "Định Tân", null, "UBND xã Định Tân", "tuyên truyền cải cách hành chính " + number,
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"), List.of(), List.of(),
                new RegisterEntry(null, null, null, null, null, null, null, 5, "VHXH"), null, null));
    }
}
