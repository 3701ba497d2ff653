package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.FileViewer;

/**
 * The entry form, made to be used without the mouse: Enter moves to the next field (taking the
 * highlighted suggestion on the way), Ctrl+Enter saves and starts the next activity with the same
 * unit, form and date, Ctrl+S saves, Ctrl+D repeats the last activity saved, Ctrl+N starts afresh.
 */
final class ActivityEntryView extends VBox {

    private final ActivityEntryViewModel model;
    private final DatePicker date = Controls.datePicker();
    private final SuggestField<Unit> unit = SuggestField.choice(Unit::name);
    private final SuggestField<PublicityForm> form = SuggestField.choice(PublicityForm::name);
    private final SuggestField<String> title = SuggestField.free();
    private final SuggestField<LinkChoice> linkTo = SuggestField.choice(LinkChoice::label);
    private final EntryGrid grid;
    private final Button save = new Button(Messages.get("activities.entry.save"));

    ActivityEntryView(ActivityEntryViewModel model, FileViewer viewer) {
        super(10);
        this.model = model;
        setId("activityEntry");
        getStyleClass().add("activity-entry");
        setPadding(new Insets(12, 14, 12, 14));
        grid = new EntryGrid(model.errors().map());

        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        unit.valueProperty().bindBidirectional(model.unitProperty());
        unit.setSource((text, result) -> result.accept(model.suggestions().unitsMatching(text)));
        unit.field().setPromptText(Messages.get("activities.entry.unitPrompt"));
        form.valueProperty().bindBidirectional(model.formProperty());
        form.setSource((text, result) -> result.accept(model.suggestions().formsMatching(text)));
        form.field().setPromptText(Messages.get("activities.entry.formPrompt"));
        title.field().textProperty().bindBidirectional(model.titleProperty());
        title.setSource(model.suggestions()::titlesMatching);
        title.field().setPromptText(Messages.get("activities.entry.titlePrompt"));
        linkTo.valueProperty().bindBidirectional(model.linkToProperty());
        linkTo.setSource(model.suggestions()::linksMatching);
        linkTo.field().setPromptText(Messages.get("activities.entry.linkToPrompt"));

        TextField quantity = bound(model.quantityProperty());
        Label measure = new Label();
        measure.setId("measureUnit");
        measure.getStyleClass().add(Styles.TEXT_MUTED);
        measure.textProperty().bind(model.measureUnit());
        measure.setMinWidth(Region.USE_PREF_SIZE);
        quantity.setPrefColumnCount(6);
        TextField duration = bound(model.durationProperty());
        TextField participants = bound(model.participantsProperty());
        TextField link = bound(model.linkProperty());
        link.setPromptText(Messages.get("activities.entry.linkPrompt"));
        TextField notes = bound(model.notesProperty());

        grid.add("date", "activities.field.date", date, date);
        grid.add("unit", "activities.field.unit", unit.field(), unit);
        grid.add("form", "activities.field.form", form.field(), form);
        grid.add("title", "activities.field.title", title.field(), title);
        grid.add("quantity", "activities.field.quantity", quantity, quantity, measure);
        grid.add("durationMinutes", "activities.field.duration", duration, duration, muted("activities.field.minutes"));
        grid.add("participants", "activities.field.participants", participants, participants, muted("activities.field.people"));
        grid.add("link", "activities.field.link", link, link);
        grid.add("task", "activities.field.linkTo", linkTo.field(), linkTo);
        grid.add("notes", "activities.field.notes", notes, notes);
        model.errors().map().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.wasAdded() && "planTarget".equals(c.getKey())) {
                model.errors().map().putIfAbsent("task", c.getValueAdded());
            }
        });

        save.setId("activitySave");
        save.setDefaultButton(false);
        save.getStyleClass().add(Styles.ACCENT);
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setOnAction(e -> model.save(false));
        save.setTooltip(new Tooltip(Messages.get("activities.entry.saveTip")));
        Button saveNext = new Button(Messages.get("activities.entry.saveNext"));
        saveNext.setId("activitySaveNext");
        saveNext.setGraphic(new FontIcon(MaterialDesignP.PLAYLIST_PLUS));
        saveNext.setOnAction(e -> saveAndNext());
        Button repeat = new Button(Messages.get("activities.entry.repeat"));
        repeat.setId("activityRepeat");
        repeat.setGraphic(new FontIcon(MaterialDesignR.REPEAT));
        repeat.setTooltip(new Tooltip(Messages.get("activities.entry.repeatTip")));
        repeat.setOnAction(e -> repeatLast());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, saveNext, repeat);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(save, saveNext, repeat)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setId("activityEntryHeading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(model.editingProperty().get() == null
                ? "activities.entry.new" : "activities.entry.edit"), model.editingProperty()));
        // the keys in a tooltip on a keyboard sign beside the heading: the form needs its height for the fields
        Label keys = new Label(null, new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignK.KEYBOARD_OUTLINE));
        keys.setId("activityKeysHelp");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        Tooltip keysTip = new Tooltip(Messages.get("activities.entry.keys"));
        keysTip.setWrapText(true);
        keysTip.setMaxWidth(360);
        keys.setTooltip(keysTip);
        keysTip.setShowDelay(javafx.util.Duration.millis(200));
        Region headingGrow = new Region();
        javafx.scene.layout.HBox.setHgrow(headingGrow, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox headingLine = new javafx.scene.layout.HBox(8, heading, headingGrow, keys);
        headingLine.setAlignment(Pos.CENTER_LEFT);

        EvidenceView files = new EvidenceView(model, viewer);
        getChildren().addAll(headingLine, grid, buttons, files);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** The form in a scroll pane, for the side of the list. */
    ScrollPane scrolling() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("activity-entry-scroll");
        return scroll;
    }

    private static TextField bound(javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label muted(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            saveAndNext();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isAltDown()) {
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            if (focus instanceof Button button) {
                button.fire();
                e.consume();
                return;
            }
            commit(focus);
            next(focus);
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            commit(getScene().getFocusOwner());
            model.save(false);
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
            repeatLast();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
            startNew();
            e.consume();
        }
    }

    /** Takes what the focused field holds: the highlighted suggestion, the date typed. */
    private void commit(Node focus) {
        if (focus instanceof TextInputControl input && input.getProperties().get(SuggestField.KEY) instanceof SuggestField<?> s) {
            s.accept();
        }
        if (focus == date.getEditor() || focus == date) {
            String text = date.getEditor().getText();
            date.setValue(date.getConverter().fromString(text));
        }
    }

    private void next(Node focus) {
        List<Node> order = grid.order();
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            if (n == focus || (n == date && focus == date.getEditor())) {
                at = i;
            }
        }
        if (at < 0 || at == order.size() - 1) {
            save.requestFocus();
        } else {
            order.get(at + 1).requestFocus();
        }
    }

    private void saveAndNext() {
        commit(getScene() == null ? null : getScene().getFocusOwner());
        model.save(true);
        title.field().requestFocus();
    }

    private void repeatLast() {
        if (model.repeatLast()) {
            title.field().requestFocus();
            title.field().selectAll();
        }
    }

    /** A fresh form, the date field focused. */
    void startNew() {
        model.startNew();
        date.requestFocus();
    }

    void focusFirst() {
        date.requestFocus();
    }
}
