package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.BackupText;

/**
 * {@code restore FILE [--preview]}: checks the backup and prints what it holds; without
 * --preview, saves the current data as a backup, puts the backup's data in place and opens it
 * (migrating it when it is from an older version).
 */
public final class RestoreCommand implements Command {

    private final BackupService backups;
    private final Runnable reopen;

    /** @param reopen closes the data folder and opens it again, which applies the staged restore */
    public RestoreCommand(BackupService backups, Runnable reopen) {
        this.backups = backups;
        this.reopen = reopen;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of(), Set.of("--preview"));
        if (parsed.positional().size() != 1) {
            throw new AppException("cli.restore.oneFile");
        }
        Path file = Path.of(parsed.positional().get(0));
        BackupInfo info = backups.inspect(file);
        out.out().println(BackupText.summary(info.manifest()));
        if (parsed.flag("--preview")) {
            return OK;
        }
        BackupService.Written saved = backups.stageRestore(file);
        out.out().println(Messages.get("backup.cli.savedCurrent", saved.file()));
        reopen.run();
        out.out().println(Messages.get("backup.cli.restored", file.getFileName()));
        return OK;
    }
}
