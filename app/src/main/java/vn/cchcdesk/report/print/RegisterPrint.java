package vn.cchcdesk.report.print;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.register.RegisterColumns;
import vn.cchcdesk.report.xlsx.OfficialBlocks;

/**
 * A register printed as its workbook prints (RegisterWorkbook): the cover on the first page (the
 * body above and the commune, the register's name, the year, the dates, the first and last
 * number), then the register's title and span and the table of {@link RegisterColumns}, its
 * header and column numbers repeated on every page, A4 landscape.
 */
public final class RegisterPrint {

    private RegisterPrint() {
    }

    public static PrintDocument of(DocumentRegister register) {
        List<RegisterColumns.Column> columns = RegisterColumns.of(register.direction());
        PrintTable.Builder table = PrintTable.builder();
        for (RegisterColumns.Column column : columns) {
            table.column(column.width(), style(column.kind()));
        }
        table.header(columns.stream().map(RegisterColumns.Column::header).toArray(String[]::new));
        table.numberedColumns();
        for (RegisterLine line : register.lines()) {
            table.row(columns.stream().map(c -> c.text(line)).toArray(String[]::new));
        }
        if (register.lines().isEmpty()) {
            table.row(List.of(PrintTable.span(Messages.get("documents.register.empty"), columns.size(), TextStyle.plain().inItalic())));
        }
        List<Block> top = List.of(PrintFrames.title(title(register), 0),
                PrintFrames.subtitles(register.wholeYear() ? Messages.get("documents.register.year", register.yearText()) : span(register)),
                Block.of(6));
        String name = Messages.get("print.register.name", Messages.get(register.direction() == Direction.IN
                ? "documents.register.name.IN" : "documents.register.name.OUT"), register.wholeYear() ? register.yearText() : span(register));
        return new PrintDocument(name, PageSetup.Orientation.LANDSCAPE, cover(register), top, table.build(), List.of());
    }

    /** How a column's cells print: numbers and dates centred, as the workbook's styles put them. */
    static TextStyle style(RegisterColumns.Kind kind) {
        return switch (kind) {
            case DATE, INTEGER, CENTRED_TEXT -> TextStyle.centre();
            case TEXT, BLANK -> TextStyle.plain();
        };
    }

    private static List<Block> cover(DocumentRegister register) {
        TextStyle centre = TextStyle.centre();
        List<Block> cover = new ArrayList<>();
        cover.add(Block.of(0,
                BlockLine.of(OfficialBlocks.upper(Messages.get("documents.register.parent", register.commune().provinceName())),
                        centre.sized(14)),
                new BlockLine(OfficialBlocks.upper(Messages.get("documents.form.communeIssuer", register.commune().communeName())),
                        centre.inBold().sized(14), 0.4)));
        cover.add(Block.of(110, BlockLine.of(title(register), centre.inBold().sized(26))));
        cover.add(Block.of(20,
                BlockLine.of(Messages.get("documents.register.year", register.yearText()), centre.inBold().sized(18)),
                BlockLine.of(span(register), centre.sized(16)),
                BlockLine.of(register.numbers()
                        .map(n -> Messages.get("documents.register.numbers", Formats.integer(n.first()), Formats.integer(n.last())))
                        .orElse(Messages.get("documents.register.noNumbers")), centre.sized(16)),
                BlockLine.of(Messages.get("documents.register.count", Formats.integer(register.lines().size())), centre.sized(16))));
        return cover;
    }

    private static String title(DocumentRegister register) {
        return Messages.get(register.direction() == Direction.IN ? "documents.register.title.in" : "documents.register.title.out");
    }

    private static String span(DocumentRegister register) {
        return Messages.get("documents.register.span", Formats.date(register.range().from()), Formats.date(register.range().to()));
    }
}
