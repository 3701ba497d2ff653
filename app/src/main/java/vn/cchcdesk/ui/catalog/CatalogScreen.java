package vn.cchcdesk.ui.catalog;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FormGrid;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/** Danh mục: the units of the commune, the bodies that issue documents, the publicity forms. */
public final class CatalogScreen implements Screen {

    private final UnitsViewModel units;
    private final BodiesViewModel bodies;
    private final FormsViewModel forms;

    public CatalogScreen(CatalogService catalog, UiContext ui) {
        this.units = new UnitsViewModel(catalog, ui);
        this.bodies = new BodiesViewModel(catalog, ui);
        this.forms = new FormsViewModel(catalog, ui);
    }

    @Override
    public String id() {
        return "catalog";
    }

    @Override
    public String titleKey() {
        return "shell.nav.catalog";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE;
    }

    @Override
    public Node view() {
        TabPane tabs = new TabPane(
                tab("catalog.units", unitsTab()),
                tab("catalog.bodies", bodiesTab()),
                tab("catalog.forms", formsTab()));
        tabs.setId("catalogTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    @Override
    public void onShow() {
        units.load();
        bodies.load();
        forms.load();
    }

    private static Tab tab(String titleKey, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(titleKey.replace('.', '-'));
        return tab;
    }

    private Node unitsTab() {
        TableView<Unit> table = new TableView<>();
        table.getColumns().add(Columns.text("catalog.unit.name", Unit::name));
        table.getColumns().add(Columns.text("catalog.unit.shortName", Unit::shortName));
        table.getColumns().add(Columns.text("catalog.unit.kind", u -> EnumLabels.label("catalog.unitKind", u.kind())));
        table.getColumns().add(Columns.text("catalog.active", u -> Messages.get(u.active() ? "common.yes" : "common.no")));
        Columns.weights(table, 3.2, 1, 1.6, 1);
        // "Tên viết tắt", "Cơ quan chuyên môn" and "Đang sử dụng" read whole; a long name gives way first
        Columns.minWidths(table, 120, 118, 162, 132);

        FormGrid form = new FormGrid(units.errors().map());
        form.add("name", "catalog.unit.name", new TextField()).textProperty().bindBidirectional(units.nameProperty());
        form.add("shortName", "catalog.unit.shortName", new TextField()).textProperty().bindBidirectional(units.shortNameProperty());
        ComboBox<UnitKind> kind = form.add("kind", "catalog.unit.kind", EnumLabels.comboBox("catalog.unitKind", UnitKind.class));
        kind.valueProperty().bindBidirectional(units.kindProperty());
        TextArea aliases = form.add("aliases", "catalog.unit.aliases", new TextArea());
        aliases.setPrefRowCount(3);
        aliases.setPromptText(Messages.get("catalog.unit.aliases.prompt"));
        aliases.textProperty().bindBidirectional(units.aliasesProperty());
        form.add("sortOrder", "catalog.sortOrder", new TextField()).textProperty().bindBidirectional(units.sortOrderProperty());
        CheckBox active = form.add("active", "catalog.active", new CheckBox(Messages.get("catalog.active.inUse")));
        active.selectedProperty().bindBidirectional(units.activeProperty());
        return new CatalogTab<>("units", units, table, form, "catalog.unit.new", "catalog.unit.edit");
    }

    private Node bodiesTab() {
        TableView<ExternalBody> table = new TableView<>();
        table.getColumns().add(Columns.text("catalog.body.name", ExternalBody::name));
        table.getColumns().add(Columns.text("catalog.body.abbreviation", ExternalBody::abbreviation));
        table.getColumns().add(Columns.text("catalog.body.level", b -> EnumLabels.label("catalog.bodyLevel", b.level())));
        table.getColumns().add(Columns.text("catalog.active", b -> Messages.get(b.active() ? "common.yes" : "common.no")));
        Columns.weights(table, 3.2, 1, 1.4, 1);
        Columns.minWidths(table, 120, 96, 156, 132);

        FormGrid form = new FormGrid(bodies.errors().map());
        form.add("name", "catalog.body.name", new TextField()).textProperty().bindBidirectional(bodies.nameProperty());
        form.add("abbreviation", "catalog.body.abbreviation", new TextField()).textProperty().bindBidirectional(bodies.abbreviationProperty());
        ComboBox<BodyLevel> level = form.add("level", "catalog.body.level", EnumLabels.comboBox("catalog.bodyLevel", BodyLevel.class));
        level.valueProperty().bindBidirectional(bodies.levelProperty());
        CheckBox active = form.add("active", "catalog.active", new CheckBox(Messages.get("catalog.active.inUse")));
        active.selectedProperty().bindBidirectional(bodies.activeProperty());
        return new CatalogTab<>("bodies", bodies, table, form, "catalog.body.new", "catalog.body.edit");
    }

    private Node formsTab() {
        TableView<PublicityForm> table = new TableView<>();
        table.getColumns().add(Columns.text("catalog.form.name", PublicityForm::name));
        table.getColumns().add(Columns.text("catalog.form.group", f -> EnumLabels.label("catalog.formGroup", f.group())));
        table.getColumns().add(Columns.text("catalog.form.measureUnit", PublicityForm::measureUnit));
        table.getColumns().add(Columns.text("catalog.form.code", PublicityForm::code));
        Columns.weights(table, 3.4, 1.3, 1.1, 1);
        Columns.minWidths(table, 120, 140, 124, 80);

        FormGrid form = new FormGrid(forms.errors().map());
        form.add("name", "catalog.form.name", new TextField()).textProperty().bindBidirectional(forms.nameProperty());
        form.add("code", "catalog.form.code", new TextField()).textProperty().bindBidirectional(forms.codeProperty());
        ComboBox<ParChannel> channel = form.add("channel", "catalog.form.channel", EnumLabels.comboBox("catalog.parChannel", ParChannel.class));
        channel.valueProperty().bindBidirectional(forms.channelProperty());
        form.add("measureUnit", "catalog.form.measureUnit", new TextField()).textProperty().bindBidirectional(forms.measureUnitProperty());
        form.add("sortOrder", "catalog.sortOrder", new TextField()).textProperty().bindBidirectional(forms.sortOrderProperty());
        CheckBox active = form.add("active", "catalog.active", new CheckBox(Messages.get("catalog.active.inUse")));
        active.selectedProperty().bindBidirectional(forms.activeProperty());
        return new CatalogTab<>("forms", forms, table, form, "catalog.form.new", "catalog.form.edit");
    }
}
