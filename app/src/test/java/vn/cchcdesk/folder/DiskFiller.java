package vn.cchcdesk.folder;

import java.nio.file.Path;
import vn.cchcdesk.App;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.common.ErrorMessages;

/**
 * Run under a file size limit ("ulimit -f"): saves long documents until the disk "fills", then
 * prints the message the clerk would read.
 */
public final class DiskFiller {

    private DiskFiller() {
    }

    public static void main(String[] args) {
        App app = App.open(Path.of(args[0]));
        String text = "Toàn văn kế hoạch tuyên truyền cải cách hành chính. ".repeat(4000);
        System.out.println("ready");
        for (int n = 1; n < 10_000; n++) {
            try {
                long id = Records.plan(n, 1, text + n).register(app);
                System.out.println("committed " + id);
            } catch (RuntimeException e) {
                System.out.println("failed " + ErrorMessages.describe(e).replace('\n', ' '));
                break;
            }
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
