package vn.cchcdesk.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.activity.MonthFigures;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.store.activity.ActivityEvidence;
import vn.cchcdesk.ui.ShellTestSupport;

/** The entry form on a real H2 file: fast entry, repeat, edit, suggestions, links, evidence and website visits. */
class ActivityEntryViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(ShellTestSupport.CLOCK);

    @TempDir
    Path dir;
    private App app;
    private ActivitiesViewModel list;
    private ActivityEntryViewModel entry;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        var ui = ShellTestSupport.context(said);
        list = new ActivitiesViewModel(app.activities(), app.catalog(), app.settings(), ui);
        entry = new ActivityEntryViewModel(app.activities(), new ActivityEvidence(app.activities(), app.attachments()), list, ui);
        entry.setOnSaved(saved -> list.refresh());
        list.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<Activity> saved() {
        return app.activities().search(ActivityFilter.all(), 0, 100).stream().map(ActivityRow::activity).toList();
    }

    @Test
    void saveAndNextKeepsUnitFormAndDate() {
        entry.dateProperty().set(LocalDate.of(2026, 5, 18));
        entry.unitProperty().set(entry.suggestions().unitsMatching("van hoa xa hoi").get(0));
        entry.formProperty().set(entry.suggestions().formsMatching("phat thanh").get(0));
        assertThat(entry.measureUnit().get()).isEqualTo("chương trình");
        entry.titleProperty().set("Phát thanh về Đề án 06");
        entry.durationProperty().set("15");
        entry.save(true);
        assertThat(entry.unitProperty().get().shortName()).isEqualTo("VHXH");
        assertThat(entry.formProperty().get().code()).isEqualTo("RADIO");
        assertThat(entry.dateProperty().get()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(entry.titleProperty().get()).isEmpty();
        assertThat(entry.quantityProperty().get()).isEqualTo("1");
        assertThat(entry.editingProperty().get()).isNull();

        assertThat(entry.repeatLast()).isTrue();
        assertThat(entry.titleProperty().get()).isEqualTo("Phát thanh về Đề án 06");
        assertThat(entry.durationProperty().get()).isEqualTo("15");
        entry.quantityProperty().set("2");
        entry.save(false);
        assertThat(saved()).extracting(Activity::title, Activity::quantity, Activity::durationMinutes)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Phát thanh về Đề án 06", 1, 15),
                        org.assertj.core.groups.Tuple.tuple("Phát thanh về Đề án 06", 2, 15));
        assertThat(entry.editingProperty().get()).isNotNull();
        assertThat(list.countProperty().get()).isEqualTo(2);
        assertThat(said).contains("Đã lưu hoạt động.");
    }

    @Test
    void problemsShowBesideTheirFieldsAndNothingIsSaved() {
        entry.quantityProperty().set("mười");
        entry.save(false);
        assertThat(entry.errors().get("quantity")).isEqualTo("Nhập một số nguyên (ví dụ 12).");
        entry.quantityProperty().set("1");
        entry.save(false);
        assertThat(entry.errors().get("unit")).isNotNull();
        assertThat(entry.errors().get("title")).isNotNull();
        assertThat(saved()).isEmpty();
    }

    @Test
    void anActivityOpenedForEditingIsChangedInPlace() {
        long unit = ActivityFixtures.unit(app, "ĐTN");
        long form = ActivityFixtures.form(app, "BANNER");
        Activity banners = app.activities().save(Activity.of(TODAY, unit, form, "Treo băng rôn tại trụ sở"));
        entry.edit(banners.id());
        assertThat(entry.titleProperty().get()).isEqualTo("Treo băng rôn tại trụ sở");
        assertThat(entry.measureUnit().get()).isEqualTo("cái");
        entry.quantityProperty().set("6");
        entry.save(false);
        assertThat(app.activities().find(banners.id()).orElseThrow().quantity()).isEqualTo(6);
        assertThat(saved()).hasSize(1);
        assertThat(said).contains("Đã lưu thay đổi của hoạt động.");
    }

    @Test
    void titlesAndLinksAreSuggestedFromWhatIsThere() {
        long unit = ActivityFixtures.unit(app, "VHXH");
        long website = ActivityFixtures.form(app, "WEBSITE");
        app.activities().save(Activity.of(TODAY.minusDays(3), unit, website, "Tin bài về Bộ thủ tục hành chính"));
        app.activities().save(Activity.of(TODAY.minusDays(1), unit, website, "Tin bài về dịch vụ công trực tuyến"));
        List<String> titles = new ArrayList<>();
        entry.suggestions().titlesMatching("tin bai", titles::addAll);
        assertThat(titles).containsExactly("Tin bài về dịch vụ công trực tuyến", "Tin bài về Bộ thủ tục hành chính");

        Document letter = TaskFixtures.letter(app, "1069/UBND-VHXH", 26, 3, "đẩy mạnh tuyên truyền cải cách hành chính");
        Task task = app.tasks().save(new Task(null, letter.id(), null, "Đăng tin về cải cách hành chính trên Trang thông tin điện tử",
                Timeframe.parse("trước 30/6/2026", 2026), TaskStatus.IN_PROGRESS, null, null, 0,
                List.of(TaskFixtures.role(app, "VHXH", vn.cchcdesk.domain.task.AssignmentRole.LEAD))));
        List<LinkChoice> links = new ArrayList<>();
        entry.suggestions().linksMatching("dang tin cai cach", links::addAll);
        assertThat(links).extracting(LinkChoice::kind, LinkChoice::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LinkChoice.Kind.TASK, task.id()));
        assertThat(links.get(0).label()).contains("Công văn 1069/UBND-VHXH");

        entry.unitProperty().set(entry.suggestions().unitsMatching("vhxh").get(0));
        entry.formProperty().set(entry.suggestions().formsMatching("tin bai").get(0));
        entry.titleProperty().set("Tin về Đề án 06");
        entry.linkToProperty().set(links.get(0));
        entry.save(false);
        Activity a = saved().stream().filter(x -> x.title().equals("Tin về Đề án 06")).findFirst().orElseThrow();
        assertThat(a.taskId()).isEqualTo(task.id());
        assertThat(list.lines()).filteredOn(l -> l.id() == a.id()).singleElement()
                .satisfies(l -> assertThat(l.linkedTo()).startsWith("NV: Đăng tin về cải cách hành chính"));
        entry.edit(a.id());
        assertThat(entry.linkToProperty().get()).isEqualTo(links.get(0));
    }

    @Test
    void evidenceFilesAreSavedWithTheActivityAndCanBeRemoved() throws Exception {
        Path photo = Files.write(dir.resolve("hoi-nghi.png"), png());
        Path scan = Files.writeString(dir.resolve("bien-ban.pdf"), "%PDF-1.4 biên bản");
        entry.unitProperty().set(entry.suggestions().unitsMatching("doan thanh nien").get(0));
        entry.formProperty().set(entry.suggestions().formsMatching("hoi nghi").get(0));
        entry.titleProperty().set("Hội nghị tuyên truyền CCHC cho đoàn viên");
        entry.participantsProperty().set("120");
        entry.evidenceFiles().addFiles(List.of(photo, scan));
        assertThat(entry.evidenceFiles().files()).extracting(EvidenceItem::isImage).containsExactly(true, false);
        entry.save(false);
        long id = entry.editingProperty().get().id();
        List<AttachedFile> kept = app.attachments().filesOf(AttachmentOwner.ACTIVITY, id);
        assertThat(kept).extracting(AttachedFile::name).containsExactly("hoi-nghi.png", "bien-ban.pdf");
        assertThat(entry.evidenceFiles().files()).allSatisfy(f -> assertThat(f.stored()).isNotNull());
        Path copy = entry.evidenceFiles().viewable(entry.evidenceFiles().files().get(0));
        assertThat(Files.readAllBytes(copy)).isEqualTo(png());
        assertThat(list.lines().get(0).files()).isEqualTo(2);

        entry.evidenceFiles().removeFile(entry.evidenceFiles().files().get(1));
        entry.save(false);
        assertThat(app.attachments().filesOf(AttachmentOwner.ACTIVITY, id)).extracting(AttachedFile::name).containsExactly("hoi-nghi.png");
    }

    @Test
    void websiteVisitsStandBesideTheArticlesOfTheMonth() {
        long unit = ActivityFixtures.unit(app, "VHXH");
        long website = ActivityFixtures.form(app, "WEBSITE");
        app.activities().save(new Activity(null, LocalDate.of(2026, 4, 3), unit, website, "Tin tháng 4", 3, null, null, null,
                null, null, null, null, null));
        WebsiteViewModel web = new WebsiteViewModel(app.activities(), ShellTestSupport.context(said));
        web.load();
        assertThat(web.enter(4, "12.345")).isTrue();
        assertThat(web.enter(5, "nhiều")).isFalse();
        assertThat(web.months()).hasSize(12);
        assertThat(web.months().get(3)).isEqualTo(new MonthFigures(2026, 4, 12_345L, 3));
        assertThat(web.months().get(4).visits()).isNull();
        assertThat(app.activities().websiteVisits(2026)).singleElement().satisfies(v -> assertThat(v.visits()).isEqualTo(12_345));
        assertThat(web.totalArticles()).isEqualTo(3);
    }

    /** A real 1×1 PNG. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
