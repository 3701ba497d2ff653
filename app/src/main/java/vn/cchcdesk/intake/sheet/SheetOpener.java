package vn.cchcdesk.intake.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.collect.Notice;
import vn.cchcdesk.intake.TextCharsets;

/**
 * Opens a spreadsheet by what its bytes are, not only by its name: an .xls saved as .xlsx is read
 * as .xls, a real workbook named .csv as a workbook; a file that is neither (a Word document, a
 * picture, a zip renamed .xlsx) is refused with a message that says so. Password-protected
 * workbooks, suspicious zips and XML that declares entities are refused too.
 */
final class SheetOpener {

    private SheetOpener() {
    }

    static SheetBook open(Path file, String name, SpreadsheetReader.SheetFormat format, List<Notice> notices)
            throws Exception {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return XlsxBook.open(file);
        }
        if (magic == FileMagic.OLE2) {
            POIFSFileSystem fs = XlsBook.fileSystem(file);
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                fs.close();
                throw new AppException("collect.file.passwordProtected", name);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                fs.close();
                throw new AppException("collect.file.notExcel", name);
            }
            return XlsBook.open(fs);
        }
        if (format != SpreadsheetReader.SheetFormat.CSV) {
            throw new AppException(looksLikeText(file) ? "collect.file.textNamedExcel" : "collect.file.notExcel", name);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!looksLikeText(bytes)) {
            throw new AppException("collect.file.notText", name);
        }
        CsvBook csv = CsvBook.of(name, bytes);
        if (csv.charset() == TextCharsets.WINDOWS_1258 || csv.charset() == TextCharsets.WINDOWS_1252) {
            notices.add(Notice.of("collect.notice.charset", csv.charset().name()));
        }
        return csv;
    }

    /** The clerk's message for a failure while opening or reading a workbook. */
    static AppException failure(Exception e, String name) {
        if (e instanceof EncryptedDocumentException) {
            return new AppException(e, "collect.file.passwordProtected", name);
        }
        if (mentions(e, "DOCTYPE") || mentions(e, "entity") || mentions(e, "Entity")) {
            return new AppException(e, "collect.file.unsafeXml", name);
        }
        if (mentions(e, "Zip bomb") || mentions(e, "zip bomb")) {
            return new AppException(e, "collect.file.suspicious", name);
        }
        if (e instanceof NotOfficeXmlFileException || e instanceof InvalidFormatException
                || e instanceof UnsupportedFileFormatException || e instanceof java.util.zip.ZipException
                || mentions(e, "No valid entries") || mentions(e, "workbook")) {
            return new AppException(e, "collect.file.notExcel", name);
        }
        if (e instanceof IOException || e instanceof SAXException || e instanceof RuntimeException) {
            return new AppException(e, "collect.file.corrupt", name);
        }
        return new AppException(e, "collect.file.corrupt", name);
    }

    private static boolean mentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeText(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return looksLikeText(java.util.Arrays.copyOf(head, n));
    }

    /** No NUL bytes and few control characters: text of some charset (UTF-16 has a BOM). */
    private static boolean looksLikeText(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int control = 0;
        int sample = Math.min(bytes.length, 65536);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control * 100 < Math.max(1, sample);
    }
}
