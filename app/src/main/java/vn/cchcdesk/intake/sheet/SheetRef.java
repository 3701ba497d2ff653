package vn.cchcdesk.intake.sheet;

/** A sheet of a workbook: how the reader finds it, its tab name, whether the clerk can see it. */
record SheetRef(String id, String name, State state) {

    enum State { VISIBLE, HIDDEN, VERY_HIDDEN }

    boolean visible() {
        return state == State.VISIBLE;
    }
}
