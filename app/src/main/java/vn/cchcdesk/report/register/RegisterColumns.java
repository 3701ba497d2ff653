package vn.cchcdesk.report.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.report.RegisterLine;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;

/**
 * The columns of the two registers of Phụ lục IV (DOMAIN.md §3) and what each line puts in them:
 * the one layout the workbook and any printed page follow. A printer reads the headers, the
 * relative widths and, per line, each column's value (a date, a whole number or a text) or its
 * {@link #text} as printed.
 */
public final class RegisterColumns {

    /** What a column holds: a real date, a whole number, a text, or nothing (Ký nhận, for the hand). */
    public enum Kind {
        DATE, INTEGER, TEXT, CENTRED_TEXT, BLANK
    }

    /**
     * @param width in Excel characters of Times New Roman 12; a printed page scales them to its width
     */
    public record Column(String header, double width, Kind kind, Function<RegisterLine, Object> value) {

        /** The cell as printed: dates dd/MM/yyyy, numbers 1.234. */
        public String text(RegisterLine line) {
            Object v = value.apply(line);
            if (v == null) {
                return "";
            }
            if (v instanceof LocalDate date) {
                return Formats.date(date);
            }
            if (v instanceof Integer number) {
                return Formats.integer(number);
            }
            return v.toString();
        }
    }

    private RegisterColumns() {
    }

    public static List<Column> of(Direction direction) {
        return direction == Direction.IN ? incoming() : outgoing();
    }

    /** Sổ đăng ký văn bản đến. */
    private static List<Column> incoming() {
        return List.of(
                column("documents.register.col.in.arrivalDate", 10.5, Kind.DATE, RegisterLine::arrivalDate),
                column("documents.register.col.in.arrivalNumber", 6.5, Kind.INTEGER, RegisterLine::arrivalNumber),
                column("documents.register.col.in.author", 20, Kind.TEXT, l -> l.ref().issuer()),
                column("documents.register.col.in.number", 14, Kind.CENTRED_TEXT, RegisterColumns::number),
                column("documents.register.col.in.date", 10.5, Kind.CENTRED_TEXT, l -> l.ref().issueDate().format()),
                column("documents.register.col.in.summary", 38, Kind.TEXT, l -> DocumentTexts.typeAndSummary(l.ref())),
                column("documents.register.col.in.handler", 17, Kind.TEXT, RegisterLine::handler),
                column("documents.register.col.in.transferredOn", 10.5, Kind.DATE, RegisterLine::transferredOn),
                column("documents.register.col.signed", 9, Kind.BLANK, l -> null),
                column("documents.register.col.notes", 13, Kind.TEXT, RegisterColumns::incomingNotes));
    }

    /** Sổ đăng ký văn bản đi. */
    private static List<Column> outgoing() {
        return List.of(
                column("documents.register.col.out.number", 14, Kind.CENTRED_TEXT, RegisterColumns::number),
                column("documents.register.col.out.date", 10.5, Kind.CENTRED_TEXT, l -> l.ref().issueDate().format()),
                column("documents.register.col.out.summary", 36, Kind.TEXT, l -> DocumentTexts.typeAndSummary(l.ref())),
                column("documents.register.col.out.signer", 14, Kind.TEXT, RegisterLine::signerName),
                column("documents.register.col.out.recipients", 26, Kind.TEXT, l -> String.join("\n", l.recipients())),
                column("documents.register.col.out.archive", 13, Kind.TEXT, RegisterLine::archiveHolder),
                column("documents.register.col.out.copies", 7, Kind.INTEGER, RegisterLine::copies),
                column("documents.register.col.out.transferredOn", 10.5, Kind.DATE, RegisterLine::transferredOn),
                column("documents.register.col.signed", 9, Kind.BLANK, l -> null),
                column("documents.register.col.notes", 12, Kind.TEXT, RegisterLine::notes));
    }

    private static Column column(String key, double width, Kind kind, Function<RegisterLine, Object> value) {
        return new Column(Messages.get(key), width, kind, value);
    }

    /** "1478/SNV-CCHC&VTTLT"; "/UBND-VHXH" for a copy without its number. */
    private static String number(RegisterLine line) {
        return line.ref().number() == null ? "" : line.ref().number().format();
    }

    /** The notes, and the answer when one is registered (what the follow-up register would show). */
    private static String incomingNotes(RegisterLine line) {
        String reply = line.reply() == null ? null : Messages.get("documents.register.replied", line.reply().label());
        if (line.notes() == null) {
            return reply;
        }
        return reply == null ? line.notes() : line.notes() + "\n" + reply;
    }
}
