package vn.cchcdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.Main;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * Issue 7: the app's first frame within 1.3× of a bare JavaFX window on the same JVM, measured in
 * the same run. Both are started the same way (this JVM's java, the test class path, the same
 * flags, a real display when DISPLAY is set, Monocle's headless one otherwise), alternately, and
 * each reports JVM start to its first frame. Prints medians; asserts nothing.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    void startupToFirstFrameAgainstABareWindow() throws Exception {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        start(BareWindow.Launcher.class.getName()); // warms the OS file cache for both
        for (int i = 0; i < RUNS; i++) {
            bare.add(start(BareWindow.Launcher.class.getName()));
            app.add(start(Main.class.getName(), "--startup-probe", "--data-dir", data.toString()));
        }
        long bareMedian = median(bare);
        long appMedian = median(app);
        System.out.println("bench: startup.bareWindow " + bareMedian + " ms (runs " + bare + ")");
        System.out.println("bench: startup.app " + appMedian + " ms (runs " + app + ")");
        System.out.printf("bench: startup.ratio %.2f x (target 1.3)%n", (double) appMedian / bareMedian);
        System.out.println("bench: startup.display " + (System.getenv("DISPLAY") == null ? "monocle-headless" : System.getenv("DISPLAY")));
    }

    private static long start(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long millis = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("startup-ms: ")) {
                    millis = Long.parseLong(line.substring("startup-ms: ".length()).trim());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
