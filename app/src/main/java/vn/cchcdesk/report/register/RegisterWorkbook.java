package vn.cchcdesk.report.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.xlsx.OfficialBlocks;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * A register as a workbook: its cover (the body above and the commune, the register's name, the
 * year, the date range and the first and last number) on the first sheet, the register itself on
 * the second, the column headers repeated on every printed page. A4 landscape, Times New Roman,
 * "Trang 1/3" in the footer (report.xlsx).
 */
public final class RegisterWorkbook {

    private RegisterWorkbook() {
    }

    /** Writes the register to a file (whole or not at all). */
    public static void write(DocumentRegister register, Path file) {
        try (XlsxBook book = XlsxBook.create()) {
            cover(book, register);
            lines(book, register);
            book.save(file);
        }
    }

    private static boolean incoming(DocumentRegister register) {
        return register.direction() == Direction.IN;
    }

    private static String title(DocumentRegister register) {
        return Messages.get(incoming(register) ? "documents.register.title.in" : "documents.register.title.out");
    }

    private static void cover(XlsxBook book, DocumentRegister register) {
        XlsxSheet sheet = book.sheet(Messages.get("documents.register.coverSheet"), Page.LANDSCAPE).columns(140);
        XlsxStyles s = sheet.styles();
        String province = register.commune().provinceName();
        sheet.line(OfficialBlocks.upper(Messages.get("documents.register.parent", province)), s.custom(14, "", HorizontalAlignment.CENTER, false, null));
        sheet.line(OfficialBlocks.upper(Messages.get("documents.form.communeIssuer", register.commune().communeName())),
                s.custom(14, "b", HorizontalAlignment.CENTER, false, null));
        sheet.skip(6);
        sheet.line(title(register), s.custom(26, "b", HorizontalAlignment.CENTER, false, null));
        sheet.skip(1);
        CellStyle facts = s.custom(16, "", HorizontalAlignment.CENTER, false, null);
        sheet.line(Messages.get("documents.register.year", register.yearText()), s.custom(18, "b", HorizontalAlignment.CENTER, false, null));
        sheet.line(span(register), facts);
        sheet.line(register.numbers()
                .map(n -> Messages.get("documents.register.numbers", Formats.integer(n.first()), Formats.integer(n.last())))
                .orElse(Messages.get("documents.register.noNumbers")), facts);
        sheet.line(Messages.get("documents.register.count", Formats.integer(register.lines().size())), facts);
    }

    private static String span(DocumentRegister register) {
        return Messages.get("documents.register.span", Formats.date(register.range().from()), Formats.date(register.range().to()));
    }

    private static void lines(XlsxBook book, DocumentRegister register) {
        List<RegisterColumns.Column> columns = RegisterColumns.of(register.direction());
        String name = Messages.get(incoming(register) ? "documents.register.sheet.in" : "documents.register.sheet.out",
                register.yearText());
        XlsxSheet sheet = book.sheet(name, Page.LANDSCAPE).columns(columns.stream().mapToDouble(RegisterColumns.Column::width).toArray());
        XlsxStyles s = sheet.styles();
        sheet.title(title(register));
        sheet.subtitle(register.wholeYear() ? Messages.get("documents.register.year", register.yearText()) : span(register));
        sheet.skip(1);
        sheet.tableHeader(columns.stream().map(RegisterColumns.Column::header).toArray(String[]::new));
        String[] numbers = new String[columns.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = "(" + (i + 1) + ")";
        }
        sheet.columnNumbers(numbers);
        sheet.freezeHeader();
        for (RegisterLine line : register.lines()) {
            XlsxRow row = sheet.row();
            for (RegisterColumns.Column column : columns) {
                cell(row, column, line, s);
            }
        }
        if (register.lines().isEmpty()) {
            sheet.row().span(Messages.get("documents.register.empty"), s.textItalic(), columns.size());
        }
    }

    private static void cell(XlsxRow row, RegisterColumns.Column column, RegisterLine line, XlsxStyles s) {
        Object value = column.value().apply(line);
        switch (column.kind()) {
            case DATE -> row.date((LocalDate) value, s.date());
            case INTEGER -> row.integer(value == null ? null : ((Integer) value).longValue(), s.centre());
            case CENTRED_TEXT -> row.text(column.text(line), s.centre());
            case TEXT -> row.text(column.text(line), s.text());
            case BLANK -> row.blank(1, s.text());
        }
    }
}
