package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.CITATION;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.TASK_ASSIGNMENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.store.demo.DemoResult;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.ui.ShellTestSupport;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.now(ShellTestSupport.CLOCK);

    @TempDir
    Path first;
    @TempDir
    Path second;

    /** What two runs are compared on: counts, the first activities, documents and tasks. */
    private record Snapshot(DemoResult result, List<ActivityRow> activities, List<Document> documents, List<Task> tasks,
                            String settings) {
    }

    private static Snapshot run(Path dir, DemoSpec spec) {
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            DemoResult result = app.demoData().generate(spec);
            List<Document> documents = app.database().dsl().select(DOCUMENT.ID).from(DOCUMENT).orderBy(DOCUMENT.ID).limit(30)
                    .fetch(DOCUMENT.ID).stream().map(id -> app.documents().find(id).orElseThrow()).toList();
            List<Task> tasks = documents.stream().flatMap(d -> app.tasks().ofDocument(d.id()).stream()).toList();
            return new Snapshot(result, app.activities().search(ActivityFilter.all(), 0, 40), documents, tasks,
                    app.settings().commune().orElseThrow().toString());
        }
    }

    @Test
    void aSmallRunIsTheSameTwiceForASeedAndDiffersForAnother() {
        DemoSpec spec = new DemoSpec(500, 120, 60, 3, 42);
        Snapshot a = run(first, spec);
        Snapshot b = run(second, spec);
        assertThat(a.result().activities()).isEqualTo(500);
        assertThat(a.result().documents()).isEqualTo(120);
        assertThat(a.result().tasks()).isEqualTo(60);
        assertThat(b.result()).usingRecursiveComparison().ignoringFields("elapsed").isEqualTo(a.result());
        assertThat(b.activities()).hasSize(40).isEqualTo(a.activities());
        assertThat(b.documents()).isNotEmpty().isEqualTo(a.documents());
        assertThat(b.tasks()).isNotEmpty().isEqualTo(a.tasks());
        assertThat(b.settings()).isEqualTo(a.settings()).contains("xã Định Tân", "tỉnh Thanh Hóa");
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path third) {
        Snapshot a = run(first, new DemoSpec(200, 40, 20, 2, 1));
        Snapshot c = run(third, new DemoSpec(200, 40, 20, 2, 2));
        assertThat(c.activities()).isNotEqualTo(a.activities());
        assertThat(c.documents()).isNotEqualTo(a.documents());
    }

    @Test
    void theDataKeepsTheDomainRules() {
        try (App app = App.open(first, ShellTestSupport.CLOCK)) {
            DemoResult result = app.demoData().generate(new DemoSpec(3_000, 400, 150, 3, 7));
            DSLContext dsl = app.database().dsl();
            LocalDate from = LocalDate.of(TODAY.getYear() - 2, 1, 1);
            assertThat(result.from()).isEqualTo(from);
            assertThat(result.to()).isEqualTo(TODAY);

            List<ActivityRow> all = app.activities().search(ActivityFilter.all(), 0, 10_000);
            assertThat(all).hasSize(3_000).allSatisfy(r -> {
                assertThat(r.activity().validate(TODAY)).isEmpty();
                assertThat(r.activity().date()).isBetween(from, TODAY);
            });
            assertThat(all.stream().map(r -> r.activity().unitId()).collect(Collectors.toSet())).as("every unit logs something")
                    .containsExactlyInAnyOrderElementsOf(app.catalog().units().stream().map(u -> u.id()).toList());
            assertThat(all.stream().map(r -> r.activity().formId()).collect(Collectors.toSet())).as("every form is used")
                    .containsExactlyInAnyOrderElementsOf(app.catalog().forms().stream().map(f -> f.id()).toList());
            assertThat(all.stream().map(r -> r.activity().date().getYear()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(TODAY.getYear() - 2, TODAY.getYear() - 1, TODAY.getYear());
            assertThat(all).filteredOn(r -> r.activity().taskId() != null).isNotEmpty();
            assertThat(all).filteredOn(r -> r.activity().planTargetId() != null).isNotEmpty();
            assertThat(all.stream().map(r -> r.activity().title()).distinct().count()).as("varied titles").isGreaterThan(500);
            assertThat(app.catalog().units()).extracting(u -> u.name()).contains("Thôn Tân Lập", "Trường THCS Định Tân");

            // number and symbol unique per issuer and year; arrival numbers run through the year
            assertThat(dsl.select(DOCUMENT.ISSUER_TEXT, DOCUMENT.ISSUE_YEAR, DOCUMENT.NUMBER_INT, DOCUMENT.SYMBOL).from(DOCUMENT)
                    .groupBy(DOCUMENT.ISSUER_TEXT, DOCUMENT.ISSUE_YEAR, DOCUMENT.NUMBER_INT, DOCUMENT.SYMBOL)
                    .having(DSL.count().gt(1)).fetch()).isEmpty();
            assertThat(dsl.fetchCount(DOCUMENT, DOCUMENT.DIRECTION.eq("IN").and(DOCUMENT.ARRIVAL_NUMBER.isNull()))).isZero();
            assertThat(dsl.fetchCount(DOCUMENT, DOCUMENT.SYMBOL.eq("KH-UBND").and(DOCUMENT.DIRECTION.eq("OUT")))).isPositive();
            assertThat(dsl.fetchCount(DOCUMENT, DOCUMENT.SYMBOL.eq("SNV-CCHC&VTTLT"))).isPositive();
            for (Long id : dsl.select(DOCUMENT.ID).from(DOCUMENT).fetch(DOCUMENT.ID)) {
                Document d = app.documents().find(id).orElseThrow();
                assertThat(d.validate()).as("%s", d).isEmpty();
                assertThat(d.issueDate().toLocalDate().orElseThrow()).isBetween(from, TODAY);
            }
            // citations name earlier registered documents
            assertThat(dsl.fetchCount(CITATION, CITATION.CITED_DOCUMENT_ID.isNotNull())).isPositive();
            var citing = DOCUMENT.as("citing");
            var cited = DOCUMENT.as("cited");
            assertThat(dsl.fetchCount(dsl.select().from(CITATION)
                    .join(citing).on(citing.ID.eq(CITATION.CITING_DOCUMENT_ID))
                    .join(cited).on(cited.ID.eq(CITATION.CITED_DOCUMENT_ID))
                    .where(cited.ISSUE_SORT_KEY.gt(citing.ISSUE_SORT_KEY)))).isZero();
            // each yearly plan has its targets
            assertThat(dsl.fetchCount(PLAN_TARGET)).isEqualTo(result.planTargets()).isPositive();

            // every task has one unit leading (or requested, for bodies the UBND cannot command)
            assertThat(dsl.fetchCount(TASK)).isEqualTo(150);
            assertThat(dsl.select(TASK_ASSIGNMENT.TASK_ID).from(TASK_ASSIGNMENT)
                    .where(TASK_ASSIGNMENT.ROLE.in(AssignmentRole.LEAD.name(), AssignmentRole.REQUESTED.name()))
                    .groupBy(TASK_ASSIGNMENT.TASK_ID).fetch().size()).isEqualTo(150);
            Set<TaskStatus> statuses = dsl.select(TASK.STATUS).from(TASK).fetch(TASK.STATUS).stream()
                    .map(TaskStatus::valueOf).collect(Collectors.toSet());
            assertThat(statuses).containsExactlyInAnyOrder(TaskStatus.values());
            assertThat(dsl.fetchCount(TASK, TASK.COMPLETED_ON.gt(TODAY))).isZero();

            assertThat(app.activities().websiteVisits(TODAY.getYear() - 1)).hasSize(12);
            assertThat(result.visitMonths()).isEqualTo(24 + TODAY.getMonthValue() - 1);
        }
    }

    @Test
    void refusesAFolderThatHoldsDataAndWritesNothingThen() {
        try (App app = App.open(first, ShellTestSupport.CLOCK)) {
            app.demoData().generate(new DemoSpec(50, 10, 5, 1, 3));
            assertThatThrownBy(() -> app.demoData().generate(new DemoSpec(50, 10, 5, 1, 3)))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("data.demo.notEmpty"));
            assertThat(app.database().dsl().fetchCount(ACTIVITY)).isEqualTo(50);
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(10);
        }
    }

    @Test
    void checksTheCountsBeforeWriting() {
        try (App app = App.open(first, ShellTestSupport.CLOCK)) {
            assertThatThrownBy(() -> app.demoData().generate(new DemoSpec(-1, 0, 5, 0, 1)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field()).containsExactlyInAnyOrder("activities", "years", "tasks"));
            assertThat(app.settings().commune()).isEmpty();
            assertThat(app.demoData().isEmpty()).isTrue();
        }
    }

}
