package vn.cchcdesk.intake;

import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Timeframe;

/**
 * One unit's part in one task of the directive.
 *
 * @param unit      the unit as written ("phòng Văn hóa - Xã hội", "các thôn"); match it to the
 *                  catalogue with {@link UnitMatcher}
 * @param task      the task's text
 * @param timeframe as written and as understood; {@link Timeframe#none()} when not given
 * @param section   the heading the task stands under ("2.1. Phòng Văn hóa - Xã hội"), or null
 */
public record ExtractedAssignment(String unit, AssignmentRole role, String task, Timeframe timeframe, String section) {

    public ExtractedAssignment {
        timeframe = timeframe == null ? Timeframe.none() : timeframe;
    }

    public ExtractedAssignment withTimeframe(Timeframe newTimeframe) {
        return new ExtractedAssignment(unit, role, task, newTimeframe, section);
    }
}
