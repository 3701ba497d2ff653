package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;

/** The tasks and plan targets an activity can be linked to, found by words of their text. Read-only. */
public final class LinkChoiceRepository {

    private static final int TASK_TEXT_SHOWN = 120;

    private final DSLContext dsl;

    public LinkChoiceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Plan targets whose form, year or plan match every word, then live tasks whose text or
     * directive matches, newest first; at most {@code limit} in all.
     */
    public List<LinkChoice> search(String typed, int limit) {
        List<String> words = ActivityFilter.all().search(typed).words();
        List<LinkChoice> found = new ArrayList<>();
        for (LinkChoice target : targets(null)) {
            String folded = VietnameseText.fold(target.label());
            if (found.size() < limit && words.stream().allMatch(folded::contains)) {
                found.add(target);
            }
        }
        Condition c = TASK.DELETED_AT.isNull().and(DOCUMENT.DELETED_AT.isNull());
        for (String word : words) {
            c = c.and(TASK.TEXT_FOLDED.contains(word).or(DOCUMENT.SEARCH_FOLDED.contains(word)));
        }
        if (found.size() < limit) {
            found.addAll(dsl.select(TASK.ID, TASK.TEXT, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL)
                    .from(TASK).join(DOCUMENT).on(DOCUMENT.ID.eq(TASK.DOCUMENT_ID))
                    .where(c).orderBy(TASK.ID.desc()).limit(limit - found.size())
                    .fetch(LinkChoiceRepository::task));
        }
        return found;
    }

    /** The choice an activity's link stands for, to show it again when the activity is opened. */
    public Optional<LinkChoice> find(LinkChoice.Kind kind, long id) {
        if (kind == LinkChoice.Kind.PLAN_TARGET) {
            return targets(id).stream().findFirst();
        }
        return dsl.select(TASK.ID, TASK.TEXT, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL)
                .from(TASK).join(DOCUMENT).on(DOCUMENT.ID.eq(TASK.DOCUMENT_ID))
                .where(TASK.ID.eq(id)).fetchOptional(LinkChoiceRepository::task);
    }

    private List<LinkChoice> targets(Long onlyId) {
        Condition c = DOCUMENT.DELETED_AT.isNull();
        if (onlyId != null) {
            c = c.and(PLAN_TARGET.ID.eq(onlyId));
        }
        return dsl.select(PLAN_TARGET.ID, PLAN_TARGET.QUANTITY, PLAN_TARGET.PER_PERIOD, PLAN_TARGET.TARGET_YEAR,
                        PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL)
                .from(PLAN_TARGET)
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(PLAN_TARGET.FORM_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(PLAN_TARGET.PLAN_DOCUMENT_ID))
                .where(c)
                .orderBy(PLAN_TARGET.TARGET_YEAR.desc(), PUBLICITY_FORM.SORT_ORDER, PLAN_TARGET.ID)
                .fetch(r -> new LinkChoice(LinkChoice.Kind.PLAN_TARGET, r.get(PLAN_TARGET.ID),
                        Messages.get("activities.link.target", r.get(PUBLICITY_FORM.NAME), r.get(PLAN_TARGET.QUANTITY),
                                r.get(PUBLICITY_FORM.MEASURE_UNIT),
                                per(r.get(PLAN_TARGET.PER_PERIOD)),
                                r.get(PLAN_TARGET.TARGET_YEAR),
                                LinkTexts.document(r.get(DOCUMENT.DOC_TYPE), r.get(DOCUMENT.NUMBER_TEXT), r.get(DOCUMENT.SYMBOL)))));
    }

    private static String per(String period) {
        return switch (period) {
            case "MONTH" -> Messages.get("activities.link.per.MONTH");
            case "QUARTER" -> Messages.get("activities.link.per.QUARTER");
            default -> Messages.get("activities.link.per.YEAR");
        };
    }

    private static LinkChoice task(Record r) {
        return new LinkChoice(LinkChoice.Kind.TASK, r.get(TASK.ID), Messages.get("activities.link.task",
                LinkTexts.shorten(r.get(TASK.TEXT), TASK_TEXT_SHOWN),
                LinkTexts.document(r.get(DOCUMENT.DOC_TYPE), r.get(DOCUMENT.NUMBER_TEXT), r.get(DOCUMENT.SYMBOL))));
    }
}
