package vn.cchcdesk.ui.documents;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.HandlingFilter;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.print.RegisterPrint;
import vn.cchcdesk.store.document.RegisterBooks;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.print.PrintPreviewDialog;

/**
 * The two rows above the register: the direction switch, search box, Đọc văn bản từ tệp… and Thêm
 * văn bản; then the filters, with printing and exporting the register books.
 */
final class RegisterToolbar {

    private final DocumentsViewModel model;
    private final RegisterBooks registers;
    private final FileViewer viewer;
    private final UiContext ui;

    RegisterToolbar(DocumentsViewModel model, RegisterBooks registers, FileViewer viewer, UiContext ui) {
        this.model = model;
        this.registers = registers;
        this.viewer = viewer;
        this.ui = ui;
    }

    /** The dialogs it opens belong to the table's window. */
    Node build(RegisterTable table, Runnable startNew, Runnable pickFiles) {
        VBox bar = new VBox(10, actions(startNew, pickFiles), filters(table));
        bar.getStyleClass().add("documents-toolbar");
        bar.setPadding(new Insets(14, 12, 10, 12));
        return bar;
    }

    private Node actions(Runnable startNew, Runnable pickFiles) {
        ToggleGroup group = new ToggleGroup();
        HBox directions = new HBox();
        directions.getStyleClass().add("direction-switch");
        directions.getChildren().add(directionButton(group, null, Messages.get("documents.direction.all")));
        for (Direction d : Direction.values()) {
            directions.getChildren().add(directionButton(group, d, EnumLabels.label("documents.directionPlural", d)));
        }
        model.directionProperty().addListener((obs, old, d) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == d).findFirst().ifPresent(t -> t.setSelected(true)));

        CustomTextField search = new CustomTextField();
        search.setId("documentsSearch");
        search.setPromptText(Messages.get("documents.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        // at 1280 px the hint ends in "(gõ kh…": the whole of it on hover
        search.setTooltip(new Tooltip(Messages.get("documents.searchPrompt")));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.get("documents.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("documentsAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> startNew.run());
        Button read = new Button(Messages.get("documents.intake.pick"), new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        read.setId("documentsRead");
        read.setTooltip(new Tooltip(Messages.get("documents.intake.pick.tooltip")));
        read.setOnAction(e -> pickFiles.run());
        read.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        directions.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(140);
        HBox first = new HBox(12, directions, search, read, add);
        first.setAlignment(Pos.CENTER_LEFT);
        // in a narrow window "Đọc văn bản từ tệp…" gives way to its icon (its tooltip says it), not the search box
        first.widthProperty().addListener((obs, old, width) -> read.setContentDisplay(
                width.doubleValue() < 860 ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        return first;
    }

    private Node filters(RegisterTable table) {
        ComboBox<?> type = FilterBox.of("filterType", model.types(), model.typeProperty(), t -> t.fullName(), "documents.filter.allTypes");
        ComboBox<?> issuer = FilterBox.of("filterIssuer", model.issuers(), model.issuerProperty(), s -> s, "documents.filter.allIssuers");
        ComboBox<?> year = FilterBox.of("filterYear", model.years(), model.yearProperty(), String::valueOf, "documents.filter.allYears");
        ComboBox<?> handling = FilterBox.of("filterHandling", FXCollections.observableArrayList(HandlingFilter.values()),
                model.handlingProperty(), h -> EnumLabels.label("documents.handlingFilter", h), "documents.filter.allHandling");
        Button clear = new Button(Messages.get("documents.filter.clear"));
        clear.setId("filterClear");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> model.query().isUnfiltered(),
                model.directionProperty(), model.typeProperty(), model.issuerProperty(), model.yearProperty(),
                model.handlingProperty(), model.searchProperty()));
        Label filterLabel = new Label(Messages.get("documents.filter.label"));
        filterLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button(Messages.get("documents.export.open"), new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
        export.setId("documentsExport");
        export.getStyleClass().add(Styles.FLAT);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip(Messages.get("documents.export.open.tooltip")));
        export.setOnAction(e -> new RegisterExportDialog(window(table), exportModel(), List.copyOf(model.years())).show());
        // the printer alone, its name in the tooltip: the filters of this row have no room to spare
        Button print = new Button(Messages.get("print.register.open"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("documentsPrint");
        print.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        print.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setTooltip(new Tooltip(Messages.get("print.register.open.tooltip")));
        print.setOnAction(e -> new RegisterExportDialog(window(table), exportModel(), List.copyOf(model.years()),
                reading -> PrintPreviewDialog.show(ui, window(table), () -> RegisterPrint.of(reading.get()))).show());
        // fixed widths that show the "Mọi …" entries whole and do not jump with the choice; where the
        // window is too narrow for them all in a line the filters wrap, printing and export stay whole
        fixWidth(type, 165);
        fixWidth(issuer, 215);
        fixWidth(year, 110);
        fixWidth(handling, 150);
        filterLabel.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane chosen = new FlowPane(8, 8, filterLabel, type, issuer, year, handling, clear);
        chosen.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        HBox second = new HBox(8, chosen, print, export);
        second.setAlignment(Pos.TOP_LEFT);
        return second;
    }

    private static void fixWidth(Region control, double width) {
        control.setPrefWidth(width);
        control.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The books of the direction and year being looked at. */
    private RegisterExportViewModel exportModel() {
        return new RegisterExportViewModel(registers, viewer, ui, model.directionProperty().get(), model.yearProperty().get());
    }

    private static Window window(RegisterTable table) {
        return table.getScene().getWindow();
    }

    private ToggleButton directionButton(ToggleGroup group, Direction direction, String label) {
        ToggleButton button = new ToggleButton(label);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("direction-" + (direction == null ? "ALL" : direction.name()));
        button.setUserData(direction);
        button.setToggleGroup(group);
        button.setSelected(direction == model.directionProperty().get());
        button.setMnemonicParsing(false);
        List<String> pill = List.of(direction == null ? Styles.LEFT_PILL : direction == Direction.INTERNAL ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        button.getStyleClass().addAll(pill);
        button.setOnAction(e -> {
            // a toggle group lets the selected one be clicked off: keep one chosen
            button.setSelected(true);
            model.directionProperty().set(direction);
        });
        return button;
    }
}
