package vn.cchcdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FileDropTarget;
import vn.cchcdesk.ui.common.Screen;

/** The main window: navigation on the left, the chosen screen, the status bar at the bottom. */
public final class MainView extends BorderPane {

    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private String current;

    public MainView(List<Screen> screenList, String communeTitle, StatusBar statusBar) {
        setId("mainView");
        VBox nav = new VBox(4);
        nav.getStyleClass().add("app-nav");
        nav.setPadding(new Insets(16, 10, 16, 10));
        Label appName = new Label(Messages.get("shell.appName"));
        appName.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Label commune = new Label(communeTitle);
        commune.setId("communeTitle");
        commune.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        commune.setWrapText(true);
        nav.getChildren().addAll(appName, commune, spacer(12));

        int index = 1;
        for (Screen screen : screenList) {
            screens.put(screen.id(), screen);
            ToggleButton button = new ToggleButton(Messages.get(screen.titleKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setOnAction(e -> show(screen.id()));
            if (index <= 9) {
                KeyCombination shortcut = new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index)), KeyCombination.SHORTCUT_DOWN);
                sceneProperty().addListener((obs, old, scene) -> {
                    if (scene != null) {
                        scene.getAccelerators().put(shortcut, () -> show(screen.id()));
                    }
                });
            }
            buttons.put(screen.id(), button);
            nav.getChildren().add(button);
            index++;
        }
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        nav.getChildren().add(grow);

        content.getStyleClass().add("app-content");
        setLeft(nav);
        setCenter(content);
        setBottom(statusBar);
        FileDrop.install(this, this::dropFiles);
        if (!screenList.isEmpty()) {
            show(screenList.get(0).id());
        }
    }

    /** Shows a screen by id, building its view the first time. */
    public void show(String id) {
        Screen screen = screens.get(id);
        if (screen == null) {
            return;
        }
        Node view = views.computeIfAbsent(id, key -> screen.view());
        content.getChildren().setAll(view);
        buttons.get(id).setSelected(true);
        current = id;
        screen.onShow();
    }

    /**
     * Files dropped on the window go to the screen shown if it takes them, else to the first that
     * does, which is then shown. The drag handler calls this, and so do tests. False when no screen
     * takes them.
     */
    public boolean dropFiles(List<java.nio.file.Path> files) {
        Screen shown = screens.get(current);
        Screen target = takes(shown, files) ? shown
                : screens.values().stream().filter(s -> takes(s, files)).findFirst().orElse(null);
        if (target == null) {
            return false;
        }
        if (!target.id().equals(current)) {
            show(target.id());
        }
        ((FileDropTarget) target).filesDropped(files);
        return true;
    }

    private static boolean takes(Screen screen, List<java.nio.file.Path> files) {
        return screen instanceof FileDropTarget target && target.takesFiles(files);
    }

    public String current() {
        return current;
    }

    private static Region spacer(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        return region;
    }
}
