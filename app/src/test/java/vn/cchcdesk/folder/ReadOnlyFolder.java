package vn.cchcdesk.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder read-only for this process. Permission bits do it for an ordinary user; root
 * ignores them, so as root the folder is bind-mounted read-only on itself (a real read-only file
 * system, as a locked SD card or a CD gives). Closing undoes it.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean mounted;
    private boolean closed;

    private ReadOnlyFolder(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    public static ReadOnlyFolder make(Path folder) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canWrite(folder)) {
            return new ReadOnlyFolder(folder, false);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        run("mount", "--bind", folder.toString(), folder.toString());
        run("mount", "-o", "remount,bind,ro", folder.toString());
        if (canWrite(folder)) {
            throw new IllegalStateException("Could not make " + folder + " read-only on this machine");
        }
        return new ReadOnlyFolder(folder, true);
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        if (mounted) {
            run("umount", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
