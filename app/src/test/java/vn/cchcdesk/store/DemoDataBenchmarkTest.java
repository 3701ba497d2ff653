package vn.cchcdesk.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.store.demo.DemoResult;
import vn.cchcdesk.store.demo.DemoSpec;

/** The foundation's figure: 100,000 activities, 5,000 documents and 2,000 tasks, then the compacted file. */
@Tag("benchmark")
class DemoDataBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void demoData100k() throws Exception {
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        App app = App.open(dir);
        DemoResult result = app.demoData().generate(new DemoSpec(100_000, 5_000, 2_000, 3, 1));
        long compactStart = System.nanoTime();
        app.close(true);
        long compactMs = (System.nanoTime() - compactStart) / 1_000_000;
        long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.println("bench: demo-data-100k-generate " + result.elapsed().toMillis() + " ms");
        System.out.println("bench: demo-data-100k-compact " + compactMs + " ms");
        System.out.println("bench: demo-data-100k-thread-cpu " + cpuMs + " ms");
        System.out.println("bench: demo-data-100k-file " + Files.size(app.folder().databaseFile()) / 1024 + " KiB");
    }
}
