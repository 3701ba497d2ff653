package vn.cchcdesk.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.cchcdesk.App;
import vn.cchcdesk.store.backup.Records;

/**
 * The process that CrashSafetyTest kills: registers plans (a document and its tasks, one
 * transaction each) through the real services, forever, printing "committed ID" after each commit.
 */
public final class CrashWriter {

    public static final int TASKS_PER_PLAN = 3;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        App app = App.open(Path.of(args[0]));
        int number = Integer.parseInt(args[1]);
        out.println("ready");
        while (true) {
            long id = Records.plan(number++, TASKS_PER_PLAN).register(app);
            out.println("committed " + id);
        }
    }
}
