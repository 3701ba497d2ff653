package vn.cchcdesk.ui.placeholder;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Screen;

/** A screen not built yet: says what will come there, so the navigation is complete from day one. */
public final class ComingSoonScreen implements Screen {

    private final String id;
    private final String titleKey;
    private final Ikon icon;
    private final String descriptionKey;

    public ComingSoonScreen(String id, String titleKey, Ikon icon, String descriptionKey) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
        this.descriptionKey = descriptionKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        FontIcon big = new FontIcon(icon);
        big.setIconSize(48);
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(Messages.get(descriptionKey));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, big, title, text);
        box.setId(id + "View");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }
}
