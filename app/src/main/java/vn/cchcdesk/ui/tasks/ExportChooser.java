package vn.cchcdesk.ui.tasks;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;

/**
 * Asks where to write an exported workbook. The system's save dialog in the app; tests put their
 * own chooser in place ({@link ExportTarget#useInTests}) since a native dialog cannot be driven.
 */
@FunctionalInterface
public interface ExportChooser {

    /** The file to write, with ".xlsx" added when the clerk left it out; empty when cancelled. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The save dialog, opening in the folder the last export went to. */
    static ExportChooser system() {
        return new ExportChooser() {
            private File lastFolder;

            @Override
            public Optional<Path> choose(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("tasks.export.chooserTitle"));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("tasks.export.filter"), "*.xlsx"));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                File target = file.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : new File(file.getPath() + ".xlsx");
                lastFolder = target.getParentFile();
                return Optional.of(target.toPath());
            }
        };
    }
}
