package vn.cchcdesk.ui.par;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.TargetOutcome;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.par.ParTexts;
import vn.cchcdesk.store.par.ParService;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.WrappedCells;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Chỉ số CCHC: the year's self-assessment of the publicity criterion — points and reasons, the
 * plan's targets, the evidence found, and "Xuất hồ sơ minh chứng…" — and, in a second tab, the
 * guide's scale to edit.
 */
public final class ParScreen implements Screen {

    private final UiContext ui;
    private final ParViewModel model;
    private final CriteriaViewModel criteria;

    public ParScreen(ParService par, UiContext ui) {
        this.ui = ui;
        this.model = new ParViewModel(par, ui);
        this.criteria = new CriteriaViewModel(par, ui, model::load);
    }

    @Override
    public String id() {
        return "par";
    }

    @Override
    public String titleKey() {
        return "par.nav";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TROPHY_OUTLINE;
    }

    public ParViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        Tab assess = new Tab(Messages.get("par.tab.assessment"), assessment());
        Tab scale = new Tab(Messages.get("par.tab.criteria"), new CriteriaEditor(criteria));
        TabPane tabs = new TabPane(assess, scale);
        tabs.setId("parTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    @Override
    public void onShow() {
        model.load();
        criteria.load();
    }

    private Node assessment() {
        Label title = new Label(Messages.get("par.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("parYear");
        year.setValue(model.yearProperty().get());
        year.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.yearProperty().set(is);
            }
        });
        Label yearLabel = new Label(Messages.get("par.year"));
        yearLabel.setLabelFor(year);
        Label total = new Label();
        total.setId("parTotal");
        total.getStyleClass().add("par-total");
        total.textProperty().bind(model.totalProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, title, grow, yearLabel, year, total);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(14, header, scores(), lists(), exportBar());
        body.setPadding(new Insets(16, 20, 16, 20));
        VBox.setVgrow(body.getChildren().get(2), Priority.ALWAYS);
        return body;
    }

