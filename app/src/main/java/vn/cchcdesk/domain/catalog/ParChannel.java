package vn.cchcdesk.domain.catalog;

/** The parts of the PAR variety criterion (DOMAIN.md §7) a publicity form counts for. */
public enum ParChannel {
    ELECTRONIC_BOARD(FormGroup.ONLINE),
    WEB_SOCIAL(FormGroup.ONLINE),
    TRADITIONAL(FormGroup.TRADITIONAL);

    private final FormGroup group;

    ParChannel(FormGroup group) {
        this.group = group;
    }

    public FormGroup group() {
        return group;
    }
}
