package vn.cchcdesk.store.dashboard;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.ui.ShellTestSupport;

/** The start screen's figures and the PAR assessment over 100,000 demo activities (3 years, 2,000 tasks). */
@Tag("benchmark")
class DashboardBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void figuresOf100kActivities() {
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            app.demoData().generate(new DemoSpec(100_000, 5_000, 2_000, 3, 1));
            int year = 2026;
            app.dashboard().figures(year); // warm-up: class loading and H2's first plans are not counted
            long start = System.nanoTime();
            DashboardFigures f = app.dashboard().figures(year);
            long figuresMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            MonthlyActivities a = app.dashboard().activities(year);
            long activitiesMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            int taskRows = app.tasks().rows().size();
            long rowsMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            app.dashboard().targets(year, java.time.LocalDate.now(ShellTestSupport.CLOCK));
            long targetsMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("bench: dashboard-task-rows " + rowsMs + " ms (" + taskRows + " tasks)");
            System.out.println("bench: dashboard-targets " + targetsMs + " ms");
            start = System.nanoTime();
            app.par().assess(year);
            long parMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("bench: dashboard-figures-100k " + figuresMs + " ms (" + f.activities().total() + " activities in "
                    + year + ", " + f.tasks().size() + " units)");
            System.out.println("bench: dashboard-activities-per-month-100k " + activitiesMs + " ms (" + a.total() + ")");
            System.out.println("bench: par-assess-100k " + parMs + " ms");
        }
    }
}
