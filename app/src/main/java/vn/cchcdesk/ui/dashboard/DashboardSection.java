package vn.cchcdesk.ui.dashboard;

import javafx.scene.Node;

/**
 * One block of the start screen (deadlines, later charts of activities and targets). Each section
 * loads its own data when the screen is shown, so sections can be added without touching others.
 */
public interface DashboardSection {

    /** Built once, the first time the start screen is shown. */
    Node view();

    /** Called each time the start screen is shown: reload (the clock may have moved). */
    void refresh();
}
