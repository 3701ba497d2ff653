package vn.cchcdesk.folder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a test main class in a JVM of its own, as another program on the clerk's machine would be. */
final class Children {

    private Children() {
    }

    /** Starts it (through "sh -c" when a shell prefix such as "ulimit -f N;" is given) and waits for "ready". */
    static Process start(String shellPrefix, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix).append(" exec");
            command.forEach(part -> line.append(" '").append(part.replace("'", "'\\''")).append('\''));
            command = List.of("sh", "-c", line.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process;
    }

    /** Reads the child's lines until one starts with the prefix (or the child ends); returns it, or null. */
    static String awaitLine(Process process, String prefix, List<String> seen) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    static void stop(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
