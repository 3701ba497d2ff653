package vn.cchcdesk.report.template;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.report.PeriodTexts;

/**
 * The values of a report's placeholders outside tables: the period, its dates and the commune,
 * then every indicator of Biểu 1 by its name with the suffixes of its columns
 * ({@code .ke_hoach .thuc_hien .luy_ke .ty_le .cung_ky .ten .dvt}; the bare name is
 * {@code .thuc_hien}). Help and DEVELOPERS.md list them; {@link #GENERAL} and {@link #SUFFIXES}
 * are the names the help explains from the bundle.
 */
public final class Placeholders {

    /** Names of the period and commune, in the help's order. */
    public static final List<String> GENERAL = List.of("ky_bao_cao", "ky_bao_cao_hoa", "nam", "tu_ngay", "den_ngay",
            "luy_ke_tu_ngay", "cung_ky_tu_ngay", "cung_ky_den_ngay", "ngay_lap", "ten_xa", "ten_tinh", "nguoi_ky",
            "chuc_vu_ky", "nguoi_lap", "so_hoat_dong");

    /** Suffixes of an indicator's name, in Biểu 1's column order. */
    public static final List<String> SUFFIXES = List.of("ke_hoach", "thuc_hien", "luy_ke", "ty_le", "cung_ky", "ten", "dvt");

    private Placeholders() {
    }

    /** Every placeholder outside tables and its value. */
    public static Map<String, Value> of(QuarterlyReport report, List<SummaryRow> rows) {
        Map<String, Value> values = new LinkedHashMap<>();
        ReportWindows w = report.windows();
        CommuneSettings commune = report.commune();
        values.put("ky_bao_cao", Value.text(PeriodTexts.name(w.period())));
        values.put("ky_bao_cao_hoa", Value.text(PeriodTexts.title(w.period())));
        values.put("nam", Value.text(String.valueOf(w.period().year())));
        values.put("tu_ngay", date(w.current().from()));
        values.put("den_ngay", date(w.current().to()));
        values.put("luy_ke_tu_ngay", date(w.yearToDate().from()));
        values.put("cung_ky_tu_ngay", date(w.sameLastYear().from()));
        values.put("cung_ky_den_ngay", date(w.sameLastYear().to()));
        values.put("ngay_lap", date(report.preparedOn()));
        values.put("ten_xa", Value.text(commune.communeName()));
        values.put("ten_tinh", Value.text(commune.provinceName()));
        values.put("nguoi_ky", Value.text(commune.signerName()));
        values.put("chuc_vu_ky", Value.text(commune.signerTitle()));
        values.put("nguoi_lap", Value.text(commune.preparerName()));
        values.put("so_hoat_dong", Value.number(report.activityCount()));
        for (SummaryRow row : rows) {
            if (row.key() != null) {
                indicator(values, row.key(), row);
            }
        }
        // every form also answers to hinh_thuc_<mã>, whatever its shipped name
        for (FormFigures form : report.summary().forms()) {
            String generic = FormKeys.generic(form.code());
            String shipped = FormKeys.of(form.code());
            if (!generic.equals(shipped)) {
                rows.stream().filter(r -> shipped.equals(r.key())).findFirst().ifPresent(r -> indicator(values, generic, r));
            }
        }
        return values;
    }

    private static void indicator(Map<String, Value> values, String key, SummaryRow row) {
        Value current;
        Value ytd;
        Value last;
        if (row.rates() != null) {
            current = Value.share(row.rates().current());
            ytd = Value.share(row.rates().yearToDate());
            last = Value.share(row.rates().lastYear());
        } else {
            current = Value.number(row.current());
            ytd = Value.number(row.yearToDate());
            last = Value.number(row.lastYear());
        }
        values.put(key, current);
        values.put(key + ".ke_hoach", Value.number(row.plan()));
        values.put(key + ".thuc_hien", current);
        values.put(key + ".luy_ke", ytd);
        values.put(key + ".ty_le", Value.share(row.share()));
        values.put(key + ".cung_ky", last);
        values.put(key + ".ten", Value.text(row.label()));
        values.put(key + ".dvt", Value.text(row.measure()));
    }

    private static Value date(LocalDate date) {
        return Value.text(date == null ? "" : Formats.date(date));
    }
}
