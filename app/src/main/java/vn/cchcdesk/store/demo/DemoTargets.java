package vn.cchcdesk.store.demo;

import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.catalog.PublicityForm;

/** The targets each yearly plan sets ("phát chuyên mục CCHC tối thiểu 02 lần/tháng"), which later decide the PAR score. */
final class DemoTargets {

    private record Target(String formCode, int quantity, String perPeriod, String text) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("RADIO", 2, "MONTH", "Phát chuyên mục cải cách hành chính trên đài truyền thanh xã tối thiểu 02 lần/tháng"),
            new Target("WEBSITE", 3, "QUARTER", "Đăng tối thiểu 03 tin, bài/quý trên Trang thông tin điện tử xã"),
            new Target("SOCIAL", 4, "MONTH", "Đăng tối thiểu 04 bài/tháng trên Zalo OA, Fanpage của xã"),
            new Target("CONFERENCE", 2, "YEAR", "Tổ chức ít nhất 02 hội nghị, tập huấn về cải cách hành chính/năm"),
            new Target("BANNER", 20, "YEAR", "Treo tối thiểu 20 băng rôn, khẩu hiệu/năm"),
            new Target("CONTEST", 1, "YEAR", "Tổ chức 01 cuộc thi tìm hiểu về cải cách hành chính/năm"),
            new Target("LEAFLET", 2000, "YEAR", "In, phát hành tối thiểu 2.000 tờ rơi, tờ gấp/năm"));

    private final DSLContext dsl;

    DemoTargets(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the targets of every year's plan; returns their ids by "year:formId". */
    Map<String, Long> make(Map<Integer, Long> planByYear, List<PublicityForm> forms) {
        Map<String, Long> ids = new HashMap<>();
        for (int year : planByYear.keySet().stream().sorted().toList()) {
            for (Target target : TARGETS) {
                forms.stream().filter(f -> f.code().equals(target.formCode())).findFirst().ifPresent(form -> {
                    long id = dsl.insertInto(PLAN_TARGET)
                            .set(PLAN_TARGET.PLAN_DOCUMENT_ID, planByYear.get(year))
                            .set(PLAN_TARGET.FORM_ID, form.id())
                            .set(PLAN_TARGET.QUANTITY, target.quantity())
                            .set(PLAN_TARGET.PER_PERIOD, target.perPeriod())
                            .set(PLAN_TARGET.TARGET_YEAR, year)
                            .set(PLAN_TARGET.SOURCE_TEXT, target.text())
                            .returningResult(PLAN_TARGET.ID).fetchOne(PLAN_TARGET.ID);
                    ids.put(DemoActivities.Links.key(year, form.id()), id);
                });
            }
        }
        return ids;
    }
}
