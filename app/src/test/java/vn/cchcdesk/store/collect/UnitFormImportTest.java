package vn.cchcdesk.store.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.report.unitform.UnitFormSpec;
import vn.cchcdesk.report.unitform.UnitFormTexts;
import vn.cchcdesk.report.unitform.UnitFormWriter;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * The round trip of a unit form through the real data folder: the app writes the form from its
 * catalogue, a unit fills rows in Excel (POI here), the import recognises the form by its stamp,
 * takes exactly the rows filled, and a second import of the same file brings nothing new.
 */
class UnitFormImportTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aGeneratedFormFilledInIsImportedRowForRow() throws Exception {
        Unit hnd = app.catalog().units().stream().filter(u -> "HND".equals(u.shortName())).findFirst().orElseThrow();
        Path file = dir.resolve(UnitFormTexts.fileName(Q2, hnd.name()));
        UnitFormWriter.write(new UnitFormSpec("xã Định Tân", "Phòng Văn hóa - Xã hội", hnd, Q2, Q2.from(CutoffRule.DECREE_09),
                Q2.to(CutoffRule.DECREE_09), LocalDate.of(2026, 6, 5), app.catalog().forms(), app.catalog().units(),
                UnitFormSpec.DEFAULT_ROWS), file);
        String form = app.catalog().forms().get(0).name();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            fill(sheet.getRow(UnitFormWriter.HEADER_ROW), LocalDate.of(2026, 4, 2), form, "Tuyên truyền dịch vụ công trực tuyến", 2);
            fill(sheet.getRow(UnitFormWriter.HEADER_ROW + 1), LocalDate.of(2026, 4, 20), form, "Tuyên truyền Đề án 06", 1);
            fill(sheet.getRow(UnitFormWriter.HEADER_ROW + 7), LocalDate.of(2026, 5, 11), form, "Tin về bộ phận một cửa", 3);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);  // as Excel does on saving
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportPreview preview = app.imports().preview(file, ImportRequest.of(null, null), ImportProgress.none());
        assertThat(preview.unitId()).isEqualTo(hnd.id());
        assertThat(preview.period()).isEqualTo(Q2);
        assertThat(preview.rows()).extracting(ImportRow::rowNumber)
                .containsExactly(UnitFormWriter.HEADER_ROW + 1, UnitFormWriter.HEADER_ROW + 2, UnitFormWriter.HEADER_ROW + 8);
        assertThat(preview.rows()).allSatisfy(r -> assertThat(r.problems()).as("row %s", r.rowNumber()).isEmpty());
        ImportResult result = app.imports().commit(preview, false);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.submissionRecorded()).isTrue();
        assertThat(app.database().dsl().fetchCount(ACTIVITY, ACTIVITY.UNIT_ID.eq(hnd.id()))).isEqualTo(3);

        ImportPreview again = app.imports().preview(file, ImportRequest.of(null, null), ImportProgress.none());
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(app.imports().commit(again, false).imported()).isZero();
        assertThat(app.database().dsl().fetchCount(ACTIVITY)).isEqualTo(3);
    }

    private static void fill(XSSFRow row, LocalDate date, String form, String title, int quantity) {
        row.getCell(1).setCellValue(date);
        row.getCell(3).setCellValue(form);
        row.getCell(4).setCellValue(title);
        row.getCell(5).setCellValue(quantity);
    }
}
