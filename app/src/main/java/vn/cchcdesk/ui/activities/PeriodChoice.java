package vn.cchcdesk.ui.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.i18n.Messages;

/** An entry of the period filter: every date, a reporting period (cut off as the settings say), or dates picked by hand. */
public record PeriodChoice(Kind kind, ReportingPeriod period) {

    /** What the choice stands for. */
    public enum Kind {
        ALL, PERIOD, CUSTOM
    }

    public static final PeriodChoice ALL = new PeriodChoice(Kind.ALL, null);
    public static final PeriodChoice CUSTOM = new PeriodChoice(Kind.CUSTOM, null);

    public static PeriodChoice of(ReportingPeriod period) {
        return new PeriodChoice(Kind.PERIOD, period);
    }

    /** Every date, the periods of this reporting year and the last, and dates picked by hand. */
    static List<PeriodChoice> offered(LocalDate today, CutoffRule rule) {
        int year = ReportingPeriod.quarterOf(today, rule).year();
        List<PeriodChoice> choices = new ArrayList<>(List.of(PeriodChoice.ALL));
        for (int y = year; y >= year - 1; y--) {
            ReportingPeriod.allOf(y).forEach(p -> choices.add(PeriodChoice.of(p)));
        }
        choices.add(PeriodChoice.CUSTOM);
        return choices;
    }

    public String label() {
        return switch (kind) {
            case ALL -> Messages.get("activities.period.all");
            case CUSTOM -> Messages.get("activities.period.custom");
            case PERIOD -> switch (period.kind()) {
                case Q1, Q2, Q3, Q4 -> Messages.get("activities.period.quarter", period.quarterRoman(), period.year());
                case H1 -> Messages.get("activities.period.half", period.year());
                case M9 -> Messages.get("activities.period.nineMonths", period.year());
                case YEAR -> Messages.get("activities.period.year", period.year());
            };
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
