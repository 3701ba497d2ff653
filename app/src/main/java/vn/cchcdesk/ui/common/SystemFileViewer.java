package vn.cchcdesk.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The system's viewer: {@link Desktop#open} where the platform offers it (Windows, macOS, most
 * Linux desktops), else the platform's own opener command. Desktop calls may block while the
 * viewer starts, which is why this runs on a background thread.
 */
public final class SystemFileViewer implements FileViewer {

    @Override
    public void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                : os.contains("mac") ? List.of("open", file.toString())
                : List.of("xdg-open", file.toString());
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Explorer and Finder select the file in its folder; elsewhere the folder opens. */
    @Override
    public void reveal(Path file) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path absolute = file.toAbsolutePath();
        if (os.contains("win")) {
            new ProcessBuilder("explorer.exe", "/select," + absolute).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } else if (os.contains("mac")) {
            new ProcessBuilder("open", "-R", absolute.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } else {
            FileViewer.super.reveal(absolute);
        }
    }
}
