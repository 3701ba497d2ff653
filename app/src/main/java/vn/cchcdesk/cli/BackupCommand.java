package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.BackupText;

/**
 * {@code backup [--out FILE|FOLDER]}: writes one verified backup file (to the data folder's
 * backups/ when --out is left out) and prints what it holds.
 */
public final class BackupCommand implements Command {

    private final BackupService backups;

    public BackupCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of("--out"), Set.of());
        BackupService.Written written = parsed.option("--out")
                .map(Path::of)
                .map(backups::backupToFile)
                .orElseGet(backups::backupNow);
        out.out().println(Messages.get("backup.cli.written", written.file()));
        out.out().println(BackupText.summary(written.manifest()));
        out.out().println("SHA-256 " + written.manifest().payload().sha256());
        return OK;
    }
}
