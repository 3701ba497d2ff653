package vn.cchcdesk.report.unitform;

import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;

/** Names of periods and of form files, as the forms, the screen and the file system need them. */
public final class UnitFormTexts {

    private UnitFormTexts() {
    }

    /** "Quý II năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
    public static String periodLabel(ReportingPeriod period) {
        return switch (period.kind()) {
            case Q1, Q2, Q3, Q4 -> Messages.get("collect.period.quarter", period.quarterRoman(), period.year());
            case H1 -> Messages.get("collect.period.half", period.year());
            case M9 -> Messages.get("collect.period.nineMonths", period.year());
            case YEAR -> Messages.get("collect.period.year", period.year());
        };
    }

    /**
     * "so-lieu-tuyen-truyen_2026-Q2_hoi-nong-dan-xa.xlsx": without accents or spaces, so the name
     * survives e-mail, Zalo and USB sticks formatted on any machine.
     */
    public static String fileName(ReportingPeriod period, String unitName) {
        String who = unitName == null ? Messages.get("collect.form.allUnitsSlug") : unitName;
        return Messages.get("collect.form.fileSlug") + "_" + period.code() + "_" + slug(who) + ".xlsx";
    }

    static String slug(String text) {
        String slug = VietnameseText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
