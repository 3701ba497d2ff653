package vn.cchcdesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.template.TemplateFiller;
import vn.cchcdesk.store.report.ReportQueries;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.TaskHandle;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.print.PrintPreviewDialog;

/**
 * Báo cáo: the period on top with its cut-off dates, Biểu 1 previewed with the other sheets'
 * counts, the exports and In… (Biểu 1–4 in the print preview) in the toolbar ({@code #reportsActions}).
 * The view model is kept in the root's properties under its class, so tests can answer its file
 * choices ({@link ReportsViewModel#setFiles}).
 */
public final class ReportsScreen implements Screen {

    private final ReportsViewModel model;
    private final UiContext ui;

    public ReportsScreen(ReportQueries queries, FileViewer viewer, UiContext ui) {
        this.ui = ui;
        this.model = new ReportsViewModel(queries, viewer, ui);
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public String titleKey() {
        return "shell.nav.reports";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FILE_CHART_OUTLINE;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("reportscreen.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<PeriodKind> kind = EnumLabels.comboBox("reportscreen.kind", PeriodKind.class);
        kind.setId("reportsKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("reportsYear");
        year.valueProperty().bindBidirectional(model.yearProperty());
        Label kindLabel = new Label(Messages.get("reportscreen.period"));
        kindLabel.setLabelFor(kind);
        Label yearLabel = new Label(Messages.get("reportscreen.year"));
        yearLabel.setLabelFor(year);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Button xlsx = button("reportsExportXlsx", "reportscreen.exportXlsx", MaterialDesignF.FILE_EXCEL_OUTLINE);
        xlsx.getStyleClass().add(Styles.ACCENT);
        xlsx.setOnAction(e -> model.files().saveAs(ui.owner(), "reportscreen.chooser.xlsx", model.suggestedName("reportscreen.file.xlsx"),
                "reportscreen.filter.xlsx", ".xlsx").ifPresent(model::exportWorkbook));
        Button docx = button("reportsExportDocx", "reportscreen.exportDocx", MaterialDesignF.FILE_WORD_OUTLINE);
        docx.setOnAction(e -> model.files().saveAs(ui.owner(), "reportscreen.chooser.docx", model.suggestedName("reportscreen.file.docx"),
                "reportscreen.filter.docx", ".docx").ifPresent(model::exportDocx));
        Button fill = button("reportsFillTemplate", "reportscreen.fillTemplate", MaterialDesignF.FILE_REPLACE_OUTLINE);
        fill.setOnAction(e -> fillTemplate());
        Button print = button("reportsPrint", "reportscreen.print", MaterialDesignP.PRINTER_OUTLINE);
        print.setTooltip(new Tooltip(Messages.get("reportscreen.print.tooltip")));
        // the pages are built and cut off the FX thread by showAll; the window opens when they are ready
        print.setOnAction(e -> java.util.Optional.ofNullable(model.printable())
                .ifPresent(pages -> PrintPreviewDialog.showAll(ui, ui.owner(), pages)));
        print.disableProperty().bind(model.previewProperty().isNull());
        Button help = button("reportsHelp", "reportscreen.help", MaterialDesignH.HELP_CIRCLE_OUTLINE);
        help.setOnAction(e -> new PlaceholderHelp(ui.owner(), model.rows()).show());
        for (Button b : new Button[] {xlsx, docx, fill}) {
            b.disableProperty().bind(model.busyProperty().or(model.previewProperty().isNull()));
        }
        HBox actions = new HBox(8, xlsx, docx, print, fill, help);
        actions.setId("reportsActions");
        actions.setAlignment(Pos.CENTER_LEFT);

        HBox top = new HBox(12, title, grow, kindLabel, kind, yearLabel, year);
        top.setAlignment(Pos.CENTER_LEFT);
        Label spans = label("reportsSpans", model.spansProperty().getValue());
        spans.textProperty().bind(model.spansProperty());
        Label rule = label("reportsRule", "");
        rule.textProperty().bind(model.ruleProperty());
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox head = new VBox(6, top, spans, rule, actions, progress());

        Label previewTitle = new Label(Messages.get("reportscreen.preview"));
        previewTitle.getStyleClass().add(Styles.TITLE_4);
        Label sheets = label("reportsSheets", "");
        sheets.textProperty().bind(model.sheetsProperty());
        sheets.getStyleClass().add(Styles.TEXT_MUTED);
        var table = PreviewTable.of(model.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox centre = new VBox(6, previewTitle, table, sheets);

        BorderPane root = new BorderPane(centre);
        root.setTop(head);
        BorderPane.setMargin(head, new Insets(14, 16, 8, 16));
        BorderPane.setMargin(centre, new Insets(0, 16, 12, 16));
        root.setId("reportsView");
        root.getProperties().put(ReportsViewModel.class, model);
        model.lastFillProperty().addListener((obs, old, result) -> {
            if (result != null && !result.unknown().isEmpty()) {
                unknown(result);
            }
        });
        return root;
    }

    @Override
    public void onShow() {
        model.load();
    }

    private void fillTemplate() {
        model.files().open(ui.owner(), "reportscreen.chooser.template", "reportscreen.filter.xlsx", ".xlsx").ifPresent(template -> {
            String name = template.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
            model.files().saveAs(ui.owner(), "reportscreen.chooser.filled", model.filledName(name), "reportscreen.filter.xlsx", ".xlsx")
                    .ifPresent(target -> model.fillTemplate(template, target));
        });
    }

    /** The names the app did not know, by cell; not modal, so the clerk can look at the file meanwhile. */
    private void unknown(TemplateFiller.Result result) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(ui.owner());
        alert.initModality(Modality.NONE);
        alert.getDialogPane().setId("reportsUnknown");
        alert.setTitle(Messages.get("reportscreen.unknownTitle"));
        alert.setHeaderText(Messages.get("reportscreen.unknownHeader", result.unknown().size()));
        String text = result.unknown().stream()
                .map(u -> Messages.get("reportscreen.unknownLine", "{{" + u.name() + "}}", u.cell(), u.sheet()))
                .collect(Collectors.joining("\n")) + "\n\n" + Messages.get("reportscreen.unknownHint");
        alert.setContentText(text);
        if (result.unknown().size() > 14) {
            // a template with many unknown names would grow the window past a laptop's screen, its
            // Đóng out of reach: the list scrolls instead
            Label lines = new Label(text);
            lines.setWrapText(true);
            lines.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(360);
            alert.getDialogPane().setContent(scroll);
        }
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.OK_DONE));
        alert.show();
    }

    /** The export under way: its progress and Dừng, shown only while it runs. */
    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        Label what = new Label();
        Button cancel = new Button(Messages.get("reportscreen.cancel"));
        cancel.setId("reportsCancel");
        HBox box = new HBox(10, bar, what, cancel);
        box.setId("reportsProgress");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.runningProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        model.runningProperty().addListener((obs, old, task) -> {
            bar.progressProperty().unbind();
            what.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                what.textProperty().bind(Bindings.createStringBinding(() -> task.title(), task.messageProperty()));
                cancel.setDisable(!task.cancellable());
                cancel.setOnAction(e -> cancelTask(task));
            }
        });
        return box;
    }

    private static void cancelTask(TaskHandle task) {
        task.cancel();
    }

    private static Button button(String id, String key, Ikon icon) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
