package vn.cchcdesk.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.cchcdesk.i18n.Messages;

/**
 * Where the screen asks for files: the system's file chooser in the app, a fixed answer in tests
 * (the native dialog cannot be driven by TestFX). Set on the view model with {@code setFiles}.
 */
public interface ReportFiles {

    /** A file to write, its extension added when the clerk left it out; empty when cancelled. */
    Optional<Path> saveAs(Window owner, String titleKey, String suggestedName, String filterKey, String extension);

    /** A file to read; empty when cancelled. */
    Optional<Path> open(Window owner, String titleKey, String filterKey, String extension);

    /** The system's file chooser, offering again the folder last used. */
    static ReportFiles system() {
        return new ReportFiles() {
            private File lastFolder;

            @Override
            public Optional<Path> saveAs(Window owner, String titleKey, String suggestedName, String filterKey, String extension) {
                FileChooser chooser = chooser(titleKey, filterKey, extension);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                File target = file.getName().toLowerCase(Locale.ROOT).endsWith(extension) ? file : new File(file.getPath() + extension);
                lastFolder = target.getParentFile();
                return Optional.of(target.toPath());
            }

            @Override
            public Optional<Path> open(Window owner, String titleKey, String filterKey, String extension) {
                File file = chooser(titleKey, filterKey, extension).showOpenDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                lastFolder = file.getParentFile();
                return Optional.of(file.toPath());
            }

            private FileChooser chooser(String titleKey, String filterKey, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get(titleKey));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), "*" + extension));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                return chooser;
            }
        };
    }
}
