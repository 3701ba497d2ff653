package vn.cchcdesk.ui.activities;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The activity list on 100,000 demo activities (made by the demo-data generator in a temp folder):
 * opening it, each keystroke of a search, each filter, a Vietnamese sort of the whole list and a
 * jump to a far page, as the view model does them (the same queries the screen runs off the FX
 * thread). Prints {@code bench:} lines; asserts nothing. Run with
 * {@code mvn -B -Pbench verify -Dtest=ActivitiesBenchmarkTest}, and once with
 * {@code -DtestArgLine="-Xmx512m -Dfile.encoding=UTF-8"}.
 */
@Tag("benchmark")
class ActivitiesBenchmarkTest {

    private static final int ACTIVITIES = 100_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    static Path dir;
    private static App app;

    @BeforeAll
    static void demoData() {
        App maker = App.open(dir);
        maker.demoData().generate(new DemoSpec(ACTIVITIES, 300, 200, 2, 7));
        maker.close(true);
        app = App.open(dir);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static UiContext ui() {
        return new UiContext(new SyncTaskRunner(), Clock.systemDefaultZone(), () -> null, s -> { }, id -> { });
    }

    @Test
    void theListOfAHundredThousandActivities() {
        System.out.println("bench: activities-max-heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        // the first open of a folder also warms H2's caches and the JIT: measured on its own
        long[] first = timed(() -> new ActivitiesViewModel(app.activities(), app.catalog(), app.settings(), ui()).load());
        print("activities-list-open-first", first);
        List<long[]> opens = new ArrayList<>();
        ActivitiesViewModel model = null;
        for (int i = 0; i < 5; i++) {
            ActivitiesViewModel m = new ActivitiesViewModel(app.activities(), app.catalog(), app.settings(), ui());
            opens.add(timed(m::load));
            model = m;
        }
        printPercentiles("activities-list-open", opens);
        System.out.println("bench: activities-list-rows " + model.countProperty().get());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("bench: activities-list-heap-used " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MiB");

        ActivitiesViewModel typing = model;
        List<long[]> keystrokes = new ArrayList<>();
        for (String query : List.of("tuyen truyen cai cach", "dinh tan", "phat thanh dich vu cong", "hoi nghi")) {
            for (int n = 1; n <= query.length(); n++) {
                String prefix = query.substring(0, n);
                keystrokes.add(timed(() -> typing.searchProperty().set(prefix)));
            }
            typing.searchProperty().set("");
        }
        printPercentiles("activities-search-keystroke", keystrokes);

        List<long[]> filters = new ArrayList<>();
        long unit = app.catalog().units().get(2).id();
        long form = app.catalog().forms().get(0).id();
        int year = java.time.LocalDate.now().getYear();
        for (int i = 0; i < 3; i++) {
            filters.add(timed(() -> typing.unitIdsProperty().set(Set.of(unit))));
            filters.add(timed(() -> typing.formIdsProperty().set(Set.of(form))));
            filters.add(timed(() -> typing.groupProperty().set(FormGroup.TRADITIONAL)));
            filters.add(timed(() -> typing.periodProperty().set(PeriodChoice.of(ReportingPeriod.year(year)))));
            filters.add(timed(() -> typing.periodProperty().set(PeriodChoice.of(ReportingPeriod.quarter(year, 2)))));
            filters.add(timed(typing::clearFilters));
        }
        printPercentiles("activities-filter-change", filters);

        List<long[]> sorts = new ArrayList<>();
        for (ActivitySort.Column column : ActivitySort.Column.values()) {
            sorts.add(timed(() -> typing.sortProperty().set(new ActivitySort(column, false))));
        }
        sorts.add(timed(() -> typing.sortProperty().set(new ActivitySort(ActivitySort.Column.TITLE, true))));
        printPercentiles("activities-sort-whole-list", sorts);
        print("activities-sort-title", timed(() -> typing.sortProperty().set(new ActivitySort(ActivitySort.Column.TITLE, false))));

        List<long[]> pages = new ArrayList<>();
        for (int p : new int[] {1, 250, 499, 100, 2}) {
            pages.add(timed(() -> typing.goToPage(p)));
        }
        printPercentiles("activities-page-jump", pages);
    }

    /** Wall and thread-CPU milliseconds of one run. */
    private static long[] timed(Runnable work) {
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new long[] {(System.nanoTime() - start) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000};
    }

    private static void print(String name, long[] figures) {
        System.out.println("bench: " + name + " " + figures[0] + " ms");
        System.out.println("bench: " + name + "-cpu " + figures[1] + " ms");
    }

    private static void printPercentiles(String name, List<long[]> runs) {
        long[] wall = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] cpu = runs.stream().mapToLong(r -> r[1]).sorted().toArray();
        System.out.println("bench: " + name + "-p50 " + percentile(wall, 50) + " ms");
        System.out.println("bench: " + name + "-p95 " + percentile(wall, 95) + " ms");
        System.out.println("bench: " + name + "-max " + wall[wall.length - 1] + " ms");
        System.out.println("bench: " + name + "-cpu-p95 " + percentile(cpu, 95) + " ms");
        System.out.println("bench: " + name + "-runs " + runs.size());
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @SuppressWarnings("unused")
    private static String join(long[] values) {
        return Arrays.toString(values);
    }
}
