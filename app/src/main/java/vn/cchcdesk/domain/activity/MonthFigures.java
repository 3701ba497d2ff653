package vn.cchcdesk.domain.activity;

/**
 * One month on the website statistics panel: the visits to the CCHC section entered by the clerk
 * (null when not entered yet) beside the website articles logged as activities that month.
 */
public record MonthFigures(int year, int month, Long visits, long articles) {
}
