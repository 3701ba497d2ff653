package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FileViewer;

/**
 * Tài liệu kiểm chứng: the activity's photos, scans and files as tiles (a thumbnail for images),
 * opened with the system's program off the FX thread; files are added with a button or dropped.
 */
final class EvidenceView extends VBox {

    private static final double THUMB_W = 112;
    private static final double THUMB_H = 76;

    private final ActivityEntryViewModel model;
    private final FileViewer viewer;
    private final FlowPane tiles = new FlowPane(8, 8);

    EvidenceView(ActivityEntryViewModel model, FileViewer viewer) {
        super(6);
        this.model = model;
        this.viewer = viewer;
        setId("activityEvidence");
        getStyleClass().add("activity-evidence");
        Label heading = new Label(Messages.get("activities.evidence.title"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Button add = new Button(Messages.get("activities.evidence.add"), new FontIcon(MaterialDesignP.PAPERCLIP));
        add.setId("evidenceAdd");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> pick());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, heading, grow, add);
        top.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label(Messages.get("activities.evidence.empty"));
        empty.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.evidenceFiles().files()));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(top, empty, tiles);
        model.evidenceFiles().files().addListener((ListChangeListener<EvidenceItem>) c -> rebuild());
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                model.evidenceFiles().addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private void pick() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("activities.evidence.pick"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.evidenceFiles().addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void rebuild() {
        tiles.getChildren().setAll(model.evidenceFiles().files().stream().map(this::tile).toList());
    }

    private VBox tile(EvidenceItem item) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("evidence-thumb");
        picture.setPrefSize(THUMB_W, THUMB_H);
        picture.setMinSize(THUMB_W, THUMB_H);
        picture.getChildren().add(new FontIcon(item.isImage() ? MaterialDesignF.FILE_IMAGE_OUTLINE : MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        if (item.isImage()) {
            thumbnail(item, picture);
        }
        Label name = new Label(item.name());
        name.getStyleClass().add(Styles.TEXT_SMALL);
        name.setMaxWidth(THUMB_W);
        name.setTooltip(new Tooltip(item.name() + (item.size().isEmpty() ? "" : " · " + item.size())));
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setTooltip(new Tooltip(Messages.get("activities.evidence.remove")));
        remove.setOnAction(e -> model.evidenceFiles().removeFile(item));
        StackPane.setAlignment(remove, Pos.TOP_RIGHT);
        picture.getChildren().add(remove);
        VBox tile = new VBox(3, picture, name);
        tile.getStyleClass().add("evidence-tile");
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(item);
            }
        });
        Tooltip.install(picture, new Tooltip(Messages.get("activities.evidence.openTip")));
        return tile;
    }

    /** The picture scaled down: the file (or its viewable copy) found off the FX thread, the image loaded in the background. */
    private void thumbnail(EvidenceItem item, StackPane picture) {
        model.entryUi().runner().task(p -> model.evidenceFiles().viewable(item))
                .onSuccess((Path file) -> {
                    Image image = new Image(file.toUri().toString(), THUMB_W, THUMB_H, true, true, true);
                    ImageView view = new ImageView(image);
                    image.progressProperty().addListener((o, was, now) -> {
                        if (now.doubleValue() >= 1 && !image.isError()) {
                            picture.getChildren().set(0, view);
                        }
                    });
                })
                .onFailure(error -> { })
                .start();
    }

    private void open(EvidenceItem item) {
        model.entryUi().runner().task(p -> {
                    viewer.open(model.evidenceFiles().viewable(item));
                    return null;
                })
                .start();
    }
}
