package vn.cchcdesk.ui.collect;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.collect.SubmissionStatus;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.UiContext;

/** Step 3: which unit has sent its numbers for the period, when, in time or late; marks by hand. */
public final class BoardViewModel {

    private final SubmissionService submissions;
    private final FileViewer viewer;
    private final ObjectProperty<ReportingPeriod> period;
    private final UiContext ui;
    private final ObservableList<SubmissionStatus> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    BoardViewModel(SubmissionService submissions, FileViewer viewer, ObjectProperty<ReportingPeriod> period, UiContext ui) {
        this.submissions = submissions;
        this.viewer = viewer;
        this.period = period;
        this.ui = ui;
    }

    public void load() {
        ReportingPeriod p = period.get();
        if (p == null) {
            return;
        }
        ui.runner().task(work -> submissions.board(p)).onSuccess(this::show).start();
    }

    /** Opens the file the unit sent with the system's program for it. */
    public void openFile(SubmissionStatus line) {
        ui.runner().task(work -> {
                    var file = submissions.receivedFile(line);
                    if (file.isEmpty()) {
                        throw new vn.cchcdesk.domain.AppException("collect.board.noFile", line.unit().name());
                    }
                    viewer.open(file.get());
                    return file.get();
                })
                .start();
    }

    /** Marks a unit's numbers received on a day (paper, Zalo, e-mail without an import), keeping a file if one came. */
    public void markReceived(SubmissionStatus line, LocalDate receivedOn, String notes, java.nio.file.Path file) {
        ReportingPeriod p = period.get();
        ui.runner().task(work -> {
                    submissions.markReceived(p, line.unit().id(), receivedOn, notes, file);
                    return submissions.board(p);
                })
                .onSuccess(board -> {
                    show(board);
                    ui.say(Messages.get("collect.board.marked", line.unit().name()));
                })
                .start();
    }

    public void unmark(SubmissionStatus line) {
        ReportingPeriod p = period.get();
        ui.runner().task(work -> {
                    submissions.unmark(p, line.unit().id());
                    return submissions.board(p);
                })
                .onSuccess(board -> {
                    show(board);
                    ui.say(Messages.get("collect.board.unmarked", line.unit().name()));
                })
                .start();
    }

    private void show(List<SubmissionStatus> board) {
        lines.setAll(board);
        long sent = board.stream().filter(s -> s.submission() != null).count();
        long late = board.stream().filter(s -> s.state() == SubmissionStatus.State.LATE).count();
        long overdue = board.stream().filter(s -> s.state() == SubmissionStatus.State.OVERDUE).count();
        summary.set(Messages.get("collect.board.summary", Formats.integer(sent), Formats.integer(board.size()),
                Formats.integer(late), Formats.integer(overdue),
                board.isEmpty() ? "" : Formats.date(board.get(0).deadline())));
    }

    public ObservableList<SubmissionStatus> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
