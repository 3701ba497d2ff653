package vn.cchcdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Files a clerk drops on the window: the three sample directives as .docx and .pdf, and the bad
 * files of the issue (empty, corrupt, password-protected, a scan, 50 MB, a zip renamed .docx),
 * made in a temporary folder, none committed.
 */
public final class IntakeFiles {

    public static final String DINH_TAN = "xa-dinh-tan_cong-van_day-manh-tuyen-truyen-cchc_2026";
    public static final String TAN_MINH = "xa-tan-minh_cong-van_trien-khai-tuyen-truyen-cchc_2026";
    public static final String THANH_MIEN = "xa-thanh-mien_cong-van_phan-cong-tuyen-truyen-cchc_2026";

    private IntakeFiles() {
    }

    /** A sample as shipped in the test resources: format "docx" or "pdf". */
    public static Path sample(String name, String format) {
        try {
            return Path.of(IntakeFiles.class.getResource("/samples/directives/" + format + "/" + name + "." + format).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a sample into a folder, so the test can drop it from where a clerk keeps files. */
    public static Path copy(String name, String format, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.copy(sample(name, format), dir.resolve(name + "." + format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The six bad files of the issue, in this order: empty, corrupt, password, scan, 50 MB, zip renamed. */
    public static List<Path> bad(Path dir) {
        try {
            Files.createDirectories(dir);
            Path empty = Files.createFile(dir.resolve("rong.docx"));
            byte[] docx = Files.readAllBytes(sample(DINH_TAN, "docx"));
            Path corrupt = Files.write(dir.resolve("hong.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
            Path password = dir.resolve("mat-khau.pdf");
            try (PDDocument document = Loader.loadPDF(sample(DINH_TAN, "pdf").toFile())) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "123456", new AccessPermission());
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
                document.save(password.toFile());
            }
            Path scan = dir.resolve("ban-scan.pdf");
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                BufferedImage picture = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, picture), 50, 100, 500, 650);
                }
                document.save(scan.toFile());
            }
            Path big = dir.resolve("qua-lon.pdf");
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024); // sparse: nothing written
            }
            Path zip = dir.resolve("tai-lieu.docx");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("anh/scan-001.txt"));
                out.write("không phải văn bản Word".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return List.of(empty, corrupt, password, scan, big, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
