package vn.cchcdesk.intake.sheet;

/**
 * One cell's value as the file stores it: text, a number (dates are numbers with a date format),
 * a true/false, or an error (#N/A). For a formula, the value Excel last calculated.
 *
 * @param column 0-based
 * @param text   the text of a text cell, the ISO date of an ISO-dated cell, the code of an error
 */
record Cell(int column, Kind kind, String text, double number, boolean dateFormatted) {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    static Cell text(int column, String text) {
        return new Cell(column, Kind.TEXT, text, 0, false);
    }

    static Cell number(int column, double number, boolean dateFormatted) {
        return new Cell(column, Kind.NUMBER, null, number, dateFormatted);
    }

    static Cell bool(int column, boolean value) {
        return new Cell(column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, false);
    }

    static Cell error(int column, String code) {
        return new Cell(column, Kind.ERROR, code, 0, false);
    }

    /** No value worth reading: nothing but spaces. */
    boolean isBlank() {
        return kind == Kind.TEXT && (text == null || text.isBlank());
    }

    Cell at(int newColumn) {
        return new Cell(newColumn, kind, text, number, dateFormatted);
    }

    /** The value as the clerk sees it in a header or a text field. */
    String display() {
        return switch (kind) {
            case TEXT, ERROR, BOOLEAN -> text == null ? "" : text;
            case NUMBER -> number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number) : Double.toString(number);
        };
    }
}
