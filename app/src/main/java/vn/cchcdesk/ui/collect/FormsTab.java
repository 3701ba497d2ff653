package vn.cchcdesk.ui.collect;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.UiContext;

/** Step 1: which units get a form, one form for all or not, where the files go, and the button that writes them. */
final class FormsTab extends HBox {

    FormsTab(FormsViewModel model, UiContext ui) {
        super(24);
        setPadding(new Insets(16));

        Label unitsTitle = new Label(Messages.get("collect.forms.units"));
        unitsTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<FormsViewModel.UnitChoice> units = new ListView<>(model.units());
        units.setId("formsUnits");
        units.setCellFactory(CheckBoxListCell.forListView(FormsViewModel.UnitChoice::selectedProperty));
        units.disableProperty().bind(model.oneForAllProperty());
        VBox.setVgrow(units, Priority.ALWAYS);
        Button all = new Button(Messages.get("collect.forms.selectAll"));
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        all.setOnAction(e -> model.selectAll(true));
        Button none = new Button(Messages.get("collect.forms.selectNone"));
        none.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        none.setOnAction(e -> model.selectAll(false));
        all.disableProperty().bind(model.oneForAllProperty());
        none.disableProperty().bind(model.oneForAllProperty());
        VBox left = new VBox(8, unitsTitle, units, new HBox(6, all, none));
        left.setPrefWidth(380);
        left.setMinWidth(300);

        Label how = new Label(Messages.get("collect.forms.explain"));
        how.setWrapText(true);
        how.getStyleClass().add(Styles.TEXT_MUTED);
        CheckBox oneForAll = new CheckBox(Messages.get("collect.forms.oneForAll"));
        oneForAll.setId("formsOneForAll");
        oneForAll.selectedProperty().bindBidirectional(model.oneForAllProperty());

        Label folderLabel = new Label(Messages.get("collect.forms.folder"));
        TextField folder = new TextField();
        folder.setId("formsFolder");
        folder.setPromptText(Messages.get("collect.forms.folderPrompt"));
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Messages.get("collect.forms.chooseFolder"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        choose.setId("formsChooseFolder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("collect.forms.chooseFolder"));
            File picked = chooser.showDialog(getScene().getWindow());
            if (picked != null) {
                model.folderProperty().set(picked.getAbsolutePath());
            }
        });
        HBox folderLine = new HBox(8, folder, choose);

        Button generate = new Button(Messages.get("collect.forms.generate"), new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
        generate.setId("formsGenerate");
        generate.getStyleClass().add(Styles.ACCENT);
        generate.setDefaultButton(false);
        generate.disableProperty().bind(model.busyProperty());
        generate.setOnAction(e -> model.generate());
        Label result = new Label();
        result.setId("formsResult");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        Label formTitle = new Label(Messages.get("collect.forms.title"));
        formTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(12, formTitle, how, oneForAll, folderLabel, folderLine, generate, result);
        right.setAlignment(Pos.TOP_LEFT);
        right.setMaxWidth(640);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }
}
