package vn.cchcdesk.ui.documents;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import vn.cchcdesk.domain.document.ChainNode;
import vn.cchcdesk.domain.document.CitationChain;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * The citation chain as a tree: the document, above it what it rests on ("Căn cứ", "Thực hiện"),
 * below it what rests on it. A registered document opens on double-click or Enter; a citation
 * not registered yet is shown as it was written, muted.
 */
final class ChainTree extends TreeView<ChainTree.Entry> {

    /** One line of the tree: a heading, the document itself, or a node of the chain. */
    record Entry(String heading, DocumentRef root, ChainNode node, boolean upward) {

        Long documentId() {
            if (node != null && node.registered() && !node.repeated()) {
                return node.document().id();
            }
            return null;
        }
    }

    ChainTree(LongConsumer open) {
        setId("chainTree");
        getStyleClass().add("chain-tree");
        // the document itself heads the pane; the tree starts at what stands above and below it
        setShowRoot(false);
        setCellFactory(t -> new ChainCell());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
            }
        });
    }

    private void openSelected(LongConsumer open) {
        TreeItem<Entry> item = getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().documentId() != null) {
            open.accept(item.getValue().documentId());
        }
    }

    void show(CitationChain chain) {
        if (chain == null) {
            setRoot(null);
            return;
        }
        TreeItem<Entry> root = new TreeItem<>(new Entry(null, chain.document(), null, false));
        root.setExpanded(true);
        root.getChildren().add(group("documents.chain.cites", chain.cites(), true));
        root.getChildren().add(group("documents.chain.citedBy", chain.citedBy(), false));
        setRoot(root);
    }

    private static TreeItem<Entry> group(String key, List<ChainNode> nodes, boolean upward) {
        TreeItem<Entry> group = new TreeItem<>(new Entry(Messages.get(key, nodes.size()), null, null, upward));
        group.setExpanded(true);
        nodes.forEach(n -> group.getChildren().add(item(n, upward)));
        if (nodes.isEmpty()) {
            group.getChildren().add(new TreeItem<>(new Entry(Messages.get(upward ? "documents.chain.citesNone" : "documents.chain.citedByNone"),
                    null, null, upward)));
        }
        return group;
    }

    private static TreeItem<Entry> item(ChainNode node, boolean upward) {
        TreeItem<Entry> item = new TreeItem<>(new Entry(null, null, node, upward));
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child, upward)));
        return item;
    }

    private static final class ChainCell extends TreeCell<Entry> {

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("chain-heading", "chain-root", "chain-unregistered", "chain-repeated");
            setText(null);
            setGraphic(null);
            if (empty || entry == null) {
                return;
            }
            if (entry.heading() != null && getTreeItem() != null && getTreeItem().isLeaf()) {
                getStyleClass().add("chain-unregistered");
                setText(entry.heading());
                return;
            }
            if (entry.heading() != null) {
                getStyleClass().add("chain-heading");
                setGraphic(icon(entry.upward() ? MaterialDesignA.ARROW_UP_BOLD_OUTLINE : MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE));
                setText(entry.heading());
                return;
            }
            if (entry.root() != null) {
                getStyleClass().add("chain-root");
                setGraphic(icon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
                setText(describe(entry.root()));
                return;
            }
            ChainNode node = entry.node();
            Label kind = new Label(EnumLabels.label("documents.citationKind", node.citation().kind()));
            kind.getStyleClass().add("chain-kind");
            HBox graphic = new HBox(6, icon(node.registered() ? MaterialDesignF.FILE_DOCUMENT_OUTLINE
                    : MaterialDesignF.FILE_QUESTION_OUTLINE), kind);
            if (!node.registered()) {
                getStyleClass().add("chain-unregistered");
                setText(node.citation().writtenText() + "  " + Messages.get("documents.chain.notRegistered"));
            } else if (node.repeated()) {
                getStyleClass().add("chain-repeated");
                graphic.getChildren().set(0, icon(MaterialDesignR.REPEAT));
                setText(describe(node.document()) + "  " + Messages.get("documents.chain.repeated"));
            } else {
                setText(describe(node.document()));
            }
            setGraphic(graphic);
        }

        private static String describe(DocumentRef ref) {
            String date = ref.issueDate().format();
            String issuer = ref.issuer() == null ? "" : ref.issuer();
            String head = ref.label() + (date.isEmpty() ? "" : " · " + date) + (issuer.isEmpty() ? "" : " · " + issuer);
            return ref.summary().isEmpty() ? head : head + " — " + ref.summary();
        }

        private static FontIcon icon(Ikon ikon) {
            FontIcon icon = new FontIcon(ikon);
            icon.getStyleClass().add("chain-icon");
            return icon;
        }
    }
}
