package vn.cchcdesk.domain.plan;

/** The period a plan target's quantity is set for: "02 lần/tháng", "03 tin, bài/quý", "12 số/năm". */
public enum TargetPeriod {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    TargetPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** How many such periods a year holds. */
    public int perYear() {
        return 12 / months;
    }
}
