package vn.cchcdesk.report.print;

import vn.cchcdesk.report.TimesMetrics;

/**
 * How wide a text prints, in points: the paginator wraps and places text by it alone, so pages
 * are laid out without a graphics toolkit (and tested without one); the preview draws each line
 * at the width measured here.
 */
@FunctionalInterface
public interface TextMeasure {

    double width(String text, TextStyle style);

    /** Times New Roman's own advance widths (italic is measured as regular: it is a little narrower). */
    static TextMeasure times() {
        return (text, style) -> TimesMetrics.width(text, style.bold()) * style.size();
    }
}
