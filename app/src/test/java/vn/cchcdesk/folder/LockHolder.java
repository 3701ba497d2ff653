package vn.cchcdesk.folder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import vn.cchcdesk.App;

/**
 * Another program holding the data: "h2" opens the database file directly (as a database tool
 * would, without the app's folder lock), "app" opens the folder as a second CCHC Desk would.
 * Ends by itself after a minute at most.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        if (args[0].equals("h2")) {
            try (Connection ignored = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("cchc-desk"), "sa", "")) {
                holdAWhile();
            }
        } else {
            try (App ignored = App.open(data)) {
                holdAWhile();
            }
        }
    }

    private static void holdAWhile() throws InterruptedException {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
