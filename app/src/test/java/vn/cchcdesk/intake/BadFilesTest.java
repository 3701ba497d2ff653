package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;

/**
 * Every file the reader cannot read ends in an AppException whose intake.* message names the file
 * in Vietnamese. The bad files are made here, none is committed.
 */
class BadFilesTest {

    @TempDir
    Path dir;

    private final DirectiveReader reader = new DirectiveReader();

    private AppException refused(Path file, String key) {
        AppException e = catchThrowableOfType(AppException.class, () -> reader.read(file));
        assertThat(e).as("refused with %s", key).isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        String message = Messages.get(e.messageKey(), e.args());
        assertThat(message).doesNotStartWith("!").contains(file.getFileName().toString());
        return e;
    }

    private Path sample(String format) {
        return Samples.file(Samples.NAMES.get(0), format);
    }

    @Test
    void anEmptyFile() throws Exception {
        refused(Files.createFile(dir.resolve("rong.docx")), "intake.file.empty");
        refused(Files.createFile(dir.resolve("rong.txt")), "intake.file.empty");
    }

    @Test
    void aFileThatDoesNotExist() {
        refused(dir.resolve("khong-co.pdf"), "intake.file.notFound");
    }

    @Test
    void anUnknownExtension() throws Exception {
        refused(Files.writeString(dir.resolve("van-ban.odt"), "x"), "intake.file.unsupported");
        refused(Files.writeString(dir.resolve("van-ban"), "x"), "intake.file.unsupported");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("qua-lon.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: nothing to read, nothing written
        }
        AppException e = refused(big, "intake.file.tooLarge");
        assertThat(e.args()).containsExactly("qua-lon.pdf", "50", "25");
        assertThat(DirectiveReader.MAX_FILE_BYTES).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void aCorruptDocx() throws Exception {
        byte[] docx = Files.readAllBytes(sample("docx"));
        refused(Files.write(dir.resolve("hong.docx"), Arrays.copyOf(docx, docx.length / 2)), "intake.file.corrupt");
        byte[] scrambled = docx.clone();
        for (int i = 200; i < scrambled.length - 400; i += 7) {
            scrambled[i] = (byte) (scrambled[i] ^ 0x5A);
        }
        refused(Files.write(dir.resolve("hong-2.docx"), scrambled), "intake.file.corrupt");
    }

    @Test
    void aZipRenamedDocx() throws Exception {
        Path zip = dir.resolve("tai-lieu.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("anh/scan-001.txt"));
            out.write("không phải văn bản Word".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        refused(zip, "intake.docx.notWord");
    }

    @Test
    void aPasswordProtectedDocx() throws Exception {
        Path file = dir.resolve("mat-khau.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(sample("docx"), data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        refused(file, "intake.file.passwordProtected");
    }

    @Test
    void aPasswordProtectedPdf() throws Exception {
        Path file = dir.resolve("mat-khau.pdf");
        try (PDDocument document = Loader.loadPDF(sample("pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "123456", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        refused(file, "intake.file.passwordProtected");
    }

    @Test
    void aScannedPdfWithoutTextLayer() throws Exception {
        Path file = dir.resolve("ban-scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int y = 20; y < 260; y += 12) {
                for (int x = 20; x < 180; x++) {
                    scan.setRGB(x, y, 0xFFFFFF);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 100, 500, 650);
            }
            document.save(file.toFile());
        }
        AppException e = refused(file, "intake.pdf.noTextLayer");
        assertThat(Messages.get(e.messageKey(), e.args())).contains("OCR").contains("lớp chữ");
    }

    @Test
    void aDocThatIsReallySomethingElse() throws Exception {
        refused(Files.writeString(dir.resolve("rtf.doc"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Công văn}"), "intake.doc.notWord");
        refused(Files.writeString(dir.resolve("trang-web.doc"), "<html><body>Công văn số 12</body></html>"), "intake.doc.notWord");
        refused(Files.copy(sample("pdf"), dir.resolve("that-ra-la-pdf.doc")), "intake.doc.notWord");
    }

    @Test
    void aPdfThatIsNoPdfAndATextThatIsNoText() throws Exception {
        refused(Files.writeString(dir.resolve("gia.pdf"), "Công văn số 12/UBND"), "intake.pdf.notPdf");
        refused(Files.copy(sample("docx"), dir.resolve("nhi-phan.txt")), "intake.txt.notText");
    }

    @Test
    void aWordDocumentWithoutText() throws Exception {
        Path file = dir.resolve("trang-trang.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph();
            document.write(out);
        }
        refused(file, "intake.file.noText");
    }

    /** A docx whose part inflates a thousand times: POI's zip-bomb guard stays on and stops it. */
    @Test
    void aZipBombStaysUnread() throws Exception {
        Path bomb = dir.resolve("bom.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(sample("docx")));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[1024 * 1024];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(padding);
                    }
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(DirectiveReader.MAX_FILE_BYTES);
        refused(bomb, "intake.file.suspicious");
    }
}
