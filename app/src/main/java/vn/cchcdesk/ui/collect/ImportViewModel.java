package vn.cchcdesk.ui.collect;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.ImportService;
import vn.cchcdesk.ui.common.ErrorMessages;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Step 2: files from the units read and checked off the FX thread, one at a time (files dropped
 * together wait in a queue). The preview lists the rows with their status and the problems by
 * row, column and reason; the clerk may say whose file it is and which column holds which field;
 * nothing is written until the clerk confirms, and then in one transaction.
 */
public final class ImportViewModel {

    /** Which rows the preview table shows. */
    public enum RowFilter { ALL, VALID, INVALID }

    private final ImportService imports;
    private final CatalogService catalog;
    private final ObjectProperty<ReportingPeriod> period;
    private final UiContext ui;
    private final Deque<Path> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<Unit> senders = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> sender = new SimpleObjectProperty<>();
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.ALL);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper confirmLabel = new ReadOnlyStringWrapper("");
    private final java.util.Map<Long, String> unitNames = new java.util.HashMap<>();
    private final java.util.Map<Long, String> formNames = new java.util.HashMap<>();
    private Runnable onImported = () -> { };
    private boolean applyingPreview;

    ImportViewModel(ImportService imports, CatalogService catalog, ObjectProperty<ReportingPeriod> period, UiContext ui) {
        this.imports = imports;
        this.catalog = catalog;
        this.period = period;
        this.ui = ui;
        filter.addListener((obs, old, f) -> showRows());
        sender.addListener((obs, old, unit) -> {
            ImportPreview p = preview.get();
            if (!applyingPreview && p != null && !java.util.Objects.equals(unit == null ? null : unit.id(), p.unitId())) {
                read(p.file(), new ImportRequest(unit == null ? null : unit.id(), period.get(), p.request().mapping()));
            }
        });
    }

    void setOnImported(Runnable action) {
        this.onImported = action;
    }

    /** Files chosen or dropped: the first is read now, the others after it is confirmed or dropped. */
    public void importFiles(List<Path> files) {
        say(false, "");
        queue.addAll(files);
        if (preview.get() == null && !busy.get()) {
            next();
        }
    }

    /** The clerk says which field a column holds (null: the column is not imported); the file is read again. */
    public void mapColumn(int column, ImportField field) {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        ColumnMapping changed = p.sheet().mapping();
        var current = changed.fieldAt(column);
        if (current.isPresent()) {
            changed = changed.with(current.get(), null);
        }
        if (field != null) {
            changed = changed.with(field, column);
        }
        read(p.file(), p.request().withMapping(changed));
    }

    /** Writes the valid rows of the file shown (the invalid ones are left out and said so). */
    public void confirm() {
        ImportPreview p = preview.get();
        if (p == null || p.valid() == 0 || busy.get()) {
            return;
        }
        busy.set(true);
        ui.runner().task(work -> imports.commit(p, true))
                .title(Messages.get("collect.import.writing"))
                .onSuccess(result -> {
                    say(false, ImportMessages.result(result));
                    ui.say(Messages.get("collect.import.doneShort", Formats.integer(result.imported())));
                    clear();
                    onImported.run();
                })
                .onFailure(error -> say(true, ErrorMessages.describe(error)))
                .onFinished(() -> {
                    busy.set(false);
                    next();
                })
                .start();
    }

    /** Drops the file shown without writing anything (to fix it and import it again). */
    public void discard() {
        ImportPreview p = preview.get();
        if (p != null) {
            say(false, Messages.get("collect.import.discarded", p.sheet().file().name()));
        }
        clear();
        next();
    }

    void periodChanged() {
        ImportPreview p = preview.get();
        if (p != null && !busy.get()) {
            read(p.file(), new ImportRequest(p.request().unitId(), period.get(), p.request().mapping()));
        }
    }

    private void next() {
        Path file = queue.poll();
        if (file != null) {
            read(file, ImportRequest.of(null, period.get()));
        }
    }

    private void read(Path file, ImportRequest request) {
        busy.set(true);
        if (!messageIsError.get()) {
            say(false, Messages.get("collect.import.reading", file.getFileName()));
        }
        ui.runner().task(progress -> new Loaded(imports.preview(file, request, ImportMessages.progress(progress)), catalog.units(), catalog.forms()))
                .title(Messages.get("collect.import.reading", file.getFileName()))
                .cancellable()
                .onSuccess(this::show)
                .onCancelled(() -> say(false, Messages.get("collect.import.cancelled")))
                .onFailure(error -> {
                    say(true, ErrorMessages.describe(error));
                    clear();
                })
                .onFinished(() -> {
                    busy.set(false);
                    if (preview.get() == null) {
                        next();
                    }
                })
                .start();
    }

    private record Loaded(ImportPreview preview, List<Unit> units, List<PublicityForm> forms) {
    }

    String unitName(Long id) {
        return unitNames.getOrDefault(id, "");
    }

    String formName(Long id) {
        return formNames.getOrDefault(id, "");
    }

    private void show(Loaded loaded) {
        ImportPreview p = loaded.preview();
        unitNames.clear();
        loaded.units().forEach(u -> unitNames.put(u.id(), u.name()));
        formNames.clear();
        loaded.forms().forEach(f -> formNames.put(f.id(), f.name()));
        applyingPreview = true;
        try {
            senders.setAll(loaded.units().stream().filter(Unit::active).toList());
            sender.set(loaded.units().stream().filter(u -> u.id().equals(p.unitId())).findFirst().orElse(null));
        } finally {
            applyingPreview = false;
        }
        preview.set(p);
        notices.setAll(ImportMessages.notices(p));
        problems.setAll(p.rows().stream().flatMap(r -> r.problems().stream())
                .sorted(Comparator.comparingInt(RowProblem::row).thenComparing(RowProblem::severity)).toList());
        summary.set(ImportMessages.summary(p));
        confirmLabel.set(ImportMessages.confirmLabel(p));
        if (!messageIsError.get()) {
            // an error about an earlier file of the same drop stays in view
            say(false, "");
        }
        showRows();
    }

    private void showRows() {
        ImportPreview p = preview.get();
        if (p == null) {
            rows.clear();
            return;
        }
        rows.setAll(p.rows().stream().filter(r -> switch (filter.get()) {
            case ALL -> true;
            case VALID -> r.status() != ImportRow.Status.INVALID;
            case INVALID -> r.status() == ImportRow.Status.INVALID;
        }).toList());
    }

    private void clear() {
        preview.set(null);
        rows.clear();
        problems.clear();
        notices.clear();
        summary.set("");
        confirmLabel.set("");
    }

    private void say(boolean error, String text) {
        messageIsError.set(error);
        message.set(text);
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObservableList<RowProblem> problems() {
        return problems;
    }

    public ObservableList<String> notices() {
        return notices;
    }

    public ObservableList<Unit> senders() {
        return senders;
    }

    public ObjectProperty<Unit> senderProperty() {
        return sender;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmLabelProperty() {
        return confirmLabel.getReadOnlyProperty();
    }

    public int queued() {
        return queue.size();
    }
}
