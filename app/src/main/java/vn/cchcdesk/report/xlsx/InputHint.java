package vn.cchcdesk.report.xlsx;

/**
 * What Excel says about a cell that checks its input: the note shown when the cell is selected
 * and the message of the box that refuses a wrong value.
 *
 * @param title      the note's title (the column's name)
 * @param prompt     the note: what to type
 * @param errorTitle the refusal box's title
 * @param error      the refusal: what was wrong and what to type instead
 */
public record InputHint(String title, String prompt, String errorTitle, String error) {
}
