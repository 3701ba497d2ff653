package vn.cchcdesk.ui.activities;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.activity.ActivityBrowser;
import vn.cchcdesk.store.activity.ActivityEvidence;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The entry form beside the list: a new activity or the selected one, its evidence files, and the
 * fast-entry commands (save and start the next with the same unit, form and date; repeat the last
 * one). Suggestions of units and forms come from the catalogues; of titles and links from the
 * database, off the FX thread.
 */
public final class ActivityEntryViewModel {

    private final ActivityService service;
    private final ActivityBrowser browser;
    private final ActivityEvidence evidence;
    private final ActivitiesViewModel list;
    private final UiContext ui;
    private final EntrySuggestions suggestions;
    private final EvidenceFiles evidenceFiles;

    private final ReadOnlyObjectWrapper<Activity> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<PublicityForm> form = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final ObjectProperty<LinkChoice> linkTo = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final StringBinding measureUnit;

    private Activity last;
    private Consumer<Activity> onSaved = saved -> { };

    public ActivityEntryViewModel(ActivityService service, ActivityEvidence evidence, ActivitiesViewModel list, UiContext ui) {
        this.service = service;
        this.browser = list.browser();
        this.evidence = evidence;
        this.list = list;
        this.ui = ui;
        this.suggestions = new EntrySuggestions(list, ui);
        this.evidenceFiles = new EvidenceFiles(evidence);
        this.measureUnit = Bindings.createStringBinding(() -> form.get() == null ? "" : form.get().measureUnit(), form);
        date.set(today());
    }

    public void setOnSaved(Consumer<Activity> action) {
        this.onSaved = action;
    }

    private LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    /** An empty form for a new activity, dated today. */
    public void startNew() {
        fill(null, today(), null, null);
    }

    /** A new activity with the same unit, form and date as the one just saved (Ctrl+Enter). */
    public void startNext() {
        fill(null, date.get() == null ? today() : date.get(), unit.get(), form.get());
    }

    private void fill(Activity a, LocalDate day, Unit u, PublicityForm f) {
        editing.set(a);
        errors.clear();
        date.set(day);
        unit.set(u);
        form.set(f);
        title.set(a == null ? "" : a.title());
        quantity.set(a == null ? "1" : String.valueOf(a.quantity()));
        duration.set(a == null || a.durationMinutes() == null ? "" : String.valueOf(a.durationMinutes()));
        participants.set(a == null || a.participants() == null ? "" : String.valueOf(a.participants()));
        link.set(a == null || a.link() == null ? "" : a.link());
        notes.set(a == null || a.notes() == null ? "" : a.notes());
        linkTo.set(null);
        evidenceFiles.clear();
    }

    /** Fills the form with the last activity saved, as a new one (the same thing done again). */
    public boolean repeatLast() {
        if (last == null) {
            return false;
        }
        Activity copy = last.withId(null);
        fill(null, copy.date(), unitOf(copy.unitId()).orElse(null), formOf(copy.formId()).orElse(null));
        title.set(copy.title());
        quantity.set(String.valueOf(copy.quantity()));
        duration.set(copy.durationMinutes() == null ? "" : String.valueOf(copy.durationMinutes()));
        participants.set(copy.participants() == null ? "" : String.valueOf(copy.participants()));
        link.set(copy.link() == null ? "" : copy.link());
        notes.set(copy.notes() == null ? "" : copy.notes());
        loadLink(copy);
        return true;
    }

    /** Opens an activity of the list for editing, with its link and files. */
    public void edit(long id) {
        ui.runner().task(p -> {
                    Activity a = service.find(id).orElseThrow(() -> new vn.cchcdesk.domain.AppException("activities.notFound"));
                    return new Loaded(a, link(a), evidence.filesOf(id));
                })
                .onSuccess(loaded -> {
                    Activity a = loaded.activity();
                    fill(a, a.date(), unitOf(a.unitId()).orElse(null), formOf(a.formId()).orElse(null));
                    linkTo.set(loaded.link().orElse(null));
                    evidenceFiles.showStored(loaded.files());
                })
                .start();
    }

    private record Loaded(Activity activity, Optional<LinkChoice> link, List<AttachedFile> files) {
    }

    private Optional<LinkChoice> link(Activity a) {
        if (a.taskId() != null) {
            return browser.linkChoice(LinkChoice.Kind.TASK, a.taskId());
        }
        if (a.planTargetId() != null) {
            return browser.linkChoice(LinkChoice.Kind.PLAN_TARGET, a.planTargetId());
        }
        return Optional.empty();
    }

    private void loadLink(Activity a) {
        ui.runner().task(p -> link(a)).onSuccess(found -> linkTo.set(found.orElse(null))).start();
    }

    private Optional<Unit> unitOf(Long id) {
        return list.units().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    private Optional<PublicityForm> formOf(Long id) {
        return list.forms().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Saves; then keeps the saved activity open, or starts the next one with the same unit, form and date. */
    public void save(boolean thenNext) {
        List<Problem> problems = new ArrayList<>();
        Integer qty = number(problems, "quantity", quantity.get(), true);
        Integer minutes = number(problems, "durationMinutes", duration.get(), false);
        Integer people = number(problems, "participants", participants.get(), false);
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        Activity before = editing.get();
        LinkChoice chosen = linkTo.get();
        Long taskId = chosen != null && chosen.kind() == LinkChoice.Kind.TASK ? chosen.id() : null;
        Long targetId = chosen != null && chosen.kind() == LinkChoice.Kind.PLAN_TARGET ? chosen.id() : null;
        Activity activity = new Activity(before == null ? null : before.id(), date.get(),
                unit.get() == null ? null : unit.get().id(), form.get() == null ? null : form.get().id(), title.get(),
                qty == null ? 0 : qty, minutes, people, link.get(), taskId, before == null ? null : before.documentId(),
                targetId, before == null ? null : before.costVnd(), notes.get());
        List<Path> added = evidenceFiles.added();
        List<Long> removed = evidenceFiles.removed();
        ui.runner().task(p -> {
                    Activity saved = evidence.save(activity, added, removed);
                    return new Loaded(saved, Optional.ofNullable(chosen), evidence.filesOf(saved.id()));
                })
                .title(Messages.get("activities.entry.saving"))
                .onSuccess(result -> {
                    Activity saved = result.activity();
                    last = saved;
                    ui.say(Messages.get(before == null ? "activities.entry.saved" : "activities.entry.updated"));
                    if (thenNext) {
                        startNext();
                    } else {
                        fill(saved, saved.date(), unit.get(), form.get());
                        linkTo.set(chosen);
                        evidenceFiles.showStored(result.files());
                    }
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .start();
    }

    private static Integer number(List<Problem> problems, String field, String text, boolean required) {
        String t = text == null ? "" : text.trim().replace(".", "");
        if (t.isEmpty()) {
            if (required) {
                problems.add(Problem.of(field, "validation.required"));
            }
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "activities.validation.notANumber"));
            return null;
        }
    }

    public ReadOnlyObjectProperty<Activity> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<PublicityForm> formProperty() {
        return form;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public ObjectProperty<LinkChoice> linkToProperty() {
        return linkTo;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    EvidenceFiles evidenceFiles() {
        return evidenceFiles;
    }

    EntrySuggestions suggestions() {
        return suggestions;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringBinding measureUnit() {
        return measureUnit;
    }

    public vn.cchcdesk.ui.common.UiContext entryUi() {
        return ui;
    }

    public boolean hasLast() {
        return last != null;
    }
}
