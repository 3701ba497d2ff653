package vn.cchcdesk.domain.period;

/** The periodic reports a commune sends: four quarters, 6 months, 9 months and the year. */
public enum PeriodKind {
    Q1(1, 3, "Q1"), Q2(4, 6, "Q2"), Q3(7, 9, "Q3"), Q4(10, 12, "Q4"),
    H1(1, 6, "H1"), M9(1, 9, "9M"), YEAR(1, 12, "");

    private final int firstMonth;
    private final int lastMonth;
    private final String codeSuffix;

    PeriodKind(int firstMonth, int lastMonth, String codeSuffix) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.codeSuffix = codeSuffix;
    }

    /** First calendar month the period covers (1 for the cumulative periods). */
    public int firstMonth() {
        return firstMonth;
    }

    /** Last calendar month; the period's deadlines fall in it. */
    public int lastMonth() {
        return lastMonth;
    }

    String codeSuffix() {
        return codeSuffix;
    }

    public boolean isQuarter() {
        return this == Q1 || this == Q2 || this == Q3 || this == Q4;
    }

    public static PeriodKind quarter(int quarter) {
        return switch (quarter) {
            case 1 -> Q1;
            case 2 -> Q2;
            case 3 -> Q3;
            case 4 -> Q4;
            default -> throw new IllegalArgumentException("No quarter " + quarter);
        };
    }
}
