package vn.cchcdesk.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.text.Formats;

/**
 * Reads the text of a directive file: .docx, .doc, .pdf with a text layer, or .txt. Every file it
 * cannot read ends in an {@link AppException} with an {@code intake.*} key naming the file, never
 * in a library's exception. The format comes from the extension and is checked against the
 * file's first bytes; a Word file with the other Word extension (.doc saved as .docx) is read as
 * what it is. POI's zip-bomb limits stay as POI sets them.
 */
public final class DirectiveReader {

    /** Directives are a few pages; a larger file is refused before it is read. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** Fewer letters than this in a PDF means its pages are pictures (a scan). */
    static final int MIN_PDF_LETTERS = 20;

    private final long maxFileBytes;

    public DirectiveReader() {
        this(MAX_FILE_BYTES);
    }

    DirectiveReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public DirectiveText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        DirectiveFormat format = DirectiveFormat.ofFileName(name)
                .orElseThrow(() -> new AppException("intake.file.unsupported", name));
        byte[] bytes = load(file, name);
        DirectiveText text = switch (format) {
            case TXT -> new DirectiveText(name, format, PlainTextReader.read(bytes, name));
            case PDF -> readPdf(bytes, name);
            case DOCX, DOC -> readWord(bytes, name, format);
        };
        if (text.format() == DirectiveFormat.PDF && text.letterCount() < MIN_PDF_LETTERS) {
            throw new AppException("intake.pdf.noTextLayer", name);
        }
        if (text.letterCount() == 0) {
            throw new AppException("intake.file.noText", name);
        }
        return text;
    }

    /** Size is checked before a byte is read, so a 50 MB file is refused at once. */
    private byte[] load(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new AppException("intake.file.notFound", name);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new AppException("intake.file.empty", name);
            }
            if (size > maxFileBytes) {
                throw new AppException("intake.file.tooLarge", name, megabytes(size), megabytes(maxFileBytes));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AppException(e, "intake.file.unreadable", name);
        }
    }

    private static DirectiveText readPdf(byte[] bytes, String name) {
        if (FileMagic.valueOf(bytes) != FileMagic.PDF) {
            throw new AppException("intake.pdf.notPdf", name);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new DirectiveText(name, DirectiveFormat.PDF, PdfTextReader.read(document));
        } catch (InvalidPasswordException e) {
            throw new AppException(e, "intake.file.passwordProtected", name);
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "intake.file.corrupt", name, "PDF");
        }
    }

    private static DirectiveText readWord(byte[] bytes, String name, DirectiveFormat format) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) {
            return new DirectiveText(name, DirectiveFormat.DOCX, readDocx(bytes, name));
        }
        if (magic == FileMagic.OLE2) {
            return new DirectiveText(name, DirectiveFormat.DOC, readOle2(bytes, name, format));
        }
        throw new AppException(format == DirectiveFormat.DOC ? "intake.doc.notWord" : "intake.docx.notWord", name);
    }

    private static List<TextBlock> readDocx(byte[] bytes, String name) {
        try {
            return DocxTextReader.read(bytes);
        } catch (NotOfficeXmlFileException e) {
            throw new AppException(e, "intake.docx.notWord", name);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new AppException(e, "intake.file.suspicious", name);
            }
            throw new AppException(e, namesWordParts(bytes) ? "intake.file.corrupt" : "intake.docx.notWord", name, "Word");
        }
    }

    /** An OLE2 file is a .doc, a password-protected .docx (OOXML inside an encrypted container), or something else. */
    private static List<TextBlock> readOle2(byte[] bytes, String name, DirectiveFormat format) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new AppException("intake.file.passwordProtected", name);
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new AppException(format == DirectiveFormat.DOC ? "intake.doc.notWord" : "intake.docx.notWord", name);
            }
            return DocTextReader.read(fs);
        } catch (EncryptedDocumentException e) {
            throw new AppException(e, "intake.file.passwordProtected", name);
        } catch (OldWordFileFormatException e) {
            throw new AppException(e, "intake.doc.tooOld", name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException appException) {
                throw appException;
            }
            throw new AppException(e, "intake.file.corrupt", name, "Word");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Entry names of a zip are stored uncompressed: a damaged .docx still names its parts, while
     * a zip archive renamed .docx never does. Looking costs nothing and inflates nothing.
     */
    private static boolean namesWordParts(byte[] bytes) {
        byte[] needle = "word/document".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String megabytes(long bytes) {
        return Formats.integer(Math.round(bytes / (1024.0 * 1024.0)));
    }
}
