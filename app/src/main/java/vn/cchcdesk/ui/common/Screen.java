package vn.cchcdesk.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the main window's navigation and the view behind it. */
public interface Screen {

    /** Stable identifier ("catalog"), used by tests and to navigate between screens. */
    String id();

    /** Message key of the navigation label. */
    String titleKey();

    Ikon icon();

    /** The view, built once on first display. */
    Node view();

    /** Called each time the screen is shown, e.g. to reload what other screens changed. */
    default void onShow() {
    }
}
