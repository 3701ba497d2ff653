package vn.cchcdesk.domain.report;

/** One indicator in the three spans of {@link ReportWindows}. */
public record Figures(long current, long yearToDate, long lastYear) {

    public static final Figures ZERO = new Figures(0, 0, 0);

    public Figures plus(Figures other) {
        return new Figures(current + other.current, yearToDate + other.yearToDate, lastYear + other.lastYear);
    }

    public boolean isZero() {
        return current == 0 && yearToDate == 0 && lastYear == 0;
    }
}
