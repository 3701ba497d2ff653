package vn.cchcdesk.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.store.document.DocumentService;

/** The files of the form: those attached already, those picked to attach on save, those taken off. */
final class FormFiles {

    private final ObservableList<DocumentFormViewModel.FileRow> rows = FXCollections.observableArrayList();
    private final List<Long> removed = new ArrayList<>();

    void reset(List<AttachedFile> attached) {
        removed.clear();
        rows.setAll(attached.stream().map(f -> new DocumentFormViewModel.FileRow(f, null)).toList());
    }

    void add(List<Path> picked) {
        for (Path path : picked) {
            if (rows.stream().noneMatch(f -> path.equals(f.picked()))) {
                rows.add(new DocumentFormViewModel.FileRow(null, path));
            }
        }
    }

    void remove(DocumentFormViewModel.FileRow row) {
        if (rows.remove(row) && row.attached() != null) {
            removed.add(row.attached().attachmentId());
        }
    }

    DocumentService.FileChanges changes() {
        return new DocumentService.FileChanges(
                rows.stream().filter(DocumentFormViewModel.FileRow::isNew).map(DocumentFormViewModel.FileRow::picked).toList(),
                removed);
    }

    ObservableList<DocumentFormViewModel.FileRow> rows() {
        return rows;
    }
}
