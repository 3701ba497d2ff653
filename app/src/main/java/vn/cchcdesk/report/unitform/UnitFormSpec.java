package vn.cchcdesk.report.unitform;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.period.ReportingPeriod;

/**
 * What a unit form says: the commune, the unit it is for (null: one form for all units), the
 * period with its data dates and the internal deadline, the catalogue its drop-down lists offer,
 * and how many rows it has to fill.
 *
 * @param communeName   "xã Định Tân"
 * @param focalOffice   where the units send it ("Phòng Văn hóa - Xã hội")
 */
public record UnitFormSpec(String communeName, String focalOffice, Unit unit, ReportingPeriod period, LocalDate from,
                           LocalDate to, LocalDate deadline, List<PublicityForm> forms, List<Unit> units, int rows) {

    public static final int DEFAULT_ROWS = 150;
    public static final int ALL_UNITS_ROWS = 400;

    public UnitFormSpec {
        forms = List.copyOf(forms);
        units = List.copyOf(units);
        if (rows < 1) {
            throw new IllegalArgumentException("A form needs rows to fill: " + rows);
        }
    }

    public UnitFormSpec forUnit(Unit newUnit) {
        return new UnitFormSpec(communeName, focalOffice, newUnit, period, from, to, deadline, forms, units,
                newUnit == null ? Math.max(rows, ALL_UNITS_ROWS) : rows);
    }
}
