package vn.cchcdesk.ui.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.register.RegisterWorkbook;
import vn.cchcdesk.store.document.RegisterBooks;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Xuất sổ đăng ký: which register (đến or đi), of which year, whole or from one day to another;
 * written off the FX thread to the file the clerk chose, then shown in its folder. The register
 * read is kept ({@link #lastRegister}) for whatever prints it next.
 */
public final class RegisterExportViewModel {

    private final RegisterBooks books;
    private final FileViewer viewer;
    private final UiContext ui;
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.IN);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty span = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private DocumentRegister lastRegister;

    /**
     * @param shownDirection the register shown on screen (null: all): the export starts from it
     * @param shownYear      the year filtered on screen, else this year
     */
    public RegisterExportViewModel(RegisterBooks books, FileViewer viewer, UiContext ui, Direction shownDirection, Integer shownYear) {
        this.books = books;
        this.viewer = viewer;
        this.ui = ui;
        direction.set(shownDirection == Direction.OUT ? Direction.OUT : Direction.IN);
        year.set(shownYear != null ? shownYear : LocalDate.now(ui.clock()).getYear());
        year.addListener((obs, old, y) -> {
            if (y != null && from.get() != null && from.get().getYear() != y) {
                from.set(LocalDate.of(y, 1, 1));
                to.set(LocalDate.of(y, 12, 31));
            }
        });
        span.addListener((obs, was, on) -> {
            if (on && from.get() == null && year.get() != null) {
                from.set(LocalDate.of(year.get(), 1, 1));
                to.set(LocalDate.of(year.get(), 12, 31));
            }
        });
    }

    /** The checks of the choice; true when it can be exported (problems are shown beside their fields). */
    public boolean validate() {
        List<Problem> problems = new ArrayList<>();
        if (year.get() == null || year.get() < 1945 || year.get() > 2200) {
            problems.add(Problem.of("year", "documents.export.badYear"));
        } else if (span.get()) {
            if (from.get() == null) {
                problems.add(Problem.of("from", "validation.required"));
            }
            if (to.get() == null) {
                problems.add(Problem.of("to", "validation.required"));
            }
            if (from.get() != null && to.get() != null) {
                if (from.get().isAfter(to.get())) {
                    problems.add(Problem.of("to", "documents.export.toBeforeFrom"));
                } else if (from.get().getYear() != year.get() || to.get().getYear() != year.get()) {
                    problems.add(Problem.of("from", "documents.export.outsideYear", String.valueOf(year.get())));
                }
            }
        }
        return !errors.show(problems);
    }

    /** "Sổ đăng ký văn bản đến năm 2026.xlsx", or with the dates of the span. */
    public String suggestedFileName() {
        String name = Messages.get(direction.get() == Direction.IN ? "documents.register.name.IN" : "documents.register.name.OUT");
        String when = span.get() && from.get() != null && to.get() != null
                ? Messages.get("documents.export.fileSpan", Formats.date(from.get()).replace('/', '-'), Formats.date(to.get()).replace('/', '-'))
                : Messages.get("documents.export.fileYear", String.valueOf(year.get()));
        return name + " " + when + ".xlsx";
    }

    /** Writes the register to the file off the FX thread, then shows it in its folder. */
    public void export(Path file) {
        if (!validate()) {
            return;
        }
        Direction which = direction.get();
        DateRange range = span.get() ? new DateRange(from.get(), to.get()) : null;
        int whichYear = year.get();
        busy.set(true);
        ui.runner().task(p -> {
                    DocumentRegister register = range == null ? books.ofYear(which, whichYear) : books.between(which, range);
                    RegisterWorkbook.write(register, file);
                    return register;
                })
                .title(Messages.get("documents.export.writing", file.getFileName()))
                .onSuccess(register -> {
                    lastRegister = register;
                    ui.say(Messages.get("documents.export.done", Formats.integer(register.lines().size()), file.toAbsolutePath()));
                    ui.runner().task(p -> {
                        viewer.reveal(file);
                        return null;
                    }).onFailure(error -> { }).start();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    /**
     * The register chosen, as work to run off the FX thread (what the print preview shows); null,
     * with the problems beside their fields, when the choice is not valid.
     */
    public java.util.function.Supplier<DocumentRegister> reading() {
        if (!validate()) {
            return null;
        }
        Direction which = direction.get();
        DateRange range = span.get() ? new DateRange(from.get(), to.get()) : null;
        int whichYear = year.get();
        return () -> range == null ? books.ofYear(which, whichYear) : books.between(which, range);
    }

    /** The register last exported: what a print preview would show. */
    public DocumentRegister lastRegister() {
        return lastRegister;
    }

    public FieldErrors errors() {
        return errors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** Only the days from one date to another, not the whole year. */
    public BooleanProperty spanProperty() {
        return span;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
