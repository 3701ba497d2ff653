package vn.cchcdesk.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a tiny .docx and .pdf made in memory, so that POI, XMLBeans and PDFBox are loaded and
 * the rules compiled before the clerk drops the first directive: cold, that first read takes a
 * few seconds; warm, a fraction of one.
 */
final class IntakeWarmUp {

    private static final List<String> LETTER = List.of(
            "UY BAN NHAN DAN", "XA AN BINH", "So: 1/UBND-VHXH", "V/v tuyen truyen",
            "1. Phong Van hoa - Xa hoi chu tri, phoi hop voi Cong an xa tuyen truyen truoc 30/5/2026.");

    private IntakeWarmUp() {
    }

    /** Best effort: a failure here only means the first real read is slower. */
    static boolean run(DirectiveExtractor extractor) {
        try {
            extractor.extract(new DirectiveText("warm-up.docx", DirectiveFormat.DOCX, DocxTextReader.read(docx())));
            try (PDDocument pdf = Loader.loadPDF(pdf())) {
                extractor.extract(new DirectiveText("warm-up.pdf", DirectiveFormat.PDF, PdfTextReader.read(pdf)));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            LETTER.forEach(line -> document.createParagraph().createRun().setText(line));
            document.createTable(2, 2).getRow(0).getCell(0).setText("Noi nhan:");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(60, 700);
                for (String line : LETTER) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
