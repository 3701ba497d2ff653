package vn.cchcdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * A separate JVM writes through the real services and is killed with SIGKILL at random moments,
 * round after round. After each kill the database opens, holds every record the process reported
 * committed (each with all its tasks: no half transaction), and reads back whole.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 8;
    private static final Duration WAIT_FOR_COMMITS = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void committedWritesSurviveSigkillAndNothingIsCorrupt() throws Exception {
        Path data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> committed = new CopyOnWriteArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            int commitsBeforeKill = 1 + random.nextInt(25);
            long started = System.nanoTime();
            List<Long> reported = runAndKill(data, round, commitsBeforeKill, random.nextInt(30));
            committed.addAll(reported);
            System.out.printf("crash round %d: killed after %d commits, %d ms%n", round, reported.size(),
                    (System.nanoTime() - started) / 1_000_000);
            try (App app = App.open(data, ShellTestSupport.CLOCK)) {
                var dsl = app.database().dsl();
                for (long id : committed) {
                    assertThat(app.documents().find(id)).as("document %d reported committed (seed %d, round %d)", id, seed, round)
                            .isPresent();
                }
                Map<Long, Integer> tasksPerDocument = dsl.select(TASK.DOCUMENT_ID, DSL.count()).from(TASK)
                        .groupBy(TASK.DOCUMENT_ID).fetchMap(TASK.DOCUMENT_ID, DSL.count());
                assertThat(tasksPerDocument.values()).as("every document has all its tasks").allMatch(n -> n == CrashWriter.TASKS_PER_PLAN);
                assertThat(tasksPerDocument).hasSize(dsl.fetchCount(DOCUMENT));
                // reading every page of every table: a damaged page fails here
                Path script = dir.resolve("check-" + round + ".sql");
                dsl.execute("SCRIPT TO '" + script + "'");
                assertThat(Files.size(script)).isPositive();
                Files.delete(script);
            }
            Path trace = data.resolve("cchc-desk.trace.db");
            if (Files.exists(trace)) {
                assertThat(Files.readString(trace)).doesNotContainIgnoringCase("corrupt");
            }
        }
        assertThat(committed).as("commits seen over %d rounds", ROUNDS).hasSizeGreaterThanOrEqualTo(ROUNDS);
    }

    /** Starts the writer, waits for some commits, kills it with SIGKILL; returns the ids it reported. */
    private List<Long> runAndKill(Path data, int round, int commitsBeforeKill, int extraMillis) throws Exception {
        Path log = dir.resolve("writer-" + round + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), data.toString(),
                String.valueOf(round * 100_000))
                .redirectError(log.toFile())
                .start();
        List<Long> reported = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("committed ")) {
                        reported.add(Long.parseLong(line.substring("committed ".length()).trim()));
                    }
                }
            } catch (Exception ignored) {
                // the pipe breaks when the process is killed
            }
        });
        reader.start();
        Instant deadline = Instant.now().plus(WAIT_FOR_COMMITS);
        while (reported.size() < commitsBeforeKill && process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        Thread.sleep(extraMillis);
        assertThat(process.isAlive()).as("the writer runs (its log: %s)", log).isTrue();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return List.copyOf(reported);
    }
}
