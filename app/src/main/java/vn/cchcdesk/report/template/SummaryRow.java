package vn.cchcdesk.report.template;

/**
 * One line of Biểu 1 as values: what the sheet shows once its formulas are computed (subtotals,
 * shares and the targets met), for the screen's preview and the placeholders of a higher level's form.
 *
 * @param key    the placeholder name of the indicator ("tin_bai_website"), null for section titles
 * @param plan   Kế hoạch năm; for {@link Kind#TARGETS} the number of targets set
 * @param share  % kế hoạch as a fraction (lũy kế ÷ kế hoạch), null without a plan
 * @param rates  the completion rates of {@link Kind#RATE} (fractions, null without tasks); null on other rows
 */
public record SummaryRow(Kind kind, String key, String stt, String label, String measure, Long plan, Long current,
                         Long yearToDate, Double share, Long lastYear, String note, Rates rates) {

    public enum Kind { SECTION, GROUP, TOTAL, INDICATOR, FORM, RATE, TARGETS }

    /** Tasks done ÷ tasks followed, per span. */
    public record Rates(Double current, Double yearToDate, Double lastYear) {
    }

    public boolean isHeading() {
        return kind == Kind.SECTION || kind == Kind.GROUP || kind == Kind.TOTAL;
    }
}
