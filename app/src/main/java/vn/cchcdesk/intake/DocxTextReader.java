package vn.cchcdesk.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A .docx directive: body paragraphs and tables in document order (POI XWPF). */
final class DocxTextReader {

    private DocxTextReader() {
    }

    /** @throws IOException and POI's runtime exceptions for files that are no Word document */
    static List<TextBlock> read(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<TextBlock> blocks = new ArrayList<>();
            ListNumbering numbering = new ListNumbering();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    blocks.add(new TextBlock.Paragraph(List.of(text(paragraph, numbering).split("\n", -1))));
                } else if (element instanceof XWPFTable table) {
                    blocks.add(table(table, numbering));
                } else if (element instanceof XWPFSDT sdt) {
                    blocks.add(new TextBlock.Paragraph(List.of(sdt.getContent().getText().split("\n", -1))));
                }
            }
            return blocks;
        }
    }

    private static String text(XWPFParagraph paragraph, ListNumbering numbering) {
        String marker = numbering.next(paragraph.getNumID(), paragraph.getNumIlvl(),
                paragraph.getNumFmt(), paragraph.getNumLevelText());
        return marker + paragraph.getText();
    }

    private static TextBlock.Table table(XWPFTable table, ListNumbering numbering) {
        List<List<TextBlock.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<TextBlock.Cell> cells = new ArrayList<>();
            List<XWPFTableCell> tableCells = row.getTableCells();
            for (int i = 0; i < tableCells.size(); i++) {
                XWPFTableCell cell = tableCells.get(i);
                if (continuesMerge(cell) && !rows.isEmpty() && i < rows.get(rows.size() - 1).size()) {
                    cells.add(rows.get(rows.size() - 1).get(i));
                } else {
                    cells.add(new TextBlock.Cell(cellParagraphs(cell, numbering)));
                }
            }
            rows.add(cells);
        }
        return new TextBlock.Table(rows);
    }

    private static List<String> cellParagraphs(XWPFTableCell cell, ListNumbering numbering) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(text(paragraph, numbering));
            } else if (element instanceof XWPFTable nested) {
                // A table inside a cell is rare in directives: its text is kept, cell by cell.
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        paragraphs.addAll(cellParagraphs(inner, numbering));
                    }
                }
            }
        }
        return paragraphs;
    }

    /** A cell merged vertically with the one above (w:vMerge without "restart"). */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        return properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE;
    }
}
