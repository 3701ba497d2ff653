package vn.cchcdesk.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.EnumLabels;
import vn.cchcdesk.ui.common.FormGrid;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/** Cài đặt: one form, saved as a whole. */
public final class SettingsScreen implements Screen {

    private final SettingsViewModel model;

    public SettingsScreen(SettingsService settings, UiContext ui) {
        this.model = new SettingsViewModel(settings, ui);
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "shell.nav.settings";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.COG_OUTLINE;
    }

    @Override
    public void onShow() {
        model.load();
    }

    @Override
    public Node view() {
        FormGrid form = new FormGrid(model.errors().map());
        form.addHeading(heading("settings.section.commune"));
        text(form, "communeName", "settings.communeName", model.communeNameProperty());
        text(form, "provinceName", "settings.provinceName", model.provinceNameProperty());
        text(form, "placeName", "settings.placeName", model.placeNameProperty());
        text(form, "issuerAbbr", "settings.issuerAbbr", model.issuerAbbrProperty());
        text(form, "draftingUnitAbbr", "settings.draftingUnitAbbr", model.draftingUnitAbbrProperty());

        form.addHeading(heading("settings.section.signer"));
        text(form, "signerCapacity", "settings.signerCapacity", model.signerCapacityProperty());
        text(form, "signerTitle", "settings.signerTitle", model.signerTitleProperty());
        text(form, "signerName", "settings.signerName", model.signerNameProperty());
        text(form, "preparerName", "settings.preparerName", model.preparerNameProperty());

        form.addHeading(heading("settings.section.reporting"));
        ComboBox<CutoffRule> rule = form.add("cutoffRule", "settings.cutoffRule",
                EnumLabels.comboBox("settings.cutoffRule", CutoffRule.class));
        rule.valueProperty().bindBidirectional(model.cutoffRuleProperty());
        // the field is narrower than "Theo Nghị định 09/2019 (… đến ngày 14 tháng cuối kỳ)": the whole rule on hover
        javafx.scene.control.Tooltip ruleTip = new javafx.scene.control.Tooltip();
        ruleTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> rule.getValue() == null ? ""
                : rule.getConverter().toString(rule.getValue()), rule.valueProperty()));
        rule.setTooltip(ruleTip);
        text(form, "unitDeadlineDay", "settings.unitDeadlineDay", model.unitDeadlineDayProperty());
        text(form, "communeReportWorkingDays", "settings.communeReportWorkingDays", model.communeReportWorkingDaysProperty());

        Button save = new Button(Messages.get("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("settingsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());

        VBox page = new VBox(12, form, hint("settings.reporting.hint"), save);
        page.setId("settingsView");
        page.setPadding(new Insets(20));
        page.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static void text(FormGrid grid, String field, String labelKey, javafx.beans.property.StringProperty property) {
        grid.add(field, labelKey, new TextField()).textProperty().bindBidirectional(property);
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label hint(String key) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
