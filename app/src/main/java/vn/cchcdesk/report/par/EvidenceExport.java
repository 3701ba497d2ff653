package vn.cchcdesk.report.par;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.par.EvidenceLayout;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.report.xlsx.XlsxBook;

/**
 * Writes the evidence file ("Xuất hồ sơ minh chứng…"): the summary workbook and a copy of every
 * attached file, in a folder per criterion, either as a new folder inside the folder the clerk
 * chose or as a .zip file. Everything goes to a hidden temporary beside the target first and is
 * moved into place at the end: a failure or a cancel leaves nothing behind, and nothing is ever
 * written outside the chosen target.
 */
public final class EvidenceExport {

    private static final int BUFFER = 64 * 1024;

    /** What the export made: where, how many files copied, and those that were missing from the data folder. */
    public record Result(Path written, int copied, List<String> missing) {
    }

    private EvidenceExport() {
    }

    /** A new folder named for the year inside {@code parent} (" (2)" added when one exists). */
    public static Result toFolder(EvidencePack pack, Path parent, WriteProgress progress) {
        Path dir = parent.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new AppException("par.export.noFolder", dir);
        }
        Plan plan = plan(pack);
        Path temp = dir.resolve(".~" + plan.root() + "." + System.nanoTime() + ".tmp");
        try {
            Files.createDirectory(temp);
            writeWorkbook(pack, plan, out -> Files.newOutputStream(temp.resolve(plan.summary()), StandardOpenOption.CREATE_NEW));
            int copied = 0;
            for (EvidenceLayout.Placed p : plan.placed()) {
                check(progress);
                if (p.file().source() != null) {
                    Path target = inside(temp, p.path());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = Files.newInputStream(p.file().source());
                         OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                        copy(in, out, progress);
                    }
                    copied++;
                }
                progress.update(copied + 1, plan.placed().size() + 1);
            }
            Path finalDir = freeName(dir, plan.root(), "");
            Files.move(temp, finalDir);
            return new Result(finalDir, copied, plan.missing());
        } catch (IOException e) {
            throw new AppException(e, "par.export.cannotWrite", dir, e.getMessage());
        } finally {
            deleteTree(temp);
        }
    }

    /** A .zip file (replaced when it exists, only once complete) whose entries sit under a root folder named for the year. */
    public static Result toZip(EvidencePack pack, Path zipFile, WriteProgress progress) {
        Path target = zipFile.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AppException("par.export.noFolder", String.valueOf(folder));
        }
        Plan plan = plan(pack);
        Path temp = folder.resolve(".~" + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            int copied = 0;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW))) {
                zip.putNextEntry(new ZipEntry(plan.root() + "/" + plan.summary()));
                writeWorkbook(pack, plan, out -> new Unclosable(zip));
                zip.closeEntry();
                for (EvidenceLayout.Placed p : plan.placed()) {
                    check(progress);
                    if (p.file().source() != null) {
                        zip.putNextEntry(new ZipEntry(plan.root() + "/" + p.path()));
                        try (InputStream in = Files.newInputStream(p.file().source())) {
                            copy(in, zip, progress);
                        }
                        zip.closeEntry();
                        copied++;
                    }
                    progress.update(copied + 1, plan.placed().size() + 1);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Result(target, copied, plan.missing());
        } catch (IOException e) {
            throw new AppException(e, "par.export.cannotWrite", target, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden leftover beside the target is harmless
            }
        }
    }

    private record Plan(String root, String summary, Map<String, String> folders, List<EvidenceLayout.Placed> placed,
                        List<String> missing) {
    }

    private static Plan plan(EvidencePack pack) {
        int year = pack.assessment().year();
        String summary = ParTexts.summaryName(year);
        String other = ParTexts.otherFolder();
        List<EvidenceLayout.Placed> placed = EvidenceLayout.place(pack, summary, other);
        List<String> missing = placed.stream().filter(p -> p.file().source() == null).map(p -> p.file().name()).toList();
        return new Plan(vn.cchcdesk.domain.par.SafeNames.clean(ParTexts.rootName(year)), summary,
                EvidenceLayout.folders(pack, summary, other), placed, missing);
    }

    @FunctionalInterface
    private interface Sink {
        OutputStream open(Path ignored) throws IOException;
    }

    private static void writeWorkbook(EvidencePack pack, Plan plan, Sink sink) throws IOException {
        try (XlsxBook book = EvidenceWorkbook.build(pack, plan.placed(), plan.folders())) {
            // stored results, so previews that do not recalculate show the totals
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book.poi());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.poi().write(bytes);
            try (OutputStream out = sink.open(null)) {
                bytes.writeTo(out);
            }
        }
    }

    /** A path made of safe names stays inside the root; checked anyway, since a stray entry would write elsewhere. */
    private static Path inside(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("Evidence path leaves its folder: " + relative);
        }
        return path;
    }

    private static Path freeName(Path dir, String name, String suffix) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(n == 1 ? name + suffix : name + " (" + n + ")" + suffix);
            if (!Files.exists(candidate)) {
                return candidate;
            }
            if (n > 999) {
                throw new FileAlreadyExistsException(candidate.toString());
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, WriteProgress progress) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            check(progress);
            out.write(buffer, 0, read);
        }
    }

    private static void check(WriteProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a hidden temporary folder left behind harms nothing
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** The zip stays open after the workbook's bytes are written into its entry. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