    private Node scores() {
        TableView<ParViewModel.ScoreLine> table = new TableView<>(model.scores());
        table.setId("parScores");
        TableColumn<ParViewModel.ScoreLine, String> name = Columns.text("par.col.criterion", ParViewModel.ScoreLine::title);
        TableColumn<ParViewModel.ScoreLine, String> reason = Columns.text("par.col.reason", ParViewModel.ScoreLine::reason);
        WrappedCells.wrap(name);
        WrappedCells.wrap(reason);
        TableColumn<ParViewModel.ScoreLine, String> points = Columns.text("par.col.points", ParViewModel.ScoreLine::points);
        points.getStyleClass().add("par-points");
        table.getColumns().add(Columns.text("par.col.code", ParViewModel.ScoreLine::code));
        table.getColumns().add(name);
        table.getColumns().add(Columns.text("par.col.max", ParViewModel.ScoreLine::max));
        table.getColumns().add(points);
        table.getColumns().add(reason);
        Columns.weights(table, 0.55, 2.6, 0.7, 0.95, 5);
        minWidths(table, 52, 140, 60, 80, 160);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ParViewModel.ScoreLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("short"), !empty && item != null && !item.full());
            }
        });
        table.setPlaceholder(new Label(Messages.get("par.criteria.empty")));
        table.setFixedCellSize(-1);
        table.setPrefHeight(250);
        table.setMinHeight(200);
        return table;
    }

    private Node lists() {
        TableView<TargetOutcome> targets = new TableView<>(model.targets());
        targets.setId("parTargets");
        TableColumn<TargetOutcome, String> label = Columns.text("par.col.target", TargetOutcome::label);
        WrappedCells.wrap(label);
        targets.getColumns().add(label);
        TableColumn<TargetOutcome, String> done = Columns.text("par.col.done", ParScreen::done);
        TableColumn<TargetOutcome, String> met = Columns.text("par.col.met",
                t -> Messages.get(t.met() ? "par.met.yes" : t.open() ? "par.met.open" : "par.met.no"));
        WrappedCells.wrap(done);
        WrappedCells.wrap(met);
        targets.getColumns().add(done);
        targets.getColumns().add(met);
        Columns.weights(targets, 2.25, 1.2, 1.05);
        minWidths(targets, 120, 90, 84);
        targets.setPlaceholder(new Label(Messages.get("par.targets.empty")));
        Label targetsTitle = new Label();
        targetsTitle.getStyleClass().add(Styles.TITLE_4);
        targetsTitle.textProperty().bind(Bindings.concat(Messages.get("par.targets.title"), " — ", model.targetsSummaryProperty()));
        VBox left = new VBox(6, targetsTitle, targets);
        VBox.setVgrow(targets, Priority.ALWAYS);
        left.setMinWidth(300);

        TableView<EvidenceItem> evidence = new TableView<>(model.evidence());
        evidence.setId("parEvidence");
        TableColumn<EvidenceItem, String> what = Columns.text("par.col.item", EvidenceItem::title);
        WrappedCells.wrap(what);
        evidence.getColumns().add(Columns.text("par.col.code", i -> i.criterionCode() == null ? "" : i.criterionCode()));
        evidence.getColumns().add(Columns.text("par.col.kind", i -> EnumLabels.label("par.evidence", i.kind())));
        evidence.getColumns().add(what);
        evidence.getColumns().add(Columns.text("par.col.date", i -> i.date() == null ? "" : Formats.date(i.date())));
        evidence.getColumns().add(Columns.text("par.col.files", i -> String.join(", ", i.files().stream().map(f -> f.name()).toList())));
        Columns.weights(evidence, 0.6, 1.0, 2.7, 1.15, 1.9);
        minWidths(evidence, 52, 84, 120, 96, 122);
        evidence.setPlaceholder(new Label(Messages.get("par.evidence.empty")));
        Label evidenceTitle = new Label();
        evidenceTitle.getStyleClass().add(Styles.TITLE_4);
        evidenceTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("par.evidence.title",
                Formats.integer(model.evidence().size()),
                Formats.integer(model.evidence().stream().mapToInt(i -> i.files().size()).sum())), model.evidence()));
        VBox right = new VBox(6, evidenceTitle, evidence);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        right.setMinWidth(360);
        left.setPadding(new Insets(0, 8, 0, 0));
        right.setPadding(new Insets(0, 0, 0, 8));
        javafx.scene.control.SplitPane lists = new javafx.scene.control.SplitPane(left, right);
        // the targets' headers ("Chỉ tiêu của kế hoạch", "Thực hiện") read whole at a laptop's width
        lists.setDividerPositions(0.42);
        lists.getStyleClass().add("par-lists");
        lists.setMinHeight(220);
        return lists;
    }

    /** A monthly or quarterly target counts in periods met ("11/12 tháng": months met of twelve), a yearly one in items. */
    private static String done(TargetOutcome t) {
        if (t.periods() <= 1) {
            return Formats.integer(t.done()) + " / " + Formats.integer(t.required());
        }
        String unit = Messages.get(t.periods() == 12 ? "tasks.targetPer.MONTH" : "tasks.targetPer.QUARTER");
        return Messages.get("par.periodsMet", t.periodsMet(), t.periods(), unit);
    }

    /** Short columns keep room for their dates and codes when the table is narrow. */
    private static void minWidths(TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setMinWidth(widths[i]);
        }
    }

    private Node exportBar() {
        ToggleGroup kind = new ToggleGroup();
        RadioButton zip = new RadioButton(Messages.get("par.export.asZip"));
        zip.setId("parExportZip");
        zip.setToggleGroup(kind);
        RadioButton folder = new RadioButton(Messages.get("par.export.asFolder"));
        folder.setId("parExportFolder");
        folder.setToggleGroup(kind);
        (model.asZipProperty().get() ? zip : folder).setSelected(true);
        kind.selectedToggleProperty().addListener((o, was, is) -> model.asZipProperty().set(is == zip));

        TextField target = new TextField();
        target.setId("parExportTarget");
        target.setPromptText(Messages.get("par.export.prompt"));
        target.textProperty().bindBidirectional(model.exportTargetProperty());
        HBox.setHgrow(target, Priority.ALWAYS);
        Button browse = new Button(Messages.get("par.export.browse"));
        browse.setId("parExportBrowse");
        browse.setOnAction(e -> browse());
        Button export = new Button(Messages.get("par.export.button"), new FontIcon(MaterialDesignF.FOLDER_ZIP_OUTLINE));
        export.setId("parExport");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> model.export());
        Label result = new Label();
        result.setId("parExportResult");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        // no empty line under the bar until there is something to say
        result.visibleProperty().bind(model.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());

        Label heading = new Label(Messages.get("par.export.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        HBox line = new HBox(10, zip, folder, target, browse, export);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, line, result);
        box.getStyleClass().add("par-export");
        return box;
    }

    private void browse() {
        int year = model.yearProperty().get();
        File picked;
        if (model.asZipProperty().get()) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("par.export.chooseZip"));
            chooser.setInitialFileName(ParTexts.rootName(year) + ".zip");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("par.export.zipFilter"), "*.zip"));
            picked = chooser.showSaveDialog(ui.owner());
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("par.export.chooseFolder"));
            picked = chooser.showDialog(ui.owner());
        }
        if (picked != null) {
            model.exportTargetProperty().set(Path.of(picked.getPath()).toString());
        }
    }
}
