package vn.cchcdesk.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.store.demo.DemoSpec;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.documents.DocumentsViewModel;

/**
 * Search as the clerk types, on the demo folder of a busy commune (100,000 activities, 5,000
 * documents, 2,000 tasks): every prefix of a few typed queries is one keystroke, run as the
 * screens run it (the documents' list of at most {@link DocumentsViewModel#LIMIT} and its count
 * when full; the activities' first page of 200 and their count). Prints the 95th percentile and
 * the median per keystroke: "bench: search.documents.p95 N ms", "bench: search.activities.p95 N ms".
 *
 * <p>Generating the folder takes about 30 s; {@code -Dbench.demoDir=DIR} copies a folder made by
 * {@code demo-data} instead.
 */
@Tag("benchmark")
class SearchAsYouTypeBenchmarkTest {

    private static final String[] TYPED = {"ke hoach tuyen truyen", "1478 snv", "cai cach hanh chinh", "Định Tân",
        "bao cao quy", "so noi vu thanh hoa", "zzz khong co", "49/kh-ubnd", "chuyen doi so", "hoi nghi"};

    @TempDir
    Path dir;

    @Test
    void searchAsYouType() throws IOException {
        String demo = System.getProperty("bench.demoDir");
        if (demo != null) {
            copy(Path.of(demo), dir);
        }
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            if (demo == null) {
                app.demoData().generate(new DemoSpec(100_000, 5_000, 2_000, 3, 7L));
            }
            long t = System.nanoTime();
            app.documents().list(new DocumentQuery(null, null, null, null, null, "a"), DocumentsViewModel.LIMIT);
            System.out.printf("bench: search.documents.first %d ms%n", (System.nanoTime() - t) / 1_000_000);
            measure("documents", text -> {
                DocumentQuery query = new DocumentQuery(null, null, null, null, null, text);
                if (app.documents().list(query, DocumentsViewModel.LIMIT).size() == DocumentsViewModel.LIMIT) {
                    app.documents().count(query);
                }
            });
            measure("activities", text -> {
                ActivityFilter filter = ActivityFilter.all().search(text);
                app.activities().search(filter, 0, 200);
                app.activities().count(filter);
            });
        }
    }

    private static void measure(String name, Consumer<String> keystroke) {
        if (!System.getProperty("bench.only", name).equals(name)) {
            return;
        }
        for (String typed : TYPED) {
            keystroke.accept(typed); // warm-up
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        java.util.Map<String, Long> slowest = new java.util.HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (String typed : TYPED) {
                for (int i = 1; i <= typed.length(); i++) {
                    long t = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    keystroke.accept(typed.substring(0, i));
                    cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000);
                    slowest.merge(typed.substring(0, i), cpu.get(cpu.size() - 1), Math::max);
                    wall.add((System.nanoTime() - t) / 1_000);
                }
            }
        }
        long t = System.nanoTime();
        keystroke.accept("");
        System.out.printf("bench: search.%s.unfiltered %.1f ms%n", name, (System.nanoTime() - t) / 1e6);
        print("search." + name, wall);
        print("search." + name + ".cpu", cpu);
        System.out.println("slowest keystrokes (CPU µs): " + slowest.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
    }

    private static void print(String name, List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("bench: %s.p95 %.1f ms%n", name, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0);
        System.out.printf("bench: %s.median %.1f ms%n", name, sorted[sorted.length / 2] / 1000.0);
        System.out.printf("bench: %s.max %.1f ms (%d keystrokes)%n", name, sorted[sorted.length - 1] / 1000.0, sorted.length);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
