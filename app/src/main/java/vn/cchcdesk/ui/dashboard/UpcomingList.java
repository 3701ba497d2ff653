package vn.cchcdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.store.dashboard.UpcomingDeadline;

/** The next dates to keep, one button each: a task opens itself, a units' deadline the submissions board, a report deadline the reports. */
final class UpcomingList {

    private UpcomingList() {
    }

    static void fill(VBox list, List<UpcomingDeadline> items, LocalDate today, Consumer<UpcomingDeadline> open) {
        list.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label(Messages.get("dashboard.upcoming.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (int i = 0; i < items.size(); i++) {
            list.getChildren().add(item(items.get(i), i, today, open));
        }
    }

    private static Node item(UpcomingDeadline d, int index, LocalDate today, Consumer<UpcomingDeadline> open) {
        Label date = new Label(Formats.date(d.date()));
        date.getStyleClass().add("deadline-date");
        long days = ChronoUnit.DAYS.between(today, d.date());
        Label when = new Label(days == 0 ? Messages.get("dashboard.dueToday") : Messages.get("dashboard.daysLeft", days));
        when.getStyleClass().add("deadline-when");
        VBox dateBox = new VBox(0, date, when);
        dateBox.getStyleClass().addAll("deadline-date-box", days <= 7 ? "date-soon" : "date-later");
        dateBox.setMinWidth(96);

        Label text = new Label(title(d));
        text.getStyleClass().add("deadline-text");
        text.setWrapText(true);
        text.setMaxHeight(40);
        Label detail = new Label(detail(d));
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox middle = new VBox(2, text, detail);
        HBox.setHgrow(middle, Priority.ALWAYS);
        middle.setMaxWidth(Double.MAX_VALUE);
        FontIcon kind = new FontIcon(icon(d.kind()));
        kind.getStyleClass().add("upcoming-kind");
        HBox content = new HBox(10, dateBox, kind, middle, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        content.setAlignment(Pos.CENTER_LEFT);

        Button item = new Button();
        item.setId("upcoming-" + index);
        item.getProperties().put("kind", d.kind());
        item.setGraphic(content);
        item.setMaxWidth(Double.MAX_VALUE);
        item.getStyleClass().addAll("deadline-item", "upcoming-" + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setMnemonicParsing(false);
        item.setAccessibleText(text.getText());
        item.setOnAction(e -> open.accept(d));
        // the narrow column cuts long task texts: the whole of it on hover
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text.getText() + "\n" + detail.getText());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        item.setTooltip(tip);
        return item;
    }

    private static String title(UpcomingDeadline d) {
        return switch (d.kind()) {
            case TASK -> d.text();
            case UNIT_SUBMISSIONS -> Messages.get("dashboard.upcoming.units", periods(d));
            case COMMUNE_REPORT -> Messages.get("dashboard.upcoming.report", periods(d));
        };
    }

    private static String detail(UpcomingDeadline d) {
        return switch (d.kind()) {
            case TASK -> d.detail();
            case UNIT_SUBMISSIONS -> Messages.get("dashboard.upcoming.unitsDetail");
            case COMMUNE_REPORT -> Messages.get("dashboard.upcoming.reportDetail");
        };
    }

    private static String periods(UpcomingDeadline d) {
        return d.periods().stream().map(code -> ReportingPeriod.parse(code).map(PeriodTexts::name).orElse(code))
                .collect(Collectors.joining(", "));
    }

    private static Ikon icon(UpcomingDeadline.Kind kind) {
        return switch (kind) {
            case TASK -> MaterialDesignC.CLIPBOARD_TEXT_OUTLINE;
            case UNIT_SUBMISSIONS -> MaterialDesignI.INBOX_ARROW_DOWN_OUTLINE;
            case COMMUNE_REPORT -> MaterialDesignF.FILE_SEND_OUTLINE;
        };
    }
}
