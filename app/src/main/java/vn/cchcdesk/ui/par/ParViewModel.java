package vn.cchcdesk.ui.par;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.par.CriterionScore;
import vn.cchcdesk.domain.par.EvidenceItem;
import vn.cchcdesk.domain.par.EvidencePack;
import vn.cchcdesk.domain.par.TargetOutcome;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.report.par.EvidenceExport;
import vn.cchcdesk.report.par.ParTexts;
import vn.cchcdesk.store.par.ParService;
import vn.cchcdesk.ui.common.ErrorMessages;
import vn.cchcdesk.ui.common.Progress;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Chỉ số CCHC: a year's self-assessment of the publicity criterion (points, reasons, the plan's
 * targets, the evidence found) and the export of the evidence file to a folder or a zip the
 * clerk names. Everything is read and written off the FX thread.
 */
public final class ParViewModel {

    /** One line of the score table, as shown. */
    public record ScoreLine(String code, String title, String max, String points, String reason, boolean full) {
    }

    private final ParService par;
    private final UiContext ui;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<ScoreLine> scores = FXCollections.observableArrayList();
    private final ObservableList<TargetOutcome> targets = FXCollections.observableArrayList();
    private final ObservableList<EvidenceItem> evidence = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty targetsSummary = new SimpleStringProperty("");
    private final ObjectProperty<EvidencePack> pack = new SimpleObjectProperty<>();
    private final StringProperty exportTarget = new SimpleStringProperty("");
    private final BooleanProperty asZip = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty result = new SimpleStringProperty("");

    public ParViewModel(ParService par, UiContext ui) {
        this.par = par;
        this.ui = ui;
        int now = LocalDate.now(ui.clock()).getYear();
        years.setAll(IntStream.rangeClosed(now - 5, now + 1).boxed().toList());
        year.set(now);
        year.addListener((o, was, is) -> load());
    }

    public void load() {
        int asked = year.get();
        ui.runner().task(p -> par.evidence(asked)).onSuccess(loaded -> {
            if (loaded.assessment().year() == year.get()) {
                apply(loaded);
            }
        }).start();
    }

    private void apply(EvidencePack loaded) {
        pack.set(loaded);
        scores.setAll(loaded.assessment().scores().stream().map(ParViewModel::line).toList());
        total.set(Messages.get("par.total", points(loaded.assessment().total()), points(loaded.assessment().maxTotal())));
        List<TargetOutcome> list = loaded.assessment().facts().targets();
        targets.setAll(list);
        targetsSummary.set(list.isEmpty() ? Messages.get("par.targets.none", loaded.assessment().year())
                : Messages.get("par.targets.summary", list.stream().filter(TargetOutcome::met).count(), list.size()));
        evidence.setAll(loaded.items());
    }

    private static ScoreLine line(CriterionScore s) {
        return new ScoreLine(s.criterion().code(), s.criterion().title(), points(s.criterion().maxPoints()), points(s.points()),
                ParTexts.reason(s.reason()), s.full());
    }

    /** 0.25 → "0,25"; 1.00 → "1". */
    public static String points(BigDecimal value) {
        return Formats.decimal(value.doubleValue(), 2);
    }

    /** Writes the evidence file of the year shown to the target typed or picked (a folder to make it in, or a .zip). */
    public void export() {
        String typed = exportTarget.get() == null ? "" : exportTarget.get().strip();
        if (typed.isEmpty()) {
            result.set(Messages.get("par.export.noTarget"));
            return;
        }
        boolean zip = asZip.get();
        Path target = Path.of(zip && !typed.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? typed + ".zip" : typed);
        int asked = year.get();
        busy.set(true);
        result.set("");
        ui.runner().task(progress -> {
                    progress.message(Messages.get("par.export.reading"));
                    EvidencePack contents = par.evidence(asked);
                    WriteProgress writing = adapter(progress);
                    return zip ? EvidenceExport.toZip(contents, target, writing) : EvidenceExport.toFolder(contents, target, writing);
                })
                .title(Messages.get("par.export.running", asked))
                .cancellable()
                .onSuccess(this::done)
                .onCancelled(() -> result.set(Messages.get("par.export.cancelled")))
                .onFailure(error -> result.set(ErrorMessages.describe(error)))
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void done(EvidenceExport.Result r) {
        String text = Messages.get("par.export.done", Formats.integer(r.copied()), r.written());
        if (!r.missing().isEmpty()) {
            text += " " + Messages.get("par.export.missing", Formats.integer(r.missing().size()), String.join(", ", r.missing()));
        }
        result.set(text);
        ui.say(Messages.get("par.export.doneShort", Formats.integer(r.copied())));
    }

    private static WriteProgress adapter(Progress progress) {
        return new WriteProgress() {
            @Override
            public void update(long done, long total) {
                progress.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<ScoreLine> scores() {
        return scores;
    }

    public ObservableList<TargetOutcome> targets() {
        return targets;
    }

    public ObservableList<EvidenceItem> evidence() {
        return evidence;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public StringProperty targetsSummaryProperty() {
        return targetsSummary;
    }

    public ObjectProperty<EvidencePack> packProperty() {
        return pack;
    }

    public StringProperty exportTargetProperty() {
        return exportTarget;
    }

    public BooleanProperty asZipProperty() {
        return asZip;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
