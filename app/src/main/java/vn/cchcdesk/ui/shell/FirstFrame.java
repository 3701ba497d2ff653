package vn.cchcdesk.ui.shell;

import javafx.animation.AnimationTimer;

/** Runs an action once the window's first frame has been drawn: at the start of the second pulse. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
