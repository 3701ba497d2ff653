package vn.cchcdesk.domain.report;

import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.ParChannel;

/**
 * What one publicity form achieved: quantities in its unit of measure, the number of
 * activities logged, participants and minutes, against the year's plan.
 *
 * @param annualPlan the plan's target for the year (a monthly target × 12, a quarterly one × 4),
 *                   null when no plan sets one
 */
public record FormFigures(long formId, String code, String name, String measureUnit, FormGroup group, ParChannel channel,
                          Long annualPlan, Figures quantity, Figures activities, Figures participants, Figures minutes) {

    /** Share of the year's plan reached so far, 0..; empty without a plan. */
    public java.util.OptionalDouble planShare() {
        return annualPlan == null || annualPlan == 0 ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of((double) quantity.yearToDate() / annualPlan);
    }
}
