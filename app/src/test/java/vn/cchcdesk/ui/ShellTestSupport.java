package vn.cchcdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.stage.Stage;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.shell.Shell;

/** Opens the real window on a temporary data folder, with work run synchronously for determinism. */
public final class ShellTestSupport {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    public static final CommuneSettings DINH_TAN = new CommuneSettings("xã Định Tân", "tỉnh Thanh Hóa", null, "UBND",
            "VHXH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng", null);

    private ShellTestSupport() {
    }

    /** Starts the shell on a data folder; returns it so the test can close it. */
    public static Shell start(Stage stage, Path dataDir, Clock clock) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Shell shell = new Shell(stage, dir -> App.open(dir, clock), new SyncTaskRunner(), FXCollections.observableArrayList(), clock);
        shell.start(dataDir, () -> { });
        return shell;
    }

    /** A data folder whose first-start setup is already done. */
    public static void setUpCommune(Path dataDir) {
        try (App app = App.open(dataDir, CLOCK)) {
            app.settings().saveCommune(DINH_TAN);
        }
    }

    /** A UI context for view-model tests: synchronous work, no window, status messages collected. */
    public static UiContext context(java.util.List<String> said) {
        return new UiContext(new SyncTaskRunner(), CLOCK, () -> null, said::add, id -> { });
    }
}
