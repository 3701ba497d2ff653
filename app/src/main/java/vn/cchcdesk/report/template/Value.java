package vn.cchcdesk.report.template;

import vn.cchcdesk.domain.text.Formats;

/**
 * What a placeholder is filled with: a number (written as a number when the placeholder is the
 * cell's whole text, so the template's own number format and formulas apply), a share (a
 * fraction, written as a number in a cell formatted as %, else as "25%"), or text.
 */
public record Value(Kind kind, Number number, String text) {

    public enum Kind { NUMBER, SHARE, TEXT }

    public static Value number(long n) {
        return new Value(Kind.NUMBER, n, Formats.integer(n));
    }

    /** A number, blank when there is none (no plan). */
    public static Value number(Long n) {
        return n == null ? text("") : number(n.longValue());
    }

    /** A fraction, blank when there is none. */
    public static Value share(Double fraction) {
        return fraction == null ? text("") : new Value(Kind.SHARE, fraction, Formats.integer(Math.round(fraction * 100)) + "%");
    }

    public static Value text(String text) {
        return new Value(Kind.TEXT, null, text == null ? "" : text);
    }
}
