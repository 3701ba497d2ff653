package vn.cchcdesk.store;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;

/** Directives, plans and activities for task tests, made through the real services (activities by SQL until their service lands). */
public final class TaskFixtures {

    private TaskFixtures() {
    }

    /** A commune directive issued on a day of 2026. */
    public static Document directive(App app, DocumentType type, String number, int day, int month, String summary, String fullText) {
        Document document = new Document(null, Direction.OUT, type, DocumentNumber.parse(number).orElseThrow(),
                new PartialDate(day, month, 2026), "Định Tân", null, "Ủy ban nhân dân xã Định Tân", summary,
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"), List.of(), List.of(), RegisterEntry.empty(),
                fullText, null);
        return app.documents().save(document);
    }

    public static Document plan(App app, String fullText) {
        return directive(app, DocumentType.KE_HOACH, "42/KH-UBND", 5, 3,
                "Tuyên truyền cải cách hành chính năm 2026", fullText);
    }

    public static Document letter(App app, String number, int day, int month, String summary) {
        return directive(app, DocumentType.CONG_VAN, number, day, month, summary, null);
    }

    public static Unit unit(App app, String shortName) {
        return app.catalog().units().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow();
    }

    public static Assignment role(App app, String shortName, AssignmentRole role) {
        Unit unit = unit(app, shortName);
        return new Assignment(unit.id(), unit.name(), role);
    }

    public static PublicityForm form(App app, String code) {
        return app.catalog().forms().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }

    /** Logs a publicity activity directly in its table (the activities service is another engineer's). */
    public static void activity(App app, String formCode, LocalDate on, int quantity, boolean deleted) {
        app.database().dsl().transaction(() -> app.database().dsl().insertInto(ACTIVITY)
                .set(ACTIVITY.ACTIVITY_DATE, on)
                .set(ACTIVITY.UNIT_ID, unit(app, "VHXH").id())
                .set(ACTIVITY.FORM_ID, form(app, formCode).id())
                .set(ACTIVITY.TITLE, "Hoạt động " + formCode + " " + on)
                .set(ACTIVITY.QUANTITY, quantity)
                .set(ACTIVITY.DELETED_AT, deleted ? on.atStartOfDay() : null)
                .execute());
    }
}
