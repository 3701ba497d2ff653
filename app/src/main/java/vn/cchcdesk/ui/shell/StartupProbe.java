package vn.cchcdesk.ui.shell;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Measures JVM start to the first frame on screen, for --startup-probe and the startup benchmark. */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static long millisSinceJvmStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    public static void report(PrintStream out) {
        out.println("startup-ms: " + millisSinceJvmStart());
        out.flush();
    }
}
