package vn.cchcdesk.ui.setup;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FormGrid;

/** The short setup shown once, on a new data folder, before the main window. */
public final class SetupView extends StackPane {

    public SetupView(SetupViewModel model, Runnable onDone) {
        setId("setupView");
        Label title = new Label(Messages.get("setup.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Messages.get("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        FormGrid form = new FormGrid(model.errors().map());
        TextField commune = form.add("communeName", "setup.communeName", new TextField());
        commune.setPromptText(Messages.get("setup.communeName.prompt"));
        commune.textProperty().bindBidirectional(model.communeNameProperty());
        TextField province = form.add("provinceName", "setup.provinceName", new TextField());
        province.setPromptText(Messages.get("setup.provinceName.prompt"));
        province.textProperty().bindBidirectional(model.provinceNameProperty());
        TextField capacity = form.add("signerCapacity", "settings.signerCapacity", new TextField());
        capacity.textProperty().bindBidirectional(model.signerCapacityProperty());
        TextField signerTitle = form.add("signerTitle", "settings.signerTitle", new TextField());
        signerTitle.textProperty().bindBidirectional(model.signerTitleProperty());
        TextField signer = form.add("signerName", "settings.signerName", new TextField());
        signer.setPromptText(Messages.get("setup.signerName.prompt"));
        signer.textProperty().bindBidirectional(model.signerNameProperty());

        Button start = new Button(Messages.get("setup.start"), new FontIcon(MaterialDesignO.OPEN_IN_APP));
        start.setId("setupStart");
        start.setDefaultButton(true);
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.savingProperty());
        start.setOnAction(e -> model.save(onDone));

        Label hint = new Label(Messages.get("setup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox card = new VBox(16, title, intro, form, start, hint);
        card.getStyleClass().add("setup-card");
        card.setMaxWidth(620);
        card.setMaxHeight(USE_PREF_SIZE);
        card.setPadding(new Insets(32));
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        commune.requestFocus();
    }
}
