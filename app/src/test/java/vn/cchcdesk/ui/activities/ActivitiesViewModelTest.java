package vn.cchcdesk.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.ui.ShellTestSupport;

/** The activity list on a real H2 file, work run at once: filters, search, order, pages, totals, delete and undo. */
class ActivitiesViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private ActivitiesViewModel model;
    private final List<String> said = new ArrayList<>();
    private long vhxh;
    private long doan;
    private long radio;
    private long website;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        vhxh = ActivityFixtures.unit(app, "VHXH");
        doan = ActivityFixtures.unit(app, "ĐTN");
        radio = ActivityFixtures.form(app, "RADIO");
        website = ActivityFixtures.form(app, "WEBSITE");
        app.activities().saveAll(List.of(
                activity(LocalDate.of(2026, 5, 12), vhxh, radio, "Phát thanh về dịch vụ công trực tuyến", 3),
                activity(LocalDate.of(2026, 4, 2), doan, website, "Đăng tin xã Định Tân ra quân", 2),
                activity(LocalDate.of(2026, 3, 20), vhxh, website, "Ưu tiên hồ sơ trực tuyến", 1),
                activity(LocalDate.of(2026, 2, 10), doan, radio, "Uống nước nhớ nguồn", 4),
                activity(LocalDate.of(2025, 12, 16), vhxh, radio, "Đảng ủy xã chỉ đạo CCHC", 1),
                activity(LocalDate.of(2025, 12, 10), vhxh, radio, "Dân vận khéo", 5)));
        model = new ActivitiesViewModel(app.activities(), app.catalog(), app.settings(), ShellTestSupport.context(said));
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Activity activity(LocalDate date, long unit, long form, String title, int quantity) {
        return new Activity(null, date, unit, form, title, quantity, null, null, null, null, null, null, null, null);
    }

    private List<String> titles() {
        return model.lines().stream().map(l -> l.activity().title()).toList();
    }

    @Test
    void theListOpensNewestFirstWithTotalsByForm() {
        assertThat(model.countProperty().get()).isEqualTo(6);
        assertThat(titles()).first().isEqualTo("Phát thanh về dịch vụ công trực tuyến");
        assertThat(model.totals()).extracting(FormTotal::formId, FormTotal::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(radio, 13L), org.assertj.core.groups.Tuple.tuple(website, 3L));
        assertThat(model.pageText()).isEqualTo("1–6 / 6");
    }

    @Test
    void aReportingPeriodCutsOnTheFifteenth() {
        model.periodProperty().set(PeriodChoice.of(ReportingPeriod.quarter(2026, 1)));
        // Quarter I of 2026 under Nghị định 09: 15/12/2025 – 14/03/2026
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(titles()).containsExactly("Uống nước nhớ nguồn", "Đảng ủy xã chỉ đạo CCHC");
        model.toProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(model.periodProperty().get()).isEqualTo(PeriodChoice.CUSTOM);
        assertThat(model.countProperty().get()).isEqualTo(3);
    }

    @Test
    void searchIsAccentInsensitiveAndCombinesWithUnitFormAndGroup() {
        model.searchProperty().set("dinh tan");
        assertThat(titles()).containsExactly("Đăng tin xã Định Tân ra quân");
        model.searchProperty().set("truc tuyen");
        assertThat(model.countProperty().get()).isEqualTo(2);
        model.groupProperty().set(FormGroup.ONLINE);
        assertThat(titles()).containsExactly("Ưu tiên hồ sơ trực tuyến");
        assertThat(model.totals()).extracting(FormTotal::formId).containsExactly(website);
        model.clearFilters();
        model.unitIdsProperty().set(Set.of(doan));
        model.formIdsProperty().set(Set.of(radio));
        assertThat(titles()).containsExactly("Uống nước nhớ nguồn");
        assertThat(model.filter()).isEqualTo(ActivityFilter.all().units(Set.of(doan)).forms(Set.of(radio)).search(""));
    }

    @Test
    void textColumnsSortInVietnameseOrder() {
        model.sortProperty().set(new ActivitySort(ActivitySort.Column.TITLE, false));
        // D before Đ, U before Ư, a (Đảng) before ă (Đăng): not the order of code points, where Đ and Ư
        // come after every plain letter
        assertThat(titles()).containsExactly("Dân vận khéo", "Đảng ủy xã chỉ đạo CCHC", "Đăng tin xã Định Tân ra quân",
                "Phát thanh về dịch vụ công trực tuyến", "Uống nước nhớ nguồn", "Ưu tiên hồ sơ trực tuyến");
        model.sortProperty().set(new ActivitySort(ActivitySort.Column.QUANTITY, true));
        assertThat(model.lines()).extracting(l -> l.activity().quantity()).containsExactly(5, 4, 3, 2, 1, 1);
        model.sortProperty().set(new ActivitySort(ActivitySort.Column.UNIT, false));
        assertThat(model.lines()).extracting(l -> l.row().unitName()).containsExactly("Đoàn Thanh niên xã", "Đoàn Thanh niên xã",
                "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội");
    }

    @Test
    void deletedRowsGoToTheTrashAndComeBackWithUndo() {
        List<Long> two = model.lines().subList(0, 2).stream().map(ActivityLine::id).toList();
        model.trash().delete(two);
        assertThat(model.trash().undoMessageProperty().get()).isEqualTo("Đã xóa 2 hoạt động");
        assertThat(model.countProperty().get()).isEqualTo(4);
        assertThat(app.activities().count(ActivityFilter.all().inTrash())).isEqualTo(2);
        model.trash().undo();
        assertThat(model.trash().undoMessageProperty().get()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo(6);
        assertThat(app.activities().count(ActivityFilter.all().inTrash())).isZero();
        assertThat(said).contains("Đã khôi phục 2 hoạt động.");
    }

    @Test
    void aLongListIsReadAPageAtATime() {
        List<Activity> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(activity(LocalDate.of(2026, 1, 1).plusDays(i % 120), vhxh, radio, "Bản tin số " + i, 1));
        }
        app.activities().saveAll(many);
        model.refresh();
        assertThat(model.countProperty().get()).isEqualTo(456);
        assertThat(model.lines()).hasSize(ActivitiesViewModel.PAGE_SIZE);
        assertThat(model.pageCount()).isEqualTo(3);
        model.goToPage(2);
        assertThat(model.lines()).hasSize(56);
        assertThat(model.pageText()).isEqualTo("401–456 / 456");
        assertThat(model.lines().get(55).activity().title()).isEqualTo("Dân vận khéo");
    }
}
