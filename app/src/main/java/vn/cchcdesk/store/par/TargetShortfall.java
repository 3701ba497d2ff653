package vn.cchcdesk.store.par;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.plan.PeriodProgress;
import vn.cchcdesk.domain.plan.TargetProgress;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.i18n.Messages;

/**
 * Says which periods keep a target from being met: "tháng 3/2026: 2/4; tháng 12/2026: 1/4, chưa hết
 * kỳ; còn 1 tháng chưa đến". A year's total (443 of 48) hides that one month fell short, and the
 * clerk has to know which month to explain or make good.
 */
final class TargetShortfall {

    /** Past this many short periods the rest are counted, not named. */
    static final int NAMED = 4;

    private TargetShortfall() {
    }

    static String describe(TargetProgress progress) {
        List<String> parts = new ArrayList<>();
        int shortStarted = 0;
        int ahead = 0;
        for (PeriodProgress p : progress.periods()) {
            if (p.met()) {
                continue;
            }
            if (!p.started()) {
                ahead++;
                continue;
            }
            shortStarted++;
            if (shortStarted <= NAMED) {
                String figures = name(p, progress) + ": " + Formats.integer(p.done()) + "/" + Formats.integer(p.required());
                parts.add(p.ended() ? figures : Messages.get("par.shortfall.open", figures));
            }
        }
        if (shortStarted > NAMED) {
            parts.add(Messages.get("par.shortfall.more", shortStarted - NAMED));
        }
        if (ahead > 0) {
            parts.add(Messages.get("par.shortfall.ahead", ahead, Messages.get("tasks.targetPer" + "." + progress.target().per().name())));
        }
        return String.join("; ", parts);
    }

    private static String name(PeriodProgress p, TargetProgress progress) {
        int year = p.from().getYear();
        int month = p.from().getMonthValue();
        return switch (progress.target().per()) {
            case MONTH -> Messages.get("par.shortfall.month", month, String.valueOf(year));
            case QUARTER -> Messages.get("par.shortfall.quarter", RomanNumerals.of((month - 1) / 3 + 1), String.valueOf(year));
            case YEAR -> Messages.get("par.shortfall.year", String.valueOf(year));
        };
    }
}
