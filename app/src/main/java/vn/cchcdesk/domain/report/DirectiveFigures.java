package vn.cchcdesk.domain.report;

/**
 * Direction of the work (DOMAIN.md §8 section I): directives received from above (by arrival
 * date), plans issued by the commune, and its other directing documents (decisions, letters,
 * notices; its own reports are not counted).
 */
public record DirectiveFigures(Figures received, Figures plansIssued, Figures othersIssued) {
}
