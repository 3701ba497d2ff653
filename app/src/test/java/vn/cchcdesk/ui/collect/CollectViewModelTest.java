package vn.cchcdesk.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.sheet.Sheets.row;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.intake.sheet.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;

/** The collect view models on a real data folder, work run at once: mapping columns, a queue of files, a broken file. */
class CollectViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private CollectViewModel model;
    private final List<String> said = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        ShellTestSupport.setUpCommune(dir.resolve("data"));
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        model = new CollectViewModel(app.catalog(), app.settings(), app.imports(), app.submissions(), opened::add,
                ShellTestSupport.context(said));
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void startsOnTodaysQuarterWithItsDatesAndDeadline() {
        assertThat(model.periodProperty().get()).isEqualTo(ReportingPeriod.quarter(2026, 2));
        assertThat(model.periods()).hasSize(14);
        assertThat(model.periodInfoProperty().get()).contains("15/03/2026", "14/06/2026", "05/06/2026");
        assertThat(model.board().lines()).hasSize(12);
        assertThat(model.forms().units()).hasSize(12);
    }

    @Test
    void unknownHeadersAreMappedByTheClerkThenImported() throws Exception {
        Path odd = Sheets.xlsx(dir.resolve("cot-la.xlsx"), List.of(
                row("Việc đã làm", "Hôm", "Loại", "Của ai"),
                row("Tin về một cửa", "12/05/2026", "Tin, bài trên Trang thông tin điện tử", "VP"),
                row("Phát thanh về CCHC", "13/05/2026", "Phát thanh", "VHXH")));
        ImportViewModel imports = model.imports();
        imports.importFiles(List.of(odd));
        assertThat(imports.rows()).extracting(ImportRow::status).containsOnly(ImportRow.Status.INVALID);
        assertThat(imports.notices()).anyMatch(n -> n.contains("Không nhận ra dòng tiêu đề"));

        imports.mapColumn(0, ImportField.TITLE);
        imports.mapColumn(1, ImportField.DATE);
        imports.mapColumn(2, ImportField.FORM);
        imports.mapColumn(3, ImportField.UNIT);
        assertThat(imports.rows()).extracting(ImportRow::status).containsOnly(ImportRow.Status.VALID);
        assertThat(imports.confirmLabelProperty().get()).isEqualTo("Nhập 2 dòng");
        imports.confirm();
        assertThat(app.database().dsl().fetchCount(ACTIVITY)).isEqualTo(2);
        assertThat(imports.previewProperty().get()).isNull();
        assertThat(imports.messageProperty().get()).startsWith("Đã nhập 2 dòng");
    }

    @Test
    void filesDroppedTogetherWaitTheirTurnAndABrokenOneSaysWhy() throws Exception {
        Path broken = Files.writeString(dir.resolve("hong.xlsx"), "không phải Excel");
        Path good = Sheets.xlsx(dir.resolve("tot.xlsx"), Sheets.table(List.of(
                row("10/04/2026", "ĐTN", "Facebook", "Bài đăng về Đề án 06", 1),
                row("31/04/2026", "ĐTN", "Facebook", "Ngày sai", 1))));
        ImportViewModel imports = model.imports();
        imports.importFiles(List.of(broken, good));
        // the broken file is reported and the next one read at once
        assertThat(imports.previewProperty().get().sheet().file().name()).isEqualTo("tot.xlsx");
        assertThat(imports.confirmLabelProperty().get()).isEqualTo("Chỉ nhập 1 dòng hợp lệ");
        assertThat(imports.messageIsErrorProperty().get()).isTrue();
        assertThat(imports.messageProperty().get()).contains("hong.xlsx", "là tệp văn bản");
        imports.filterProperty().set(ImportViewModel.RowFilter.INVALID);
        assertThat(imports.rows()).extracting(ImportRow::rowNumber).containsExactly(3);
        imports.discard();
        assertThat(imports.messageProperty().get()).contains("chưa ghi gì");
        assertThat(app.database().dsl().fetchCount(ACTIVITY)).isZero();
    }
}
