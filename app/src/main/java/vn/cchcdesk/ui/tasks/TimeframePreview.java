package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.task.DueDates;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * What the app understands of a time frame as the clerk types it: its kind and due dates
 * ("Định kỳ hằng quý · hạn 05/03, 05/06, 05/09, 05/12/2026"), and a warning for any due date on a
 * weekend or holiday.
 */
public final class TimeframePreview {

    private static final int LISTED = 4;

    private final Supplier<WorkingCalendar> calendar;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    TimeframePreview(Supplier<WorkingCalendar> calendar) {
        this.calendar = calendar;
    }

    void update(Timeframe timeframe, int year) {
        if (timeframe.isNone()) {
            summary.set(Messages.get("tasks.timeframe.none"));
            warning.set("");
            return;
        }
        List<LocalDate> dates = DueDates.of(timeframe, year);
        String kind = timeframe.kind() == TimeframeKind.PERIODIC
                ? EnumLabels.label("tasks.recurrence", timeframe.recurrence())
                : EnumLabels.label("tasks.timeframeKind", timeframe.kind());
        if (dates.isEmpty()) {
            summary.set(Messages.get("tasks.timeframe.noDate", kind));
        } else {
            String listed = dates.stream().limit(LISTED).map(Formats::date).collect(Collectors.joining(", "));
            String more = dates.size() > LISTED ? Messages.get("tasks.timeframe.more", dates.size() - LISTED) : "";
            summary.set(Messages.get("tasks.timeframe.summary", kind, listed + more));
        }
        WorkingCalendar cal = calendar.get();
        warning.set(dates.stream().map(d -> TaskLabels.dayOff(d, cal)).flatMap(Optional::stream)
                .collect(Collectors.joining("\n")));
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Empty when every due date is a working day. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
