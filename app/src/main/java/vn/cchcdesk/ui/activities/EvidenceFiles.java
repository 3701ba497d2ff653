package vn.cchcdesk.ui.activities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.store.activity.ActivityEvidence;

/**
 * The entry form's evidence files: those kept with the activity and those picked since. Nothing
 * touches the data folder before the activity is saved, so the picked ones and the removals wait.
 */
final class EvidenceFiles {

    private final ActivityEvidence evidence;
    private final ObservableList<EvidenceItem> files = FXCollections.observableArrayList();
    private final List<Long> removedFiles = new ArrayList<>();

    EvidenceFiles(ActivityEvidence evidence) {
        this.evidence = evidence;
    }

    void clear() {
        files.clear();
        removedFiles.clear();
    }

    void showStored(List<AttachedFile> stored) {
        files.setAll(stored.stream().map(EvidenceItem::of).toList());
    }

    /** Adds picked files; they are copied into the data folder when the activity is saved. */
    void addFiles(List<Path> picked) {
        for (Path p : picked) {
            if (files.stream().noneMatch(f -> p.equals(f.pending()))) {
                files.add(EvidenceItem.picked(p));
            }
        }
    }

    void removeFile(EvidenceItem item) {
        files.remove(item);
        if (item.stored() != null) {
            removedFiles.add(item.stored().attachmentId());
        }
    }

    /** The file to hand to the system viewer: a picked file as it is, a kept one as a viewable copy. Off the FX thread. */
    Path viewable(EvidenceItem item) {
        return item.pending() != null ? item.pending() : evidence.viewableCopy(item.stored());
    }

    List<Path> added() {
        return files.stream().filter(f -> f.pending() != null).map(EvidenceItem::pending).toList();
    }

    List<Long> removed() {
        return List.copyOf(removedFiles);
    }

    ObservableList<EvidenceItem> files() {
        return files;
    }
}
