package vn.cchcdesk.ui.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.plan.TargetStatus;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.dashboard.MonthlyActivities;
import vn.cchcdesk.store.dashboard.UnitTasks;
import vn.cchcdesk.ui.common.EnumLabels;

/**
 * The start screen's charts, built afresh for each year's figures (a category axis whose
 * categories change under live data is where JavaFX charts go wrong). Every bar opens the list
 * behind it and says its number in a tooltip; bars carry ids for tests.
 */
final class Charts {

    /** The task states the units' chart stacks, in order, with their labels. */
    static final String[] TASK_SERIES = {"dashboard.tasks.done", "dashboard.tasks.inProgress", "dashboard.tasks.notStarted",
            "dashboard.tasks.overdue"};
    /** The state each of those series counts, in the same order. */
    static final TaskState[] TASK_STATES = {TaskState.DONE, TaskState.IN_PROGRESS, TaskState.NOT_STARTED, TaskState.OVERDUE};

    private Charts() {
    }

    static Node activities(MonthlyActivities figures, BiConsumer<Integer, FormGroup> open) {
        CategoryAxis months = new CategoryAxis();
        List<String> labels = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> Messages.get("dashboard.month", m)).toList();
        months.setCategories(FXCollections.observableArrayList(labels));
        int max = 0;
        for (int m = 1; m <= 12; m++) {
            int sum = 0;
            for (FormGroup g : FormGroup.values()) {
                sum += figures.count(g, m);
            }
            max = Math.max(max, sum);
        }
        NumberAxis counts = countAxis(max);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(months, counts);
        chart.setId("activitiesChart");
        prepare(chart);
        for (FormGroup group : FormGroup.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(EnumLabels.label("catalog.formGroup", group));
            for (int m = 1; m <= 12; m++) {
                series.getData().add(new XYChart.Data<>(labels.get(m - 1), figures.count(group, m)));
            }
            chart.getData().add(series);
            for (int m = 1; m <= 12; m++) {
                int month = m;
                clickable(series.getData().get(m - 1), "activitiesBar-" + group + "-" + m,
                        Messages.get("dashboard.activities.tip", month, series.getName(), Formats.integer(figures.count(group, month))),
                        d -> open.accept(month, group));
            }
        }
        chart.setCategoryGap(10);
        return chart;
    }

    /** Horizontal bars, so the statuses' labels read in full; each label says its count. */
    static Node targets(Map<TargetStatus, Integer> counts, Runnable open) {
        List<TargetStatus> order = List.of(TargetStatus.BEHIND, TargetStatus.AT_RISK, TargetStatus.ON_TRACK, TargetStatus.MET);
        CategoryAxis statuses = new CategoryAxis();
        statuses.setCategories(FXCollections.observableArrayList(order.stream().map(s -> category(s, counts)).toList()));
        int max = order.stream().mapToInt(s -> counts.getOrDefault(s, 0)).max().orElse(0);
        BarChart<Number, String> chart = new BarChart<>(countAxis(max), statuses);
        chart.setId("targetsChart");
        prepare(chart);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(true);
        chart.setHorizontalGridLinesVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        order.forEach(s -> series.getData().add(new XYChart.Data<>(counts.getOrDefault(s, 0), category(s, counts))));
        chart.getData().add(series);
        for (int i = 0; i < order.size(); i++) {
            TargetStatus s = order.get(i);
            XYChart.Data<Number, String> d = series.getData().get(i);
            clickable(d, "targetsBar-" + s, Messages.get("dashboard.targets.tip", statusLabel(s), Formats.integer(counts.getOrDefault(s, 0))),
                    node -> open.run());
            whenNode(d, node -> node.getStyleClass().add("target-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        }
        chart.setCategoryGap(14);
        return chart;
    }

    private static String category(TargetStatus s, Map<TargetStatus, Integer> counts) {
        return statusLabel(s) + " (" + Formats.integer(counts.getOrDefault(s, 0)) + ")";
    }

    private static String statusLabel(TargetStatus s) {
        return EnumLabels.label("tasks.targetStatus", s);
    }

    static Node tasks(List<UnitTasks> units, BiConsumer<UnitTasks, Integer> open) {
        CategoryAxis names = new CategoryAxis();
        // the busiest unit on top: a horizontal chart draws its first category at the bottom
        List<UnitTasks> bottomUp = new java.util.ArrayList<>(units);
        java.util.Collections.reverse(bottomUp);
        names.setCategories(FXCollections.observableArrayList(bottomUp.stream().map(Charts::unitLabel).toList()));
        NumberAxis counts = countAxis(units.stream().mapToInt(UnitTasks::total).max().orElse(0));
        StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, names);
        chart.setId("tasksChart");
        prepare(chart);
        for (int k = 0; k < TASK_SERIES.length; k++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(Messages.get(TASK_SERIES[k]));
            for (UnitTasks u : bottomUp) {
                series.getData().add(new XYChart.Data<>(count(u, k), unitLabel(u)));
            }
            chart.getData().add(series);
            for (int i = 0; i < bottomUp.size(); i++) {
                UnitTasks u = bottomUp.get(i);
                int state = k;
                clickable(series.getData().get(i), "tasksBar-" + k + "-" + u.unit(),
                        Messages.get("dashboard.tasks.tip", u.unit(), series.getName(), Formats.integer(count(u, k))), d -> open.accept(u, state));
            }
        }
        // bars of a readable thickness however many units there are
        chart.setPrefHeight(70 + 34 * units.size());
        chart.setMinHeight(Math.min(240, 70 + 34 * units.size()));
        // the card may be taller than asked (beside a long list of dates): the gap grows, not the bars
        int rows = Math.max(1, units.size());
        chart.heightProperty().addListener((o, was, is) ->
                chart.setCategoryGap(Math.max(8, (is.doubleValue() - 90) / rows - 30)));
        return chart;
    }

    private static String unitLabel(UnitTasks u) {
        return u.unit() + " (" + Formats.integer(u.total()) + ")";
    }

    static int count(UnitTasks u, int series) {
        return switch (series) {
            case 0 -> u.done();
            case 1 -> u.inProgress();
            case 2 -> u.notStarted();
            default -> u.overdue();
        };
    }

    private static void prepare(XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendSide(Side.TOP);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.getStyleClass().add("dashboard-chart");
        chart.setMinHeight(240);
        chart.setPrefHeight(280);
    }

    /** Whole numbers only, with Vietnamese grouping; a small maximum gets a tick per unit. */
    private static NumberAxis countAxis(int max) {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        if (max <= 10) {
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setUpperBound(Math.max(max, 1) + (max >= 4 ? 1 : 0));
            axis.setTickUnit(1);
        }
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Formats.integer(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return axis;
    }

    private static <X, Y> void clickable(XYChart.Data<X, Y> d, String id, String tip, Consumer<Node> open) {
        whenNode(d, node -> {
            node.setId(id);
            node.setCursor(Cursor.HAND);
            Tooltip tooltip = new Tooltip(tip);
            tooltip.setShowDelay(Duration.millis(150));
            Tooltip.install(node, tooltip);
            node.setOnMouseClicked(e -> open.accept(node));
        });
    }

    private static <X, Y> void whenNode(XYChart.Data<X, Y> d, Consumer<Node> action) {
        if (d.getNode() != null) {
            action.accept(d.getNode());
        } else {
            d.nodeProperty().addListener((o, was, is) -> {
                if (is != null) {
                    action.accept(is);
                }
            });
        }
    }
}
