package vn.cchcdesk.report.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.TaskGroup;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;

/**
 * The tables a template's row marker {@code {{bang:<tên>}}} expands into: the marker's row is
 * repeated once per line, and the placeholders of its cells take the line's columns (any other
 * placeholder keeps its report-wide value).
 */
public final class TemplateTables {

    /** In {@link #COLUMNS}: each form's placeholder name is a column too. */
    public static final String FORM_COLUMNS = "*";

    /** Each table and its columns, in the help's order. */
    public static final Map<String, List<String>> COLUMNS = columns();

    private TemplateTables() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("don_vi", List.of("stt", "don_vi", "so_hoat_dong", "nguoi_tham_du", "ngay_gui", FORM_COLUMNS));
        c.put("don_vi_hinh_thuc", List.of("stt", "don_vi", "hinh_thuc", "dvt", "so_luong"));
        c.put("hinh_thuc", List.of("stt", "ten", "dvt", "nhom", "ke_hoach", "thuc_hien", "luy_ke", "ty_le", "cung_ky",
                "so_hoat_dong", "nguoi_tham_du"));
        c.put("nhiem_vu", List.of("stt", "van_ban", "nhiem_vu", "chu_tri", "phoi_hop", "thoi_han", "tinh_trang",
                "ngay_hoan_thanh", "ket_qua"));
        return java.util.Collections.unmodifiableMap(c);
    }

    /** The lines of a table, empty when no table has that name. */
    public static Optional<List<Map<String, Value>>> lines(String table, QuarterlyReport report) {
        return switch (table) {
            case "don_vi" -> Optional.of(units(report));
            case "don_vi_hinh_thuc" -> Optional.of(unitForms(report));
            case "hinh_thuc" -> Optional.of(forms(report));
            case "nhiem_vu" -> Optional.of(tasks(report));
            default -> Optional.empty();
        };
    }

    /** One line per unit; each form's placeholder name gives the unit's quantity of it. */
    private static List<Map<String, Value>> units(QuarterlyReport report) {
        List<Map<String, Value>> lines = new ArrayList<>();
        for (UnitFigures unit : report.units()) {
            Map<String, Value> line = line(lines.size() + 1);
            line.put("don_vi", Value.text(unit.name()));
            line.put("so_hoat_dong", Value.number(unit.activities()));
            line.put("nguoi_tham_du", Value.number(unit.participants()));
            line.put("ngay_gui", date(unit.submittedOn()));
            for (FormFigures form : report.summary().forms()) {
                Value quantity = Value.number(unit.quantity(form.formId()));
                line.put(FormKeys.of(form.code()), quantity);
                line.put(FormKeys.generic(form.code()), quantity);
            }
            lines.add(line);
        }
        return lines;
    }

    /** One line per unit and form the unit did something in, units in Biểu 2's order, forms in the catalogue's. */
    private static List<Map<String, Value>> unitForms(QuarterlyReport report) {
        List<Map<String, Value>> lines = new ArrayList<>();
        for (UnitFigures unit : report.units()) {
            for (FormFigures form : report.summary().forms()) {
                long quantity = unit.quantity(form.formId());
                if (quantity == 0) {
                    continue;
                }
                Map<String, Value> line = line(lines.size() + 1);
                line.put("don_vi", Value.text(unit.name()));
                line.put("hinh_thuc", Value.text(form.name()));
                line.put("dvt", Value.text(form.measureUnit()));
                line.put("so_luong", Value.number(quantity));
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<Map<String, Value>> forms(QuarterlyReport report) {
        List<Map<String, Value>> lines = new ArrayList<>();
        for (FormFigures form : report.summary().forms()) {
            Map<String, Value> line = line(lines.size() + 1);
            line.put("ten", Value.text(form.name()));
            line.put("dvt", Value.text(form.measureUnit()));
            line.put("nhom", Value.text(Labels.of("reports.b1.group", form.group())));
            line.put("ke_hoach", Value.number(form.annualPlan()));
            line.put("thuc_hien", Value.number(form.quantity().current()));
            line.put("luy_ke", Value.number(form.quantity().yearToDate()));
            line.put("ty_le", Value.share(form.planShare().isPresent() ? form.planShare().getAsDouble() : null));
            line.put("cung_ky", Value.number(form.quantity().lastYear()));
            line.put("so_hoat_dong", Value.number(form.activities().current()));
            line.put("nguoi_tham_du", Value.number(form.participants().current()));
            lines.add(line);
        }
        return lines;
    }

    private static List<Map<String, Value>> tasks(QuarterlyReport report) {
        List<Map<String, Value>> lines = new ArrayList<>();
        for (TaskGroup group : report.taskGroups()) {
            String directive = DocumentTexts.numberAndDate(group.directive());
            for (TaskLine task : group.tasks()) {
                Map<String, Value> line = line(lines.size() + 1);
                line.put("van_ban", Value.text(directive));
                line.put("nhiem_vu", Value.text(task.text()));
                line.put("chu_tri", Value.text(DocumentTexts.join(task.leads())));
                line.put("phoi_hop", Value.text(DocumentTexts.join(task.supports())));
                line.put("thoi_han", task.dueDate() != null ? date(task.dueDate())
                        : Value.text(task.timeframeText() == null ? "" : task.timeframeText()));
                line.put("tinh_trang", Value.text(Labels.of("reports.taskState", task.state())));
                line.put("ngay_hoan_thanh", date(task.completedOn()));
                line.put("ket_qua", Value.text(task.result()));
                lines.add(line);
            }
        }
        return lines;
    }

    private static Map<String, Value> line(int number) {
        Map<String, Value> line = new LinkedHashMap<>();
        line.put("stt", Value.number(number));
        return line;
    }

    private static Value date(LocalDate date) {
        return Value.text(date == null ? "" : Formats.date(date));
    }
}
