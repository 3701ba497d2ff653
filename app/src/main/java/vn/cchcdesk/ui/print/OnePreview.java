package vn.cchcdesk.ui.print;

import java.util.HashMap;
import java.util.Map;
import javafx.stage.Window;

/**
 * One print preview per window, in the one place every In… goes through: while a preview is
 * being prepared for a window, or is shown over it, another In… on that window does nothing (a
 * double click opened two). Kept in the window's own properties, so a new window starts free.
 * FX thread only.
 */
final class OnePreview {

    private static final String KEY = OnePreview.class.getName();
    /** For previews without an owner window. */
    private static final Map<Object, Object> OWNERLESS = new HashMap<>();
    private static final Object PREPARING = new Object();

    private OnePreview() {
    }

    /** Takes the window for a preview about to be prepared; false when it already has one. */
    static boolean claim(Window owner) {
        Object held = of(owner).get(KEY);
        // a preview window closed counts as none, whatever became of its hidden event
        if (held == PREPARING) {
            return false;
        }
        if (held instanceof Window shown && shown.isShowing()) {
            // the clerk asked for it again: the one open comes to the front
            if (shown instanceof javafx.stage.Stage stage) {
                stage.toFront();
            }
            return false;
        }
        of(owner).put(KEY, PREPARING);
        return true;
    }

    /** The preview is shown: the window stays taken until it closes. */
    static void shown(Window owner, Window preview) {
        of(owner).put(KEY, preview);
        preview.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && of(owner).get(KEY) == preview) {
                of(owner).remove(KEY);
            }
        });
    }

    /** The preparing ended without a preview (failed, cancelled): the window is free again. */
    static void unlessShown(Window owner) {
        if (of(owner).get(KEY) == PREPARING) {
            of(owner).remove(KEY);
        }
    }

    private static Map<Object, Object> of(Window owner) {
        return owner == null ? OWNERLESS : owner.getProperties();
    }
}
