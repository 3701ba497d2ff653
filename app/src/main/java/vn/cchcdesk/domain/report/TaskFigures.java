package vn.cchcdesk.domain.report;

/** Tasks followed in each span, and how many of them were done, in progress (in time) or overdue. */
public record TaskFigures(Figures total, Figures done, Figures inProgress, Figures overdue) {
}
