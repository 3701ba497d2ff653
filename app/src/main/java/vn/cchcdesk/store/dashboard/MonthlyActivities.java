package vn.cchcdesk.store.dashboard;

import java.util.EnumMap;
import java.util.Map;
import vn.cchcdesk.domain.catalog.FormGroup;

/** How many activities were logged in each month of a year, per form group (index 0 = January). */
public record MonthlyActivities(int year, Map<FormGroup, int[]> byGroup) {

    public MonthlyActivities {
        Map<FormGroup, int[]> copy = new EnumMap<>(FormGroup.class);
        for (FormGroup g : FormGroup.values()) {
            int[] months = byGroup.get(g);
            copy.put(g, months == null ? new int[12] : months.clone());
        }
        byGroup = copy;
    }

    public int count(FormGroup group, int month) {
        return byGroup.get(group)[month - 1];
    }

    public int total() {
        int sum = 0;
        for (int[] months : byGroup.values()) {
            for (int n : months) {
                sum += n;
            }
        }
        return sum;
    }
}
